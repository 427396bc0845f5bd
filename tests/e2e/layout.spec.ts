// At 1280 px wide no code is clipped: every block of the cheatsheet and of the async for map shows whole lines.
import { expect, test, type Page } from '@playwright/test'
import { locales } from '../../.vitepress/config/locales'

/** The `pre` blocks of the page whose lines are wider than the box that shows them. */
async function clippedBlocks(page: Page, selector: string): Promise<{ count: number; clipped: string[] }> {
  return page.$$eval(selector, (blocks) => ({
    count: blocks.length,
    clipped: blocks
      .filter((pre) => pre.scrollWidth > pre.clientWidth)
      .map((pre) => `${pre.scrollWidth} > ${pre.clientWidth}: ${(pre.textContent ?? '').trim().split('\n')[0]}`),
  }))
}

for (const locale of locales) {
  test.describe(`${locale.dir} at 1280 x 800`, () => {
    test.use({ viewport: { width: 1280, height: 800 } })

    test('the cheatsheet shows every line of code whole', async ({ page }) => {
      await page.goto(`${locale.words.prefix}cheatsheet`, { waitUntil: 'networkidle' })
      await page.evaluate(() => document.fonts.ready)
      const { count, clipped } = await clippedBlocks(page, '.vp-doc pre')
      expect(count).toBeGreaterThan(5)
      expect(clipped).toEqual([])
    })

    test('the async for map shows every line of both columns whole', async ({ page }) => {
      await page.goto(`${locale.words.prefix}async-for`, { waitUntil: 'networkidle' })
      await page.evaluate(() => document.fonts.ready)
      const { count, clipped } = await clippedBlocks(page, '.desugar-map pre')
      expect(count).toBe(2)
      expect(clipped).toEqual([])
    })
  })

  test(`the ${locale.dir} cheatsheet shows every line whole in two columns on a 1920 px screen`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto(`${locale.words.prefix}cheatsheet`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    const columns = await page.$eval('.cheatsheet .vp-doc > div', (el) => getComputedStyle(el).columnCount)
    expect(columns).toBe('2')
    expect((await clippedBlocks(page, '.vp-doc pre')).clipped).toEqual([])
  })

  test(`the ${locale.dir} cheatsheet shows every line whole when printed on A4`, async ({ page }) => {
    // A4 is 210 mm wide; the print style leaves 12 mm margins: 186 mm, about 703 CSS pixels.
    await page.setViewportSize({ width: 703, height: 1000 })
    await page.goto(`${locale.words.prefix}cheatsheet`, { waitUntil: 'networkidle' })
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => document.fonts.ready)
    expect((await clippedBlocks(page, '.vp-doc pre')).clipped).toEqual([])
  })
}
