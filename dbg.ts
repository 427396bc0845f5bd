import { startStaticHost } from './scripts/static-host'
import { launchChromium } from './scripts/browser'
const server = await startStaticHost('.vitepress/dist', 4191)
const b = await launchChromium()
const p = await b.newPage()
p.on('console', (m) => console.log('console:', m.type(), m.text()))
p.on('pageerror', (e) => console.log('pageerror', e.message))
await p.goto('http://127.0.0.1:4191/'); await p.evaluate(() => addEventListener('message', (e) => console.log('msg', JSON.stringify(e.data).slice(0, 200))))
const r = p.locator('[data-testid="runner"]').first()
await r.getByTestId('run').click()
await p.waitForTimeout(9000)
console.log(await r.getAttribute('data-state'))
console.log((await r.getByTestId('output').innerHTML()).slice(0, 800))
await b.close(); server.close()
