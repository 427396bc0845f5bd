// axe finds no WCAG 2.1 A/AA violation in any locale, light and dark: home, aiter, async-for, cheatsheet, and the playground after a run.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { sitePages } from './pages'
import { runAndWait } from './runner-support'
import { hydrated, runtimeMs, runtimeTestMs } from './waits'

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const colorSchemes = ['light', 'dark'] as const

/** Opens a page at desktop width in the given colour scheme, which the site must have taken up. */
async function open(page: Page, url: string, colorScheme: (typeof colorSchemes)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(url, { waitUntil: 'networkidle' })
  await hydrated(page)
  const html = expect(page.locator('html'))
  await (colorScheme === 'dark' ? html.toHaveClass(/\bdark\b/) : html.not.toHaveClass(/\bdark\b/))
}

/** `within`: a selector to audit only that part (the rest of the page has its own audit). */
async function violations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(wcag21aa)
  const results = await (within ? builder.include(within) : builder).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
}

// In English the home page and the longest page light and dark, and the others with their own
// components (the exercises' page, the cheatsheet's tables) light; in the other locales (the same
// components with other words) the longest page, light. Auditing a long page takes a loaded 2-core
// machine ~20 s.
const bothSchemes = ['index', 'async-for']
const lightOnly = ['aiter', 'cheatsheet']
const audited = sitePages.flatMap(({ url, slug, locale }) =>
  locale.dir === 'en'
    ? bothSchemes.includes(slug) ? colorSchemes.map((colorScheme) => ({ url, colorScheme })) : lightOnly.includes(slug) ? [{ url, colorScheme: 'light' as const }] : []
    : slug === 'async-for' ? [{ url, colorScheme: 'light' as const }] : [],
)

for (const { url, colorScheme } of audited) {
  {
    test(`${url} has no WCAG 2.1 AA violation (${colorScheme})`, async ({ page }) => {
      await open(page, url, colorScheme)
      expect(await violations(page)).toEqual([])
    })
  }
}

const playgrounds = sitePages.flatMap(({ url, slug, locale }) =>
  slug !== 'playground' ? [] : locale.dir === 'en' ? colorSchemes.map((colorScheme) => ({ url, colorScheme })) : locale.dir === 'zh' ? [{ url, colorScheme: 'dark' as const }] : [],
)

for (const { url, colorScheme } of playgrounds) {
  {
    test(`${url} and a finished runner have no WCAG 2.1 AA violation (${colorScheme})`, async ({ page }) => {
      test.setTimeout(runtimeTestMs)
      await open(page, url, colorScheme)
      const runner = page.locator('.code-playground [data-testid="runner"]')
      await runAndWait(runner, runtimeMs)
      await expect(runner).toHaveAttribute('data-state', 'done')
      expect(await violations(page)).toEqual([])
    })
  }
}

test('the desugaring map is usable from the keyboard', async ({ page }) => {
  await page.goto('/async-for')
  await hydrated(page)
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

for (const colorScheme of colorSchemes) {
  test(`an open step-through on /async-for has no WCAG 2.1 AA violation (${colorScheme})`, async ({ page }) => {
    test.setTimeout(runtimeTestMs)
    await open(page, '/async-for', colorScheme)
    const runner = page.getByTestId('runner').filter({ hasText: 'beat = asyncio.create_task(heartbeat())' })
    await runner.getByTestId('trace').click()
    const stepper = runner.getByTestId('stepper')
    await expect(stepper).toBeVisible({ timeout: runtimeMs })
    // A step inside async for, so the expansion beside the code is open too.
    await stepper.getByTestId('step-scrubber').fill('12')
    await expect(stepper.getByTestId('step-desugar')).toBeVisible()
    // The page around it is audited above.
    expect(await violations(page, '[data-testid="stepper"]')).toEqual([])
  })
}

test('an exercise with its verdict, hints and solution open has no WCAG 2.1 AA violation', async ({ page }) => {
  test.setTimeout(runtimeTestMs)
  await open(page, '/aiter', 'light')
  const card = page.locator('[data-testid="exercise"][id="aiter-first"]')
  await card.getByTestId('check').click()
  await expect(card.getByTestId('verdict')).toBeVisible({ timeout: runtimeMs })
  await card.getByTestId('hint').click()
  await card.getByTestId('show-solution').click()
  expect(await violations(page, '[data-testid="exercise"][id="aiter-first"]')).toEqual([])
})
