// Runs are isolated: each starts on a fresh runtime, nothing outlives it, only the site's own pages drive the sandbox, and a runtime that cannot load says so.
import { expect, test, type Page, type Request, type Worker } from '@playwright/test'
import { runAndWait, runnerOf, texts, typeCode } from './runner-support'
import { hydrated, runtimeMs, runtimeTestMs } from './waits'

// Every test here starts runtimes, which a loaded 2-core machine may take long to load.
test.describe.configure({ timeout: runtimeTestMs })

/** How many loaded runtimes the sandbox keeps waiting per language (playground/sandbox/host.ts). */
const spares = 1

/**
 * The page's runtime workers in the order they started, and which have ended. Runs take the waiting
 * runtimes oldest first, so the first worker of a language is the one its first run ran in.
 */
function watchWorkers(page: Page): { started: Worker[]; ended: Set<Worker> } {
  const started: Worker[] = []
  const ended = new Set<Worker>()
  page.on('worker', (worker) => {
    started.push(worker)
    worker.on('close', () => ended.add(worker))
  })
  return { started, ended }
}

/** The run's worker has ended, and only the waiting ones are left. */
async function expectOnlySpares(page: Page, workers: { started: Worker[]; ended: Set<Worker> }, ran: number): Promise<void> {
  await expect.poll(() => workers.ended.has(workers.started[ran]), { timeout: runtimeMs }).toBe(true)
  await expect.poll(() => page.workers().length, { timeout: runtimeMs }).toBe(spares)
}

test('a Python program that patches print, adds a module and leaves a task running changes nothing in the next run', async ({ page }) => {
  const workers = watchWorkers(page)
  await page.goto('/aiter')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, [
    'import asyncio, builtins, sys, types',
    'real_print = builtins.print',
    'builtins.print = lambda *args, **kwargs: real_print("[patched]", *args, **kwargs)',
    'sys.modules["leftover"] = types.ModuleType("leftover")',
    'leftover_value = 42',
    'async def ghost():',
    '    while True:',
    '        await asyncio.sleep(0.05)',
    '        real_print("ghost")',
    'asyncio.get_event_loop().create_task(ghost())',
    'print("A done")',
  ].join('\n'))
  expect(texts(await runAndWait(runner))).toEqual(['[patched] A done'])
  // The runtime that ran A ends with it, ghost task and all; the fresh ones loaded meanwhile stay.
  await expectOnlySpares(page, workers, 0)

  await typeCode(page, runner, [
    'import asyncio, builtins, sys',
    'print("leftover" in sys.modules, "leftover_value" in globals(), builtins.print.__name__)',
    'asyncio.run(asyncio.sleep(0.3))',
    'print("B done")',
  ].join('\n'))
  expect(texts(await runAndWait(runner))).toEqual(['False False print', 'B done'])
  await expectOnlySpares(page, workers, 1)
})

test('a TypeScript program that patches console and builtins, sets globals and leaves a busy callback changes nothing in the next run', async ({ page }) => {
  const workers = watchWorkers(page)
  await page.goto('/typescript')
  const runner = runnerOf(page, 'typescript')
  await typeCode(page, runner, [
    '(globalThis as any).leftover = 42;',
    '(String.prototype as any).shout = function () { return this.toUpperCase() + "!"; };',
    'const log = console.log;',
    'console.log = (...args: unknown[]) => log("[patched]", ...args);',
    '// A callback the timers do not see, coming back for ever and keeping a core half busy.',
    'const scheduler = (globalThis as any).scheduler;',
    'const ghost = () => {',
    '  const until = performance.now() + 25;',
    '  while (performance.now() < until);',
    '  log("ghost");',
    '  scheduler.postTask(ghost, { delay: 25 });',
    '};',
    'scheduler.postTask(ghost, { delay: 25 });',
    'console.log("A done");',
  ].join('\n'))
  expect(texts(await runAndWait(runner))).toEqual(['[patched] A done'])
  await expectOnlySpares(page, workers, 0)

  await typeCode(page, runner, [
    'console.log(typeof (globalThis as any).leftover, typeof ("a" as any).shout, String(console.log).includes("patched"));',
    'await new Promise((resolve) => setTimeout(resolve, 300));',
    'console.log("B done");',
  ].join('\n'))
  expect(texts(await runAndWait(runner))).toEqual(['undefined undefined false', 'B done'])
})

test('Stop ends the runtime at once; the next run starts on the fresh one', async ({ page }) => {
  const workers = watchWorkers(page)
  await page.goto('/aiter')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'import builtins\nbuiltins.marker = "left"\nwhile True:\n    pass')
  await hydrated(page)
  await runner.getByTestId('run').click()
  await expect(runner).toHaveAttribute('data-state', 'running', { timeout: runtimeMs })
  await runner.getByTestId('stop').click()
  await expect(runner).toHaveAttribute('data-state', 'stopped')
  await expectOnlySpares(page, workers, 0)
  await typeCode(page, runner, 'import builtins\nprint(hasattr(builtins, "marker"))')
  expect(texts(await runAndWait(runner))).toEqual(['False'])
})

