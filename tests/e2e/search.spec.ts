// Local search finds anext in every locale, and Chinese words inside Chinese sentences.
import { expect, test } from '@playwright/test'
import { locales } from '../../.vitepress/config/locales'
import { hydrated, onDemandMs } from './waits'

/** Opens the search box on a locale's home page and types a query; the box loads its index on opening. */
async function search(page: import('@playwright/test').Page, home: string, query: string) {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(home, { waitUntil: 'networkidle' })
  await hydrated(page)
  await page.locator('.VPNavBarSearch button').click()
  await page.locator('.VPLocalSearchBox input').fill(query)
  return page.locator('.VPLocalSearchBox .results li a')
}

for (const locale of locales) {
  test(`search finds anext in ${locale.dir}, on pages of ${locale.dir}`, async ({ page }) => {
    const results = await search(page, locale.words.prefix, 'anext')
    await expect(results.first()).toBeVisible({ timeout: onDemandMs })
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.some((href) => /anext/.test(href))).toBe(true)
    const prefix = locale.words.prefix
    for (const href of hrefs) {
      if (prefix === '/') expect(href).not.toMatch(/^\/(ru|zh|fr)\//)
      else expect(href.startsWith(prefix)).toBe(true)
    }
  })
}

// Words that appear on the Chinese pages only inside longer runs of Chinese text.
for (const word of ['迭代器', '生成器', '推导式']) {
  test(`Chinese search finds ${word} inside sentences`, async ({ page }) => {
    const results = await search(page, '/zh/', word)
    await expect(results.first()).toBeVisible({ timeout: onDemandMs })
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.every((href) => href.startsWith('/zh/'))).toBe(true)
  })
}
