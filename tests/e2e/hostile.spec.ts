// Hostile programs, Python and TypeScript: each proves one limit of the sandbox the reader's code runs in.
import { expect, test as base, type CDPSession, type Page } from '@playwright/test'
import { limits } from '../../playground/limits'
import { traceMainThreads } from '../../scripts/main-thread'
import { runAndWait, runnerOf, texts, typeCode } from './runner-support'
import { hydrated, runtimeMs, runtimeTestMs } from './waits'

/** Opens a page that has Python and TypeScript runners, with a secret in its storage and cookies. */
async function openWithSecrets(page: Page): Promise<void> {
  await page.goto('/typescript')
  await hydrated(page)
  await page.evaluate(() => {
    localStorage.setItem('course-secret', 'kept')
    document.cookie = 'course-cookie=kept; path=/'
  })
}

/**
 * The page's own DevTools session. When the sandbox's process ends, Playwright takes the whole page
 * for crashed and refuses it, though the page lives on; this session still reads it.
 */
const test = base.extend<{ devtools: CDPSession }>({
  devtools: async ({ page }, use) => use(await page.context().newCDPSession(page)),
})

async function inPage(devtools: CDPSession, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await devtools.send('Runtime.evaluate', { expression, returnByValue: true })
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text)
  return result.value
}

// Every test here starts a runtime, most of them more than one.
test.describe.configure({ timeout: runtimeTestMs })

test.beforeEach(async ({ page, devtools }) => {
  await openWithSecrets(page)
  expect(await inPage(devtools, 'document.title')).toBeTruthy()
})

test.afterEach(async ({ devtools }) => {
  expect(await inPage(devtools, `[localStorage.getItem('course-secret'), document.cookie.includes('course-cookie=kept')]`)).toEqual(['kept', true])
})

test('Python cannot reach the page, its storage, its cookies or the network', async ({ page, baseURL }) => {
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, [
    'import js',
    'print("document", hasattr(js, "document"), "localStorage", hasattr(js, "localStorage"), "parent", hasattr(js, "parent"))',
    'try:',
    '    js.indexedDB.open("course")',
    '    print("indexedDB open")',
    'except Exception as exc:',
    '    print("indexedDB blocked")',
    `for url in ["https://example.com/", "${baseURL}/aiter", "${baseURL}/"]:`,
    '    try:',
    '        await js.fetch(url)',
    '        print("fetched", url)',
    '    except Exception:',
    '        print("fetch blocked")',
  ].join('\n'))
  expect(texts(await runAndWait(runner, runtimeMs))).toEqual([
    'document False localStorage False parent False',
    'indexedDB blocked',
    'fetch blocked',
    'fetch blocked',
    'fetch blocked',
  ])
})

test('TypeScript cannot reach the page, its storage, its cookies, dialogs or the network', async ({ page, baseURL }) => {
  const runner = runnerOf(page, 'typescript')
  await typeCode(page, runner, [
    'const g = globalThis as any;',
    'console.log(typeof g.document, typeof g.localStorage, typeof g.alert, typeof g.caches, typeof g.parent);',
    'try { g.indexedDB.open("course"); console.log("indexedDB open"); } catch { console.log("indexedDB blocked"); }',
    `for (const url of ["https://example.com/", "${baseURL}/aiter"]) {`,
    '  try { await fetch(url); console.log("reached", url); } catch { console.log("network blocked"); }',
    '}',
    'const violation = new Promise((r) => g.addEventListener("securitypolicyviolation", (e: any) => r(e.effectiveDirective), { once: true }));',
    `new WebSocket("${baseURL!.replace('http', 'ws')}/");`,
    'console.log("websocket refused by", await violation);',
    `try { await import("${baseURL}/sandbox/host.js?again"); console.log("imported"); } catch { console.log("import blocked"); }`,
    'try { g.location.href = "https://example.com/"; } catch { }',
    'console.log("still here");',
  ].join('\n'))
  expect(texts(await runAndWait(runner, runtimeMs))).toEqual([
    'undefined undefined undefined undefined undefined',
    'indexedDB blocked',
    'network blocked',
    'network blocked',
    'websocket refused by connect-src',
    'import blocked',
    'still here',
  ])
  expect(new URL(page.url()).pathname).toBe('/typescript')
})