test.describe('the sandbox host obeys only the site', () => {
  test('framed by another origin, sandboxed or not, it loads nothing, runs nothing and says nothing', async ({ page, baseURL }) => {
    // A page of another origin (a different host name for the same server) frames the host.
    const foreign = baseURL!.replace('127.0.0.1', 'localhost')
    await page.goto(`${foreign}/aiter`)
    for (const sandboxed of [false, true]) {
      const src = `${baseURL}/sandbox/index.html`
      const fetched: string[] = []
      const record = (request: Request) => {
        if (/\/sandbox\/\w+-worker\.js|\/pyodide\//.test(request.url())) fetched.push(request.url())
      }
      page.on('request', record)
      const answers = await postToHost(page, src, sandboxed)
      page.off('request', record)
      expect(answers, `sandboxed: ${sandboxed}`).toEqual([])
      expect(fetched, `sandboxed: ${sandboxed}`).toEqual([])
    }
  })

  test('on its own site, a sandboxed host answers (the control for the test above)', async ({ page, baseURL }) => {
    await page.goto(`${baseURL}/aiter`)
    const answers = await postToHost(page, `${baseURL}/sandbox/index.html`, true)
    expect(answers).toContainEqual({ kind: 'alive' })
    expect(answers).toContainEqual({ kind: 'started', lang: 'typescript', runId: expect.any(Number) })
  })

  test('on its own site but not sandboxed, it does nothing: the reader’s code would share the site’s origin', async ({ page, baseURL }) => {
    await page.goto(`${baseURL}/aiter`)
    expect(await postToHost(page, `${baseURL}/sandbox/index.html`, false)).toEqual([])
  })
})

/** Frames the host from the current page, sends it commands for two seconds, returns its answers. */
function postToHost(page: Page, src: string, sandboxed: boolean): Promise<unknown[]> {
  return page.evaluate(async ({ src, sandboxed }) => {
    const frame = document.createElement('iframe')
    if (sandboxed) frame.setAttribute('sandbox', 'allow-scripts')
    frame.src = src
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
    document.body.append(frame)
    await loaded
    const answers: unknown[] = []
    addEventListener('message', (event) => {
      if (event.source === frame.contentWindow && (event.data as { kind?: string })?.kind !== 'output') answers.push(event.data)
    })
    for (let i = 0; i < 10; i++) {
      frame.contentWindow!.postMessage({ kind: 'ping' }, '*')
      if (i === 0) frame.contentWindow!.postMessage({ kind: 'run', lang: 'typescript', runId: 1, code: 'console.log("ran")' }, '*')
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    return answers
  }, { src, sandboxed })
}

test('a runtime that cannot load ends the run in error with a retry, after a few spaced tries and no more', async ({ page }) => {
  const tries: number[] = []
  await page.route('**/sandbox/python-worker.js', (route) => {
    tries.push(Date.now())
    return route.fulfill({ status: 404, body: 'not here' })
  })
  await page.goto('/aiter')
  await hydrated(page)
  const runner = runnerOf(page, 'python')
  const expected = (await runner.getByTestId('output').locator('pre').innerText()).replace(/\n$/, '').split('\n')
  await runner.getByTestId('run').click()
  await expect(runner).toHaveAttribute('data-state', 'error', { timeout: runtimeMs })
  await expect(runner.locator('[data-notice="load-failed"]')).toContainText('could not be loaded')
  // What the browser said, for whoever maintains the site.
  await expect(runner.getByTestId('notice-detail')).toContainText('404')
  expect(tries).toHaveLength(3)
  // Waits grow between tries: about 1 s, then about 3 s.
  expect(tries[1] - tries[0]).toBeGreaterThanOrEqual(900)
  expect(tries[2] - tries[1]).toBeGreaterThanOrEqual(2900)
  // No loop: nothing more is fetched while the reader reads the message.
  await page.waitForTimeout(5000)
  expect(tries).toHaveLength(3)

  await page.unroute('**/sandbox/python-worker.js')
  const retry = runner.getByTestId('retry')
  await retry.focus()
  await page.keyboard.press('Enter')
  await expect(runner).toHaveAttribute('data-state', 'done', { timeout: runtimeMs })
  expect(await runner.locator('[data-stream]').allTextContents()).toEqual(expected)
})

test('a sandbox that never loads (offline) ends the run in error, localized, and Retry works once back online', async ({ page, context }) => {
  await page.goto('/fr/aiter')
  await hydrated(page)
  await context.setOffline(true)
  const runner = runnerOf(page, 'python')
  await runner.getByTestId('run').click()
  await expect(runner).toHaveAttribute('data-state', 'error', { timeout: runtimeMs })
  await expect(runner.locator('[data-notice="load-failed"]')).toContainText('Impossible de charger')
  await context.setOffline(false)
  await runner.getByTestId('retry').click()
  await expect(runner).toHaveAttribute('data-state', 'done', { timeout: runtimeMs })
})
