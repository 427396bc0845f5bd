// Helpers for driving a runner in the browser tests.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test'
import type { Lang } from '../../playground/share'
import { hydrated, runtimeMs } from './waits'

export const finished = ['done', 'error', 'stopped']

/** Has every page of `context` note the languages whose runtime the sandbox says is loaded and waiting (its `ready` messages). */
export async function noteReadyRuntimes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const ready: string[] = []
    Object.assign(window, { readyRuntimes: ready })
    addEventListener('message', ({ data }) => {
      if (data?.kind === 'ready' && typeof data.lang === 'string') ready.push(data.lang)
    })
  })
}

/** Waits until the sandbox has said a runtime of `lang` waits for a run (noteReadyRuntimes first). */
export async function runtimeReady(page: Page, lang: Lang): Promise<void> {
  await expect.poll(() => page.evaluate(() => (window as unknown as { readyRuntimes?: string[] }).readyRuntimes ?? []), { timeout: runtimeMs }).toContain(lang)
}

export function runnerOf(page: Page, lang: Lang, index = 0): Locator {
  return page.locator(`[data-testid="runner"][data-lang="${lang}"]`).nth(index)
}

/** Replaces the runner's code through its editor, as a reader would. */
export async function typeCode(page: Page, runner: Locator, code: string): Promise<void> {
  await hydrated(page)
  await runner.hover()
  const content = runner.locator('.cm-content')
  await content.click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('Delete')
  await content.fill(code)
}

/** Runs and waits for the runner to finish; returns its printed lines. */
export async function runAndWait(runner: Locator, timeout = runtimeMs): Promise<{ stream: string; text: string }[]> {
  await hydrated(runner.page())
  await runner.getByTestId('run').click()
  await expect(runner).toHaveAttribute('data-state', new RegExp(`^(${finished.join('|')})$`), { timeout })
  return runner.locator('[data-stream]').evaluateAll((lines) =>
    lines.map((line) => ({ stream: line.getAttribute('data-stream')!, text: line.textContent ?? '' })),
  )
}

export const texts = (lines: { text: string }[]) => lines.map((line) => line.text)