test('printed HTML stays text, and messages forged by the program are ignored', async ({ page }) => {
  const runner = runnerOf(page, 'typescript')
  await typeCode(page, runner, [
    'console.log(\'<img src=x onerror="window.pwned=1">\');',
    'for (let runId = 0; runId < 50; runId++) {',
    '  (globalThis as any).postMessage({ kind: "output", lang: "python", runId, chunks: [{ stream: "stdout", text: "<b>forged</b>\\n", at: 0 }] });',
    '  (globalThis as any).postMessage({ kind: "exit", lang: "python", runId, outcome: "done" });',
    '}',
    'await new Promise((r) => setTimeout(r, 300));',
    'console.log("end");',
  ].join('\n'))
  const lines = await runAndWait(runner, runtimeMs)
  expect(texts(lines)).toEqual(['<img src=x onerror="window.pwned=1">', 'end'])
  expect(await page.locator('[data-testid="output"] img, [data-testid="output"] b').count()).toBe(0)
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
})

/** Every event a sandbox sends about a run, for both languages and the first 50 run ids, each saying who forged it. */
function forgedEvents(forger: string): unknown[] {
  return Array.from({ length: 51 }, (_, runId) => runId).flatMap((runId) =>
    (['python', 'typescript'] as const).flatMap((lang) => [
      { kind: 'output', lang, runId, chunks: [{ stream: 'stdout', text: `forged by ${forger}\n`, at: 0 }] },
      { kind: 'notice', lang, runId, notice: 'memory-limit' },
      { kind: 'exit', lang, runId, outcome: 'done' },
      { kind: 'crash', lang, message: `forged by ${forger}` },
    ]),
  )
}

test('messages forged by the page itself or by another frame on it are ignored, and the next run works', async ({ page }) => {
  const ts = runnerOf(page, 'typescript')
  const expected = (await ts.getByTestId('output').innerText()).trim()
  // Anything forged that the page ever draws, even for a moment.
  await page.evaluate(() => {
    const drawn: string[] = ((window as unknown as { forgedDrawn: string[] }).forgedDrawn = [])
    new MutationObserver((records) => {
      for (const record of records) {
        const text = record.type === 'characterData' ? record.target.textContent : [...record.addedNodes].map((node) => node.textContent).join('')
        if (text?.includes('forged')) drawn.push(text)
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  })
  // A program that runs until it is stopped, so the forged events find a run in progress.
  await typeCode(page, ts, 'console.log("waiting");\nsetInterval(() => {}, 1000);')
  await ts.getByTestId('run').click()
  await expect(ts.locator('[data-stream]')).toHaveText(['waiting'], { timeout: runtimeMs })

  // The page posts to itself; a message posted after the forged ones arrives after them.
  await page.evaluate((events) => new Promise<void>((resolve) => {
    addEventListener('message', function sent(event) {
      if (event.source !== window || event.data !== 'forgeries sent') return
      removeEventListener('message', sent)
      resolve()
    })
    for (const event of events) postMessage(event, '*')
    postMessage('forgeries sent', '*')
  }), forgedEvents('the page'))
  // A frame with the sandbox's own opaque origin posts to the page.
  await page.evaluate((events) => new Promise<void>((resolve) => {
    const frame = document.createElement('iframe')
    frame.setAttribute('sandbox', 'allow-scripts')
    addEventListener('message', function sent(event) {
      if (event.source !== frame.contentWindow || event.data !== 'forgeries sent') return
      removeEventListener('message', sent)
      resolve()
    })
    frame.srcdoc = `<script>for (const event of ${JSON.stringify(events)}) parent.postMessage(event, '*'); parent.postMessage('forgeries sent', '*')</script>`
    document.body.append(frame)
  }), forgedEvents('another frame'))

  await expect(ts).toHaveAttribute('data-state', 'running')
  await expect(ts.locator('[data-stream]')).toHaveText(['waiting'])
  await expect(ts.getByRole('note')).toHaveCount(0)
  await ts.getByTestId('stop').click()
  await expect(ts).toHaveAttribute('data-state', 'stopped')

  await ts.getByTestId('reset').click()
  const lines = await runAndWait(ts, runtimeMs)
  await expect(ts).toHaveAttribute('data-state', 'done')
  expect(texts(lines).join('\n')).toBe(expected)
  await expect(page.locator('[data-testid="runner"][data-lang="python"][data-state="idle"]')).toHaveCount(await page.locator('[data-testid="runner"][data-lang="python"]').count())
  expect(await page.evaluate(() => (window as unknown as { forgedDrawn: string[] }).forgedDrawn)).toEqual([])
})

/**
 * Freezing is judged by the main-thread time each task took, read from Chromium's trace: on a
 * 2-core machine that runs two browsers and their spinning workers, a task's wall time also
 * counts the time the system gave to other processes, which no page can control.
 */
const frozenMs = 200
const heavy = (tasks: { cpuMs: number }[]) => tasks.filter((task) => task.cpuMs > frozenMs)

test('an endless loop and a flood of output do not freeze the page; the flood is capped', async ({ page, browser }) => {
  const stopTrace = await traceMainThreads(browser, page)
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'while True:\n    print("flood " * 10)')
  await runner.getByTestId('run').click()
  await expect(runner).toHaveAttribute('data-state', 'stopped', { timeout: runtimeMs })
  await expect(runner.getByRole('note')).toContainText(/printed more/)
  await expect(runner.locator('[data-stream]')).toHaveCount(2000)

  const ts = runnerOf(page, 'typescript')
  await typeCode(page, ts, 'let i = 0;\nwhile (true) console.log("line", i++);')
  await ts.getByTestId('run').click()
  await expect(ts).toHaveAttribute('data-state', 'stopped', { timeout: runtimeMs })
  await expect(ts.getByRole('note')).toContainText(/printed more/)
  await expect(ts.locator('[data-stream]').last()).toHaveText('line 1999')

  await typeCode(page, runner, 'while True:\n    pass')
  await runner.getByTestId('run').click()
  // The flood ended its runtime: the loop waits for a fresh one.
  await expect(runner).toHaveAttribute('data-state', 'running', { timeout: runtimeMs })
  // The page answers while the loop spins: a frame is drawn and the program is still running.
  await page.evaluate(() => new Promise(requestAnimationFrame))
  await expect(runner).toHaveAttribute('data-state', 'running')
  await runner.getByTestId('stop').click()
  await expect(runner).toHaveAttribute('data-state', 'stopped')
  expect(heavy(await stopTrace())).toEqual([])
})

test('one enormous line is cut to what can be shown, without freezing the page', async ({ page, browser }) => {
  const stopTrace = await traceMainThreads(browser, page)
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'print("x" * 50_000_000)\nprint("never shown")')
  const lines = await runAndWait(runner, runtimeMs)
  expect(lines).toHaveLength(1)
  expect(lines[0].text).toMatch(/^x{10000}$/)
  await expect(runner.getByRole('note')).toContainText(/printed more/)

  const ts = runnerOf(page, 'typescript')
  await typeCode(page, ts, 'console.log("y".repeat(50_000_000));')
  expect(texts(await runAndWait(ts, runtimeMs))).toEqual(['y'.repeat(10_000)])
  await expect(ts.getByRole('note')).toContainText(/printed more/)
  expect(heavy(await stopTrace())).toEqual([])
})

test('Python memory is capped with a clear notice, and the next run works', async ({ page }) => {
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'blocks = []\nwhile True:\n    blocks.append(bytearray(50_000_000))')
  const lines = await runAndWait(runner, runtimeMs)
  expect(lines.at(-1)?.text).toBe('MemoryError')
  await expect(runner.getByRole('note')).toContainText(/memory limit/)
  await typeCode(page, runner, 'print("alive")')
  expect(texts(await runAndWait(runner, runtimeMs))).toEqual(['alive'])
})

