// Times the step-through: a program of about a thousand events, Step through pressed → the stepper open on its first step.
import type { Browser } from '@playwright/test'
import { shareHash } from '../../playground/share'
import { busy } from '../../playground/trace/programs'
import { openSettled } from './settled'

export interface TraceTimes {
  /** Step through pressed → the stepper shows step 1 of `steps`, per round. */
  openMs: number[]
  steps: number
}

/** Warm: the page is open and a runtime waits, as when a reader has read the example before pressing Step through. */
export async function traceTimes(browser: Browser, origin: string, rounds: number): Promise<TraceTimes> {
  // What is measured here does not involve the service worker, whose download of the whole course would only add noise.
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  await openSettled(page, `${origin}/playground${shareHash('python', busy)}`)
  const runner = page.locator('.code-playground [data-testid="runner"]')
  const openMs: number[] = []
  let steps = 0
  for (let i = 0; i < rounds; i++) {
    // Time for the next fresh runtime to load and warm up, as a reader takes to read the code.
    await page.waitForTimeout(8000)
    const started = await page.evaluate(() => performance.now())
    await runner.getByTestId('trace').click()
    const opened = await page.waitForFunction(() => {
      const stepper = document.querySelector('[data-testid="stepper"]')
      return stepper?.getAttribute('data-step') === '0' && stepper.querySelector('[data-testid="step-summary"]') ? performance.now() : 0
    }, null, { timeout: 60_000, polling: 'raf' })
    openMs.push((await opened.jsonValue()) - started)
    steps = Number(await page.getAttribute('[data-testid="stepper"]', 'data-steps'))
    await runner.getByTestId('step-close').click()
  }
  await context.close()
  return { openMs, steps }
}
