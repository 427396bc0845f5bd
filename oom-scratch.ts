import { chromium } from '@playwright/test'
import { chromiumArgs } from './scripts/browser'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs })
const page = await browser.newPage()
const t0 = Date.now()
page.on('crash', () => console.log('PAGE CRASH event at', Math.round((Date.now() - t0) / 1000)))
await page.goto('http://127.0.0.1:4180/typescript')
const runner = page.locator('[data-testid="runner"][data-lang="typescript"]').first()
await runner.hover()
const content = runner.locator('.cm-content')
await content.click()
await page.keyboard.press('ControlOrMeta+A')
await page.keyboard.press('Delete')
await content.fill('const a: number[][] = [];\nwhile (true) a.push(new Array(1e6).fill(1));')
await runner.getByTestId('run').click()
const ps = await page.context().newCDPSession(page)
for (let i = 0; i < 30; i++) {
  await new Promise((r) => setTimeout(r, 1500))
  const r = await Promise.race([
    ps.send('Runtime.evaluate', { expression: 'document.querySelector("[data-testid=runner][data-lang=typescript]").dataset.state + " " + document.querySelector("iframe")?.title', returnByValue: true }).then((x: any) => x.result.value).catch((e: any) => 'err ' + String(e).slice(0, 80)),
    new Promise((r) => setTimeout(() => r('TIMEOUT'), 3000)),
  ])
  console.log(Math.round((Date.now() - t0) / 1000), r)
}
await browser.close()
