// The language switcher, the localized 404 page and the appearance switch, from a light and a dark system.
import { expect, test } from '@playwright/test'
import { locales } from '../../.vitepress/config/locales'
import { strings } from '../../components/strings'
import { hydrated } from './waits'

const target = (dir: string) => locales.find((l) => l.dir === dir)!.words

// `runners`: the page has examples, whose words must follow the switch (each locale's load with its pages).
const switches = [
  { from: '/aiter', to: 'ru', expected: '/ru/aiter', runners: true },
  { from: '/ru/async-for', to: 'zh', expected: '/zh/async-for', runners: true },
  { from: '/zh/protocol', to: 'fr', expected: '/fr/protocol', runners: true },
  { from: '/fr/cheatsheet', to: 'en', expected: '/cheatsheet', runners: false },
  { from: '/zh/teachers', to: 'fr', expected: '/fr/teachers', runners: false },
] as const

for (const { from, to, expected, runners } of switches) {
  test(`the language switcher takes ${from} to ${expected}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(from)
    await hydrated(page)
    await page.locator('.VPNavBarTranslations button').hover()
    await page.locator('.VPNavBarTranslations a', { hasText: target(to).label }).click()
    await expect(page).toHaveURL(new RegExp(`${expected}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', target(to).lang)
    if (runners) await expect(page.getByTestId('run').first()).toContainText(strings[to].runner.run)
  })
}

test('the language switcher works from the phone menu', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 })
  await page.goto('/fr/anext')
  await hydrated(page)
  await page.locator('.VPNavBarHamburger').click()
  await page.locator('.VPNavScreenTranslations button').click()
  await page.locator('.VPNavScreenTranslations a', { hasText: target('zh').label }).click()
  await expect(page).toHaveURL(/\/zh\/anext$/)
})

for (const locale of locales) {
  test(`a missing page under ${locale.words.prefix} says so in ${locale.dir}`, async ({ page }) => {
    const response = await page.goto(`${locale.words.prefix}no-such-page`)
    expect(response?.status()).toBe(404)
    // 404.html is one page for every locale: the page's words change when Vue hydrates it.
    await hydrated(page)
    await expect(page.locator('.NotFound .quote')).toHaveText(locale.words.ui.notFound.quote!)
    await expect(page.locator('.NotFound a')).toHaveAttribute('href', locale.words.prefix)
  })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the appearance switch turns dark mode on and off, starting from a ${colorScheme} system`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.emulateMedia({ colorScheme })
    await page.goto('/aiter')
    await hydrated(page)
    const html = page.locator('html')
    const appearance = page.locator('.VPNavBarAppearance .VPSwitchAppearance')
    const showsDark = async (dark: boolean) => {
      await (dark ? expect(html).toHaveClass(/\bdark\b/) : expect(html).not.toHaveClass(/\bdark\b/))
      await expect(appearance).toHaveAttribute('aria-checked', String(dark))
    }
    const startsDark = colorScheme === 'dark'
    await showsDark(startsDark)
    await appearance.click()
    await showsDark(!startsDark)
    // The reader's choice outlives a reload.
    await page.reload()
    await hydrated(page)
    await showsDark(!startsDark)
    await appearance.click()
    await showsDark(startsDark)
  })
}

test('the favicon is served', async ({ request }) => {
  const response = await request.get('/favicon.svg')
  expect(response.status()).toBe(200)
  expect(await response.text()).toContain('<svg')
})
