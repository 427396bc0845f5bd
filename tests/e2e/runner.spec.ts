// The runner on course pages: every example prints what its page shows, live, and can be stopped.
import { expect, test } from '@playwright/test'
import { runAndWait, runnerOf, texts, typeCode } from './runner-support'
import { runtimeMs, runtimeTestMs } from './waits'

// Every test here starts runtimes, which a loaded 2-core machine may take long to load.
test.describe.configure({ timeout: runtimeTestMs })

test('a Python example streams its lines a tenth of a second apart', async ({ page }) => {
  await page.goto('/')
  const runner = runnerOf(page, 'python')
  const lines = await runAndWait(runner)
  expect(texts(lines)).toEqual(['0', '1', '2'])
  const times = await runner.locator('[data-stream]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-t'))))
  expect(times[1] - times[0]).toBeGreaterThanOrEqual(80)
  expect(times[2] - times[1]).toBeGreaterThanOrEqual(80)
  await expect(runner).toHaveAttribute('data-state', 'done')
})

for (const [path, lang] of [['/aiter', 'python'], ['/typescript', 'typescript'], ['/typescript', 'python']] as const) {
  test(`every ${lang} example on ${path} prints in the browser what the page shows`, async ({ page }) => {
    await page.goto(path)
    const runners = page.locator(`.code-example[data-testid="runner"][data-lang="${lang}"]`)
    const count = await runners.count()
    expect(count).toBeGreaterThan(0)
    for (let i = 0; i < count; i++) {
      const runner = runners.nth(i)
      const expected = (await runner.getByTestId('output').locator('pre').innerText()).replace(/\n$/, '').split('\n')
      const lines = await runAndWait(runner)
      expect(texts(lines), `example ${i + 1}`).toEqual(expected)
    }
  })
}

test('Stop ends an endless loop at once, and the next Run works', async ({ page }) => {
  await page.goto('/anext')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'print("start")\nwhile True:\n    pass')
  await runner.getByTestId('run').click()
  await expect(runner.locator('[data-stream]')).toHaveText(['start'], { timeout: runtimeMs })
  await runner.getByTestId('stop').click()
  await expect(runner).toHaveAttribute('data-state', 'stopped')
  await typeCode(page, runner, 'print("again")')
  expect(texts(await runAndWait(runner))).toEqual(['again'])
})

test('a syntax error and a traceback name the reader’s own lines', async ({ page }) => {
  await page.goto('/anext')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'print("ok")\nprint(1 +\n')
  let lines = await runAndWait(runner)
  await expect(runner).toHaveAttribute('data-state', 'error')
  expect(lines.filter((l) => l.stream === 'stderr').map((l) => l.text).join('\n')).toMatch(/File "main\.py", line 2[\s\S]*SyntaxError/)

  await typeCode(page, runner, 'def f():\n    raise ValueError("boom")\n\nprint("before")\nf()')
  lines = await runAndWait(runner)
  const stderr = lines.filter((l) => l.stream === 'stderr').map((l) => l.text).join('\n')
  expect(texts(lines)[0]).toBe('before')
  expect(stderr).toContain('File "main.py", line 5, in <module>')
  expect(stderr).toContain('File "main.py", line 2, in f')
  expect(stderr).toContain('ValueError: boom')
  expect(stderr).not.toContain('_pyodide')
})

test('warnings appear, input() explains itself, sys.exit() ends quietly', async ({ page }) => {
  await page.goto('/anext')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'import warnings\nwarnings.warn("careful")\nprint("after")')
  let lines = await runAndWait(runner)
  expect(lines.some((l) => l.stream === 'stderr' && l.text.includes('UserWarning: careful'))).toBe(true)
  expect(texts(lines)).toContain('after')

  await typeCode(page, runner, 'name = input("Name? ")')
  lines = await runAndWait(runner)
  expect(lines.map((l) => l.text).join('\n')).toContain('EOFError: input() has no keyboard to read from here')

  await typeCode(page, runner, 'import sys\nprint("bye")\nsys.exit(0)\nprint("never")')
  lines = await runAndWait(runner)
  expect(lines).toEqual([{ stream: 'stdout', text: 'bye' }])
  await expect(runner).toHaveAttribute('data-state', 'done')
})

