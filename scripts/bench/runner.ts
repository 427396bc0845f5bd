// Times the runner against a bare Pyodide page: cold and warm Python, TypeScript, the restart after Stop; the main thread under a flood of output.
import type { Browser, Locator, Page } from '@playwright/test'
import { shareHash, type Lang } from '../../playground/share'
import { traceMainThreads, type MainThreadTask } from '../main-thread'
import { openSettled } from './settled'

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

/** Sleeps 100 ms, then prints: the bench takes the sleep off the time to the first line. */
const typescriptProgram = 'await new Promise((resolve) => setTimeout(resolve, 100));\nconsole.log("first line");\n'

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
  await openSettled(page, `${origin}/`)
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

  // A TypeScript share link, opened as a teacher's link is: the playground prepares its runtime on open.
  const tsContext = await browser.newContext()
  const tsPage = await tsContext.newPage()
  await openSettled(tsPage, `${origin}/playground${shareHash('typescript', typescriptProgram)}`)
  const ts = tsPage.locator('.code-playground [data-testid="runner"]')
  const typescriptFirst = await firstLineAfterRun(ts)
  await waitDone(ts)
  const typescriptWarm = await firstLineAfterRun(ts)
  await tsContext.close()
  return { pythonCold, pythonWarm, typescriptFirst, typescriptWarm, restartAfterStop }
}

/** The median of each figure over several runs. */
export function medians<T extends object>(runs: T[]): T {
  const keys = Object.keys(runs[0]) as (keyof T)[]
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key] as number))])) as T
}

export async function repeated<T extends object>(times: number, measure: () => Promise<T>): Promise<T> {
  const runs: T[] = []
  for (let i = 0; i < times; i++) runs.push(await measure())
  return medians(runs)
}

const floods: Record<Lang, string> = {
  python: 'i = 0\nwhile True:\n    print("flood", i)\n    i += 1',
  typescript: 'let i = 0;\nwhile (true) console.log("flood", i++);',
}

/** The longest main-thread tasks, by wall time and by the thread's own time, while a program floods its runner until the output cap stops it. */
export async function floodTasks(browser: Browser, origin: string, lang: Lang): Promise<MainThreadTask> {
  // What is measured here does not involve the service worker, whose download of the whole course would only add noise.
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  await openSettled(page, `${origin}/playground${shareHash(lang, floods[lang])}`)
  const runner = page.locator('.code-playground [data-testid="runner"]')
  const stopTrace = await traceMainThreads(browser, page, 0)
  await runner.getByTestId('run').click()
  await page.waitForFunction((el) => el?.getAttribute('data-state') === 'stopped', await runner.elementHandle(), { timeout: 60_000 })
  await page.waitForFunction((el) => el?.querySelectorAll('[data-stream]').length === 2000, await runner.elementHandle(), { timeout: 60_000 })
  const tasks = await stopTrace()
  await context.close()
  return { wallMs: Math.max(...tasks.map((task) => task.wallMs)), cpuMs: Math.max(...tasks.map((task) => task.cpuMs)) }
}
