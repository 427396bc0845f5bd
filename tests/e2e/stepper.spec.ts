// The step-through: the recorded run replayed with its controls, tasks, output and async for expansion, in every locale.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { locales } from '../../.vitepress/config/locales'
import { pageLink } from '../../.vitepress/config/pages'
import { stepperStrings } from '../../components/stepper/strings'
import { strings } from '../../components/strings'
import { busy, monitorOf, turns } from '../../playground/trace/programs'
import { limits } from '../../playground/limits'
import { runAndWait, runnerOf, texts, typeCode } from './runner-support'
import { hydrated, runtimeMs, runtimeTestMs } from './waits'

test.describe.configure({ timeout: runtimeTestMs })

/** Records the runner's program and waits for the stepper to open on its first step. */
async function stepThrough(runner: Locator): Promise<Locator> {
  await hydrated(runner.page())
  await runner.getByTestId('trace').click()
  const stepper = runner.getByTestId('stepper')
  await expect(stepper).toBeVisible({ timeout: runtimeMs })
  await expect(stepper).toHaveAttribute('data-step', '0')
  return stepper
}

interface Shown {
  step: number
  kind: string
  func: string
  line: number
  desugar: number | null
  tasks: { name: string; state: string }[]
  output: string
}

async function shown(stepper: Locator): Promise<Shown> {
  return stepper.evaluate((element) => {
    const desugar = element.querySelector('[data-testid=step-desugar]')
    return {
      step: Number(element.getAttribute('data-step')),
      kind: element.getAttribute('data-kind')!,
      func: element.getAttribute('data-func')!,
      line: Number(element.getAttribute('data-line')),
      desugar: desugar ? Number(desugar.getAttribute('data-desugar-line')) : null,
      tasks: [...element.querySelectorAll('[data-testid=step-tasks] [data-task]')].map((task) => ({
        name: task.getAttribute('data-task')!,
        state: task.getAttribute('data-state')!,
      })),
      output: element.querySelector('[data-testid=step-output]')?.textContent ?? '',
    }
  })
}

/** Every step, going forward with the Next button. */
async function walk(stepper: Locator): Promise<Shown[]> {
  const count = Number(await stepper.getAttribute('data-steps'))
  const steps = [await shown(stepper)]
  for (let i = 1; i < count; i++) {
    await stepper.getByTestId('step-next').click()
    await expect(stepper).toHaveAttribute('data-step', String(i))
    steps.push(await shown(stepper))
  }
  return steps
}

const heartbeatRunner = (page: Page) => page.getByTestId('runner').filter({ hasText: 'beat = asyncio.create_task(heartbeat())' })

test('/async-for: the example steps through its real run beside the expansion', async ({ page }) => {
  await page.goto('/async-for')
  const runner = heartbeatRunner(page)
  await expect(runner.getByTestId('trace')).toHaveText(strings.en.runner.stepThrough)
  const stepper = await stepThrough(runner)
  const steps = await walk(stepper)
  const printed = await runner.getByTestId('output').locator('[data-stream]').allTextContents()
  // The first step is the program's start; the last, its return, with everything printed and every task done.
  expect(steps[0]).toMatchObject({ kind: 'start', func: '<module>', desugar: null, output: '' })
  expect(steps.at(-1)).toMatchObject({ kind: 'return', func: '<module>', output: printed.join('\n') + '\n' })
  expect(steps.at(-1)!.tasks.map((task) => task.state)).toEqual(['done', 'done'])
  // The output grows with the steps and never shows what was printed later.
  steps.forEach((step, i) => i > 0 && expect(step.output.startsWith(steps[i - 1].output)).toBe(true))
  // async for in main: ITER first, then the awaited __anext__ at every return to the header.
  const header = steps.filter((step) => step.func === 'main' && step.line === 15)
  expect(header[0].desugar).toBe(1)
  expect(header.slice(1).every((step) => step.desugar === 7)).toBe(true)
  expect(steps.filter((step) => step.func === 'main' && step.line === 16).every((step) => step.desugar === 11)).toBe(true)
  expect(steps.find((step) => step.func === 'ticker' && step.kind === 'return')!.desugar).toBe(9)
  expect(steps.find((step) => step.func === 'main' && step.line === 18)!.desugar).toBe(13)
  // While main waits in async for, the heartbeat runs: another task, outside the loop.
  const beating = steps.find((step) => step.func === 'heartbeat' && step.kind === 'line')!
  expect(beating.desugar).toBeNull()
  expect(beating.tasks).toEqual([
    { name: expect.stringMatching(/^Task-\d+$/), state: 'waiting' },
    { name: expect.stringMatching(/^Task-\d+$/), state: 'running' },
  ])
})

