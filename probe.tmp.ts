import { launchChromium } from './scripts/browser'
const browser = await launchChromium()
const page = await browser.newPage()
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 500)))
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 800)))
await page.goto('http://127.0.0.1:4173/aiter')
await page.waitForTimeout(5000)
console.log(await page.evaluate(() => '__vue_app__' in (document.getElementById('app') ?? {})))
await browser.close()
