// axe finds no WCAG 2.1 A/AA violation on the home, aiter and async-for pages, light and dark.
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { sitePages } from './pages'

const checked = sitePages.filter((p) => ['index', 'aiter', 'async-for'].includes(p.slug))

for (const { url } of checked) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${url} has no WCAG 2.1 AA violation (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(url, { waitUntil: 'networkidle' })
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
      expect(violations).toEqual([])
    })
  }
}

test('the desugaring map is usable from the keyboard', async ({ page }) => {
  await page.goto('/async-for')
  const key = page.locator('.desugar-key').nth(2)
  await key.focus()
  await page.keyboard.press('Enter')
  await expect(key).toHaveAttribute('aria-pressed', 'true')
  // The loop group lights up lines 3, 5, 8 and 9 of the expansion and `async for` in the statement.
  await expect(page.locator('.desugar-line.active')).toHaveCount(4)
  await expect(page.locator('.desugar-piece.active')).toHaveText(['async for3'])
  await page.keyboard.press('Enter')
  await expect(page.locator('.desugar-line.active')).toHaveCount(0)
})

for (const prefix of ['/', '/ru/', '/zh/', '/fr/']) {
  test(`the ${prefix}playground and a finished runner have no WCAG 2.1 AA violation`, async ({ page }) => {
    await page.goto(`${prefix}playground`, { waitUntil: 'networkidle' })
    const runner = page.locator('.code-playground [data-testid="runner"]')
    await runner.getByTestId('run').click()
    await expect(runner).toHaveAttribute('data-state', 'done', { timeout: 30_000 })
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
  })
}