test('TypeScript that allocates without end is stopped with a clear notice; the page lives on and the next run works', async ({ page, devtools }) => {
  const ts = runnerOf(page, 'typescript')
  const expected = (await ts.getByTestId('output').innerText()).trim()
  await typeCode(page, ts, 'const blocks: number[][] = [];\nwhile (true) blocks.push(new Array(10_000_000).fill(0));')
  await ts.getByTestId('run').click()
  // The JavaScript engine ends the sandbox's process when its heap is full (1 GB in these tests, as
  // playwright.config.ts sets it); the page notices the silence.
  const runner = `document.querySelector('[data-testid="runner"][data-lang="typescript"]')`
  // Filling the heap takes longer on a loaded machine; the page then notices within a few seconds.
  await expect.poll(() => inPage(devtools, `${runner}.dataset.state`), { timeout: runtimeMs }).toBe('stopped')
  expect(await inPage(devtools, `${runner}.querySelector('[role="note"]').textContent`)).toMatch(/too much memory/)
  await inPage(devtools, `${runner}.querySelector('[data-testid="reset"]').click(); ${runner}.querySelector('[data-testid="run"]').click()`)
  await expect.poll(() => inPage(devtools, `${runner}.dataset.state`), { timeout: runtimeMs }).toBe('done')
  expect(await inPage(devtools, `[...${runner}.querySelectorAll('[data-stream]')].map((line) => line.textContent).join('\\n')`)).toBe(expected)
})

test('the time limit stops a runaway program by itself', async ({ page }) => {
  const runner = runnerOf(page, 'python')
  await expect(runner.getByTestId('run').locator('..')).toContainText('30 s')
  await typeCode(page, runner, 'import time\nwhile True:\n    time.sleep(1)')
  await runner.getByTestId('run').click()
  await expect(runner).toHaveAttribute('data-state', 'stopped', { timeout: limits.timeMs + runtimeMs })
  await expect(runner.getByRole('note')).toContainText(/time limit/)
})
