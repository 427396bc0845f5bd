import AxeBuilder from '@axe-core/playwright'
import { launchChromium } from './scripts/browser'
const browser = await launchChromium()
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
for (const url of ['/aiter', '/async-for']) {
  await page.goto('http://127.0.0.1:4173' + url, { waitUntil: 'networkidle' })
  let t = Date.now()
  await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  console.log(url, 'full', Date.now() - t)
  t = Date.now()
  await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).exclude('.vp-doc div[class*="language-"] pre').analyze()
  console.log(url, 'without code', Date.now() - t)
  console.log(await page.evaluate(() => document.querySelectorAll('*').length))
}
await browser.close()
