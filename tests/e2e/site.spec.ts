// Every page of every locale, in Chromium: loads clean, fits a phone, and links stay in the locale.
import { expect, test } from '@playwright/test'
import { isExternal, resolveLink } from '../content/links'
import { consoleProblems } from './console'
import { sitePages } from './pages'
import { hydrated } from './waits'

/** Links that may lead to another locale: the language switcher's. */
const switcher = '.translations, .VPNavScreenTranslations'

for (const { url, locale, slug } of sitePages) {
  test(`${url} loads clean and fits a 375 px phone`, async ({ page }) => {
    const errors = consoleProblems(page)
    await page.setViewportSize({ width: 375, height: 740 })

    // Hydration's warnings come before the app is marked mounted, which `hydrated` waits for.
    const response = await page.goto(url)
    expect(response?.status()).toBe(200)
    await hydrated(page)
    await expect(page.locator('html')).toHaveAttribute('lang', locale.words.lang)
    await expect(page.locator('h1').first()).toBeVisible()

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, 'sideways scroll in px').toBeLessThanOrEqual(0)

    const hrefs = await page.$$eval(
      'a[href]',
      (links, skip) => links.filter((a) => !a.closest(skip)).map((a) => a.getAttribute('href')!),
      switcher,
    )
    const leaving = hrefs.filter((href) => {
      if (isExternal(href)) return false
      const target = resolveLink({ locale: locale.dir, slug }, new URL(href, `http://site${url}`).pathname)
      return target?.locale !== locale.dir
    })
    expect(leaving, 'links that leave the locale').toEqual([])
    expect(errors, 'console errors and warnings (hydration mismatches among them)').toEqual([])
  })
}
