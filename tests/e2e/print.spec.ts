// The cheatsheet prints on at most two A4 pages, in every locale.
import { expect, test } from '@playwright/test'
import { locales } from '../../.vitepress/config/locales'

for (const locale of locales) {
  test(`the ${locale.dir} cheatsheet prints on two A4 pages at most`, async ({ page }) => {
    await page.goto(`${locale.words.prefix}cheatsheet`, { waitUntil: 'networkidle' })
    await page.emulateMedia({ media: 'print' })
    // Page breaks depend on the fonts' metrics: lay out with the real fonts, not their fallbacks.
    await page.evaluate(() => document.fonts.ready)
    const pdf = (await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })).toString('latin1')
    const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0
    expect(pages).toBeGreaterThan(0)
    expect(pages).toBeLessThanOrEqual(2)
  })
}