test('TypeScript: console streams, errors go to stderr, and timers left running are waited for', async ({ page }) => {
  await page.goto('/typescript')
  const runner = runnerOf(page, 'typescript')
  await typeCode(page, runner, [
    'const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));',
    'async function main(): Promise<void> {',
    '  for (let i = 0; i < 3; i++) { await sleep(100); console.log(i, { i }); }',
    '  console.error("done with", [1, 2]);',
    '}',
    'main();',
    'console.log("scheduled");',
  ].join('\n'))
  const lines = await runAndWait(runner)
  expect(lines).toEqual([
    { stream: 'stdout', text: 'scheduled' },
    { stream: 'stdout', text: '0 { i: 0 }' },
    { stream: 'stdout', text: '1 { i: 1 }' },
    { stream: 'stdout', text: '2 { i: 2 }' },
    { stream: 'stderr', text: 'done with [ 1, 2 ]' },
  ])

  await typeCode(page, runner, 'const n: number = 1;\nthrow new RangeError("too far: " + n);')
  const failed = await runAndWait(runner)
  await expect(runner).toHaveAttribute('data-state', 'error')
  expect(failed[0]).toEqual({ stream: 'stderr', text: 'Uncaught RangeError: too far: 1' })
  expect(failed[1]?.text).toMatch(/at main\.ts:2:\d+/)
})

test('the keyboard: Ctrl+Enter runs from the editor, Escape leaves it', async ({ page }) => {
  await page.goto('/')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'print("keyboard")')
  await page.keyboard.press('Control+Enter')
  await expect(runner.locator('[data-stream]')).toHaveText(['keyboard'], { timeout: runtimeMs })
  await runner.locator('.cm-content').click()
  await page.keyboard.press('Escape')
  await expect(runner.getByTestId('run')).toBeFocused()
})

test('Reset brings back the page’s code and output; Copy copies the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  const runner = runnerOf(page, 'python')
  await typeCode(page, runner, 'print("changed")')
  await runAndWait(runner)
  await runner.getByTestId('reset').click()
  await expect(runner).toHaveAttribute('data-state', 'idle')
  await expect(runner.locator('.cm-content')).toContainText('class AsyncCounter')
  await expect(runner.locator('[data-stream]')).toHaveCount(0)
  await runner.getByTestId('copy').click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('async for')
})

test('output is announced to screen readers in a polite status, not line by line', async ({ page }) => {
  await page.goto('/')
  const runner = runnerOf(page, 'python')
  await runAndWait(runner)
  await expect(runner.locator('[role="status"][aria-live="polite"]').last()).toHaveText(/^(?:[23] new lines, the last: )?2\. Done$/)
  await expect(runner.getByTestId('run')).toHaveAccessibleName(/Run/)
  await expect(runner.getByTestId('stop')).toHaveAccessibleName(/Stop/)
})

test('without stack switching (?no-jspi, as in Safari) asyncio.run still runs, and the output says how', async ({ page }) => {
  await page.goto('/anext?no-jspi')
  const runner = runnerOf(page, 'python')
  const expected = (await runner.getByTestId('output').locator('pre').innerText()).replace(/\n$/, '').split('\n')
  expect(texts(await runAndWait(runner))).toEqual(expected)
  await expect(runner.getByRole('note')).toContainText('asyncio.run(x) as a top-level await x')
  await typeCode(page, runner, 'print("no asyncio here")')
  expect(texts(await runAndWait(runner))).toEqual(['no asyncio here'])
  await expect(runner.getByRole('note')).toHaveCount(0)
})