for (const { dir, words } of locales.filter(({ dir }) => dir !== 'en')) {
  test(`${pageLink(words.prefix, 'async-for')}: the step-through speaks the page's language and follows the same loop`, async ({ page }) => {
    await page.goto(pageLink(words.prefix, 'async-for'))
    const runner = heartbeatRunner(page)
    await expect(runner.getByTestId('trace')).toHaveText(strings[dir].runner.stepThrough)
    const stepper = await stepThrough(runner)
    const count = Number(await stepper.getAttribute('data-steps'))
    await expect(stepper.getByTestId('step-summary')).toContainText(stepperStrings[dir].position(1, count))
    // Forward to main's first wait in async for: the expansion shows the awaited __anext__.
    for (let i = 1; i < count; i++) {
      await stepper.getByTestId('step-next').click()
      const { kind, func } = await shown(stepper)
      if (kind === 'yield' && func === 'main') break
    }
    await expect(stepper.getByTestId('step-desugar')).toHaveAttribute('data-desugar-line', '7')
    await expect(stepper.getByTestId('step-desugar-phase')).toHaveText(stepperStrings[dir].phases.anext)
  })
}

test('the keys, the scrubber and play move through the steps; a polite status says where', async ({ page }) => {
  await page.goto('/async-for')
  const stepper = await stepThrough(heartbeatRunner(page))
  const count = Number(await stepper.getAttribute('data-steps'))
  await expect(stepper).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(stepper).toHaveAttribute('data-step', '2')
  await page.keyboard.press('ArrowLeft')
  await expect(stepper).toHaveAttribute('data-step', '1')
  await page.keyboard.press('End')
  await expect(stepper).toHaveAttribute('data-step', String(count - 1))
  await expect(stepper.getByTestId('step-next')).toBeDisabled()
  await page.keyboard.press('Home')
  await expect(stepper).toHaveAttribute('data-step', '0')
  await expect(stepper.locator('[role=status]')).toHaveText(stepperStrings.en.summary({ position: stepperStrings.en.position(1, count), event: 'The program starts', line: 'line 1', where: stepperStrings.en.where.topLevel, ms: stepperStrings.en.ms(0) }))
  await stepper.getByTestId('step-last').click()
  await stepper.getByTestId('step-prev').click()
  await expect(stepper).toHaveAttribute('data-step', String(count - 2))
  await stepper.getByTestId('step-first').click()
  await stepper.getByTestId('step-scrubber').fill('5')
  await expect(stepper).toHaveAttribute('data-step', '5')
  await stepper.getByTestId('step-speed').selectOption('16')
  await stepper.getByTestId('step-play').click()
  await expect(stepper.getByTestId('step-play')).toHaveAttribute('aria-pressed', 'true')
  await expect(stepper).toHaveAttribute('data-step', String(count - 1), { timeout: 20_000 })
  await expect(stepper.getByTestId('step-play')).toHaveAttribute('aria-pressed', 'false')
  await stepper.getByTestId('step-close').click()
  await expect(stepper).toHaveCount(0)
})

test('the steps shown are the order sys.monitoring itself reports for the program, on edited code', async ({ page }) => {
  await page.goto('/playground')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, monitorOf(turns))
  const reference = JSON.parse(texts(await runAndWait(runner)).at(-1)!) as [string, string][]
  expect(reference.length).toBeGreaterThan(30)
  await typeCode(page, runner, turns)
  const steps = await walk(await stepThrough(runner))
  expect(steps.filter((step) => step.kind !== 'line').map((step) => [step.kind, step.func])).toEqual(reference)
  expect(steps.at(-1)!.output).toBe('beat\n3\nbeat\n2\nbeat\n1\n')
  expect(steps.find((step) => step.func === 'Countdown.__aiter__')!.desugar).toBe(2)
  expect(steps.find((step) => step.func === 'Countdown.__anext__' && step.kind === 'unwind')!.desugar).toBe(9)
})

test('a long run is recorded up to the limit, says so, and still prints everything', async ({ page }) => {
  await page.goto('/playground')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, busy.replace('numbers(200)', 'numbers(2000)'))
  const stepper = await stepThrough(runner)
  await expect(stepper).toHaveAttribute('data-steps', String(limits.traceSteps))
  await expect(stepper.getByTestId('step-cut')).toHaveText(stepperStrings.en.cut(limits.traceSteps))
  await expect(runner.getByTestId('output')).toHaveText('1999000')
  await stepper.getByTestId('step-last').click()
  await expect(stepper).toHaveAttribute('data-step', String(limits.traceSteps - 1))
})

test('a program that cannot start says why and offers nothing to step through', async ({ page }) => {
  await page.goto('/playground')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'print("never"\n')
  const stepper = runner.getByTestId('stepper')
  await runner.getByTestId('trace').click()
  await expect(stepper).toBeVisible({ timeout: runtimeMs })
  await expect(stepper).toHaveAttribute('data-steps', '0')
  await expect(stepper).toContainText(stepperStrings.en.empty)
  await expect(runner.getByTestId('output')).toContainText('line 1')
  // Run again without recording: the stepper goes, the run is an ordinary one.
  await runner.getByTestId('run').click()
  await expect(stepper).toHaveCount(0)
})
