// The playground: shared links open code without running it, bad links say so, links round-trip.
import { expect, test } from '@playwright/test'
import { locales } from '../../.vitepress/config/locales'
import { shareHash } from '../../playground/share'
import { noteReadyRuntimes, runAndWait, runtimeReady, texts } from './runner-support'
import { hydrated, runtimeMs, runtimeTestMs } from './waits'

// Every test here starts a runtime.
test.describe.configure({ timeout: runtimeTestMs })

const playground = (page: import('@playwright/test').Page) => page.locator('.code-playground')
const runner = (page: import('@playwright/test').Page) => playground(page).getByTestId('runner')

test('a shared link opens its code in the editor, loads its runtime at once and never runs by itself', async ({ page, context }) => {
  await noteReadyRuntimes(context)
  const code = 'print("shared with the class")\n'
  await page.goto(`/ru/playground${shareHash('python', code)}`)
  await hydrated(page)
  await expect(playground(page).getByTestId('editor')).toContainText('shared with the class')
  // The runtime has loaded and waits: a run started by itself would have taken it already.
  await runtimeReady(page, 'python')
  await expect(runner(page)).toHaveAttribute('data-state', 'idle')
  await expect(runner(page).locator('[data-stream]')).toHaveCount(0)
  expect(texts(await runAndWait(runner(page), runtimeMs))).toEqual(['shared with the class'])
})

test('a shared TypeScript link opens in TypeScript', async ({ page }) => {
  await page.goto(`/fr/playground${shareHash('typescript', 'const n: number = 2;\nconsole.log(n * 21);\n')}`)
  await hydrated(page)
  await expect(page.getByTestId('language')).toHaveValue('typescript')
  expect(texts(await runAndWait(runner(page), runtimeMs))).toEqual(['42'])
})

for (const [dir, hash] of [['en', '#lang=python&code=%%%'], ['zh', '#lang=cobol&code=eA'], ['ru', '#lang=python']] as const) {
  test(`a bad link says it is bad (${dir}: ${hash}) and opens the default example`, async ({ page }) => {
    const words = locales.find((l) => l.dir === dir)!.words
    await page.goto(`${words.prefix}playground${hash}`)
    await hydrated(page)
    await expect(page.getByTestId('share-problem')).toBeVisible()
    await expect(page.getByRole('alert')).not.toBeEmpty()
    await expect(playground(page).getByTestId('editor')).toContainText('AsyncCounter')
    expect(texts(await runAndWait(runner(page), runtimeMs))).toEqual(['0', '1', '2'])
  })
}

test('Copy link makes a link that opens the same code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/playground')
  await hydrated(page)
  await runner(page).hover()
  const content = runner(page).locator('.cm-content')
  await content.click()
  await page.keyboard.press('ControlOrMeta+A')
  await content.fill('print("é, 中, ж")')
  await page.getByTestId('copy-link').click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/\/playground#lang=python&code=[A-Za-z0-9_-]+$/)
  const other = await context.newPage()
  await other.goto(link)
  await hydrated(other)
  await expect(playground(other).getByTestId('editor')).toContainText('print("é, 中, ж")')
  expect(texts(await runAndWait(runner(other), runtimeMs))).toEqual(['é, 中, ж'])
})

test('switching the language opens the TypeScript starter, which runs', async ({ page }) => {
  await page.goto('/zh/playground')
  await hydrated(page)
  await page.getByTestId('language').selectOption('typescript')
  await expect(runner(page)).toHaveAttribute('data-lang', 'typescript')
  expect(texts(await runAndWait(runner(page), runtimeMs))).toEqual(['0', '1', '2'])
})
