// Exercises in the browser: hidden checks give the verdict (not what is printed), predictions are compared, progress is kept.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { strings } from '../../components/strings'
import { hydrated, runtimeMs, runtimeTestMs } from './waits'

test.describe.configure({ timeout: runtimeTestMs })

const exercise = (page: Page, id: string) => page.locator(`[data-testid="exercise"][id="${id}"]`)

/** Replaces the exercise's code through its editor, as a reader would. */
async function write(page: Page, card: Locator, code: string): Promise<void> {
  await card.hover()
  const content = card.locator('.cm-content')
  await content.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await content.fill(code)
}

async function checkAndWait(card: Locator): Promise<string> {
  await card.getByTestId('check').click()
  const verdict = card.getByTestId('verdict')
  await expect(verdict).toBeVisible({ timeout: runtimeMs })
  return (await verdict.getAttribute('data-verdict'))!
}

const solution = `import asyncio


async def first(iterable):
    return await anext(aiter(iterable), None)
`

test('a code exercise: the starter fails, printing PASS fails, a solution passes and is remembered', async ({ page }) => {
  await page.goto('/aiter')
  await hydrated(page)
  const card = exercise(page, 'aiter-first')
  await expect(card).toHaveAttribute('data-kind', 'code')
  await expect(card).toHaveAttribute('data-done', 'false')
  expect(await checkAndWait(card)).toBe('fail')
  await expect(card.getByTestId('verdict')).toContainText(strings.en.exercise.failed.assert(''))

  await write(page, card, 'print("PASS")\nprint("All checks passed")\n')
  expect(await checkAndWait(card)).toBe('fail')
  await expect(card.getByTestId('verdict')).toContainText("NameError: name 'first' is not defined")
  await write(page, card, 'import sys\nsys.exit(0)\n')
  expect(await checkAndWait(card)).toBe('fail')
  await expect(card.getByTestId('verdict')).toHaveText(strings.en.exercise.failed.exit)

  await write(page, card, solution)
  expect(await checkAndWait(card)).toBe('pass')
  await expect(card.getByTestId('verdict')).toHaveText(strings.en.exercise.passed)
  await expect(card).toHaveAttribute('data-done', 'true')
  // The sidebar counts it, and so does the home page after a reload: it is in localStorage.
  await expect(page.locator('.VPSidebar [data-testid="progress"] li[data-page="aiter"]')).toHaveAttribute('data-solved', '1')
  await page.goto('/')
  await hydrated(page)
  await expect(page.locator('.vp-doc [data-testid="progress"] li[data-page="aiter"]')).toHaveAttribute('data-solved', '1')
  await page.goto('/aiter')
  await expect(exercise(page, 'aiter-first')).toHaveAttribute('data-done', 'true')
})

test('hints come one at a time, and the solution on request', async ({ page }) => {
  await page.goto('/aiter')
  await hydrated(page)
  const card = exercise(page, 'aiter-first')
  const hints = card.getByTestId('hint-text')
  await expect(hints).toHaveCount(0)
  await card.getByTestId('hint').click()
  await expect(hints).toHaveCount(1)
  await expect(hints.first()).toContainText('aiter(iterable)')
  await card.getByTestId('hint').click()
  await expect(hints).toHaveCount(2)
  await expect(card.getByTestId('hint')).toBeDisabled()
  await card.getByTestId('show-solution').click()
  await expect(card.getByTestId('solution')).toContainText('return await anext(aiter(iterable), None)')
  await expect(card.getByTestId('show-solution')).toHaveAttribute('aria-expanded', 'true')
})

test('predict the output: nothing written, a wrong line, the right output', async ({ page }) => {
  await page.goto('/aiter')
  await hydrated(page)
  const card = exercise(page, 'aiter-first-two')
  await expect(card).toHaveAttribute('data-kind', 'predict')
  await card.getByTestId('check').click()
  await expect(card).toContainText(strings.en.exercise.predictEmpty)
  await card.getByTestId('prediction').fill('True\n1\n2\n')
  expect(await checkAndWait(card)).toBe('fail')
  await expect(card.getByTestId('verdict')).toHaveText(strings.en.exercise.predictFailed(2, '1', '1 2'))
  await card.getByTestId('prediction').fill('True\n1 2')
  expect(await checkAndWait(card)).toBe('pass')
  await expect(card).toHaveAttribute('data-done', 'true')
})

test('the verdict speaks the page’s language, the check’s own message too', async ({ page }) => {
  await page.goto('/fr/aiter')
  await hydrated(page)
  const card = exercise(page, 'aiter-first')
  expect(await checkAndWait(card)).toBe('fail')
  await expect(card.getByTestId('verdict')).toContainText(strings.fr.exercise.failed.assert(''))
  await expect(card.getByTestId('verdict')).not.toContainText(' must ')
})
