// The runner on a course page: Python and TypeScript run live, stream, stop, reset, and keep limits.
import { expect, test, type Page } from '@playwright/test'

const firstRunner = (page: Page, lang: 'python' | 'typescript' = 'python') => page.locator(`[data-testid="runner"][data-lang="${lang}"]`).first()

async function setCode(page: Page, runner: ReturnType<typeof firstRunner>, code: string) {
  await runner.hover()
  const content = runner.locator('.cm-content')
  await content.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await content.fill(code)
}

test('a Python example runs on CPython and streams its lines a tenth of a second apart', async ({ page }) => {
  await page.goto('/')
  const runner = firstRunner(page)
  await runner.getByTestId('run').click()
  await expect(runner).toHaveAttribute('data-state', 'done', { timeout: 30_000 })
  const lines = runner.locator('[data-stream]')
  await expect(lines).toHaveText(['0', '1', '2'])
  const times = (await lines.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-t')))))
  expect(times[1] - times[0]).toBeGreaterThanOrEqual(80)
  expect(times[2] - times[1]).toBeGreaterThanOrEqual(80)
})
