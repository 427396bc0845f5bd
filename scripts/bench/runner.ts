// Times the runner against a bare Pyodide page: cold and warm Python, TypeScript, the restart after Stop.
import type { Browser, Locator, Page } from '@playwright/test'

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Navigation → first printed line on the bare page, with an empty cache. */
export async function bareFirstLine(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${origin}/__bench/bare.html`)
  const handle = await page.waitForFunction(() => (window as unknown as { firstLineMs?: number }).firstLineMs, null, { timeout: 60_000 })
  const ms = (await handle.jsonValue()) as number
  await context.close()
  return ms
}

async function firstLineAfterRun(runner: Locator): Promise<number> {
  await runner.getByTestId('run').click()
  const first = runner.locator('[data-stream]').first()
  await first.waitFor({ timeout: 60_000 })
  return Number(await first.getAttribute('data-t'))
}

async function waitDone(runner: Locator): Promise<void> {
  await runner.page().waitForFunction((el) => el?.getAttribute('data-state') === 'done', await runner.elementHandle(), { timeout: 60_000 })
}

export interface RunnerTimes {
  pythonCold: number
  pythonWarm: number
  typescriptFirst: number
  typescriptWarm: number
  /** Run pressed 6 s after Stop → first line. */
  restartAfterStop: number
}

/** Run pressed → first line, on the course's own pages, each cold case in a fresh context. */
export async function runnerTimes(browser: Browser, origin: string): Promise<RunnerTimes> {
  const context = await browser.newContext()
  const page: Page = await context.newPage()
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' })
  const python = page.locator('[data-testid="runner"][data-lang="python"]').first()
  const pythonCold = await firstLineAfterRun(python)
  await waitDone(python)
  const pythonWarm = await firstLineAfterRun(python)
  await waitDone(python)

  // Stop, let the reader think for a few seconds, Run again: a fresh runtime should be ready by then.
  await python.getByTestId('run').click()
  await python.getByTestId('stop').click()
  await page.waitForTimeout(6000)
  const restartAfterStop = await firstLineAfterRun(python)
  await context.close()

  const tsContext = await browser.newContext()
  const tsPage = await tsContext.newPage()
  await tsPage.goto(`${origin}/playground`, { waitUntil: 'networkidle' })
  await tsPage.getByTestId('language').selectOption('typescript')
  const ts = tsPage.locator('.code-playground [data-testid="runner"]')
  const typescriptFirst = await firstLineAfterRun(ts)
  await waitDone(ts)
  const typescriptWarm = await firstLineAfterRun(ts)
  await tsContext.close()
  return { pythonCold, pythonWarm, typescriptFirst, typescriptWarm, restartAfterStop }
}

export async function repeated<T extends object>(times: number, measure: () => Promise<T>): Promise<T> {
  const runs: T[] = []
  for (let i = 0; i < times; i++) runs.push(await measure())
  const keys = Object.keys(runs[0]) as (keyof T)[]
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key] as number))])) as T
}
