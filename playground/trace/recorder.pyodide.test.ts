// The step-through's recorder on the site's own CPython (Pyodide in Node): what it records, against sys.monitoring's own order.
import { beforeAll, describe, expect, it } from 'vitest'
import { startRecorder } from '../../tests/support/python'
import { desugarLine, desugarPoints } from './desugar'
import { busy, countdown, failing, heartbeat, pipeline, turns } from './programs'
import { timeline } from './timeline'
import { outputText, readTrace, type TaskState, type Trace } from './trace'

let recorder: Awaited<ReturnType<typeof startRecorder>>
beforeAll(async () => {
  recorder = await startRecorder()
})

async function recorded(code: string, limit?: number): Promise<{ trace: Trace; printed: string; error?: string }> {
  const { json, printed, error } = await recorder.record(code, limit)
  const trace = readTrace(json)
  expect(trace).not.toBeNull()
  return { trace: trace!, printed, error }
}

const order = (trace: Trace) => trace.steps.filter((step) => step.kind !== 'line').map((step) => [step.kind, step.func])
const at = (trace: Trace, kind: string, func: string, line?: number) =>
  trace.steps.findIndex((step) => step.kind === kind && step.func === func && (line === undefined || step.line === line))

describe('the recorder', () => {
  // Programs whose tasks take turns with sleep(0) only: two runs of them interleave the same way
  // however loaded the machine, so the recorder's order can be compared with another run's.
  it.each([
    ['turns', turns],
    ['countdown', countdown],
    ['failing', failing],
    ['busy', busy],
    ['pipeline', pipeline],
  ])('records the %s program in the order sys.monitoring gives', async (_, code) => {
    const { trace } = await recorded(code)
    expect(order(trace)).toEqual(await recorder.reference(code))
  })

  it('records the program, not the course around it, and what it printed', async () => {
    const { trace, printed } = await recorded(heartbeat)
    // The heartbeat's ticks fall between the values as the machine's timing has it; the rest is fixed.
    expect(printed).toMatch(/^tick\n(tick\n)*0\n(tick\n)*1\n(tick\n)*done\n$/)
    expect(outputText(trace)).toBe(printed)
    expect(trace.steps[0]).toMatchObject({ kind: 'start', func: '<module>', task: null })
    expect(trace.steps.at(-1)).toMatchObject({ kind: 'return', func: '<module>' })
    expect(new Set(trace.steps.map((step) => step.func))).toEqual(new Set(['<module>', 'main', 'ticker', 'heartbeat']))
    // Each step knows how much was printed before it: print(x) on line 16 adds "0\n".
    const print0 = trace.steps.findIndex((step) => step.kind === 'line' && step.line === 16)
    const before = outputText(trace).slice(0, trace.steps[print0].out)
    expect(before).toMatch(/^(tick\n)+$/)
    expect(outputText(trace).slice(0, trace.steps[print0 + 1].out)).toBe(`${before}0\n`)
  })

  it('records locals as short text, without memory addresses', async () => {
    const { trace } = await recorded(heartbeat)
    const body = trace.steps.find((step) => step.kind === 'line' && step.func === 'main' && step.line === 16)!
    expect(body.locals).toEqual([['hb', expect.stringMatching(/^<Task Task-\d+>$/)], ['x', '0']])
    const top = trace.steps.find((step) => step.func === '<module>' && step.line === 21)!
    expect(top.locals).toEqual([['ticker', '<function ticker>'], ['heartbeat', '<function heartbeat>'], ['main', '<function main>']])
    expect(JSON.stringify(trace.steps.map((step) => step.locals))).not.toMatch(/0x[0-9a-f]+/)
  })

  it('records the tasks: who runs, who waits on what and until when, who is done', async () => {
    const { trace } = await recorded(heartbeat)
    expect(trace.tasks.map((task) => task.coro)).toEqual(['main', 'heartbeat'])
    const beat = trace.steps.find((step) => step.func === 'heartbeat' && step.kind === 'line' && step.line === 10)!
    expect(beat.task).toBe(1)
    expect(beat.tasks[1]).toEqual({ state: 'running' })
    // main waits in `async for` for ticker's sleep: the chain and the moment it wakes (on a loaded
    // machine the sleep may be over already, and main only waits for its turn).
    const main = beat.tasks[0] as Extract<TaskState, { state: 'waiting' }>
    expect(main).toMatchObject({ state: 'waiting', chain: ['anext()'] })
    expect(['sleep', 'ready']).toContain(main.on)
    if (main.on === 'sleep') expect(main.until).toBeGreaterThan(beat.ms - 1)
    expect(trace.steps.some((step) => step.tasks[0]?.state === 'waiting' && (step.tasks[0] as { on: string }).on === 'sleep')).toBe(true)
    const last = trace.steps.at(-1)!
    expect(last.tasks).toEqual([
      { state: 'done', outcome: 'result', value: 'None' },
      { state: 'done', outcome: 'cancelled', value: null },
    ])
    // The clock goes forward and the sleeps show in it.
    expect(trace.steps.every((step, i) => i === 0 || step.ms >= trace.steps[i - 1].ms)).toBe(true)
    expect(last.ms).toBeGreaterThan(20)
  })

  it('tells an await from a value handed to async for, and names the exception a frame ends with', async () => {
    const { trace } = await recorded(heartbeat)
    expect(trace.steps[at(trace, 'yield', 'ticker', 5)].detail).toEqual({ what: 'await' })
    expect(trace.steps[at(trace, 'yield', 'ticker', 6)].detail).toEqual({ what: 'value', value: null })
    expect(trace.steps[at(trace, 'unwind', 'heartbeat')].detail).toEqual({ what: 'raise', error: 'CancelledError' })
    const failed = await recorded(failing)
    expect(failed.error).toMatch(/ValueError: no more numbers/)
    expect(failed.trace.steps.filter((step) => step.kind === 'unwind').map((step) => [step.func, step.detail])).toEqual([
      ['numbers', { what: 'raise', error: 'ValueError: no more numbers' }],
      ['main', { what: 'raise', error: 'ValueError: no more numbers' }],
      ['<module>', { what: 'raise', error: 'ValueError: no more numbers' }],
    ])
  })

  it('stops recording at its limit and says so; the program runs on', async () => {
    const { trace, printed } = await recorded(busy, 50)
    expect(trace.steps).toHaveLength(50)
    expect(trace.cut).toBe(true)
    expect(printed).toBe('19900\n')
    const whole = await recorded(busy)
    expect(whole.trace.cut).toBe(false)
    expect(whole.trace.steps.length).toBeGreaterThan(1000)
  })
})

describe('the expansion beside the recorded steps', () => {
  const lines = (trace: Trace) => desugarPoints(trace).map((point) => (point ? desugarLine[point.phase] : null))

  it('follows an async generator: ITER, awaited __anext__ (also inside the generator), the body, exhaustion, else', async () => {
    const { trace } = await recorded(heartbeat)
    const line = lines(trace)
    expect(trace.regions).toEqual([{ func: 'main', header: [15, 15], body: [16, 16], orelse: [18, 18] }])
    expect(line[at(trace, 'line', 'main', 15)]).toBe(1)
    expect(line[at(trace, 'start', 'ticker')]).toBe(7)
    expect(line[at(trace, 'yield', 'main', 15)]).toBe(7)
    expect(line[at(trace, 'line', 'main', 16)]).toBe(11)
    expect(line[at(trace, 'return', 'ticker')]).toBe(9)
    expect(line[at(trace, 'line', 'main', 18)]).toBe(13)
    // The heartbeat is another task: not part of the loop.
    expect(trace.steps.flatMap((step, i) => (step.func === 'heartbeat' ? [line[i]] : []))).toEqual(trace.steps.filter((step) => step.func === 'heartbeat').map(() => null))
    expect(line[at(trace, 'line', 'main', 19)]).toBeNull()
    // The second pass comes back to the header: that is the next __anext__, not ITER again.
    const header = trace.steps.flatMap((step, i) => (step.func === 'main' && step.line === 15 ? [line[i]] : []))
    expect(header).toEqual([1, 7, 7, 7, 7, 7, 7])
  })

  it('follows a class-based iterator: __init__ in ITER, __aiter__, __anext__, StopAsyncIteration', async () => {
    const { trace } = await recorded(countdown)
    const line = lines(trace)
    expect(line[at(trace, 'start', 'Countdown.__init__')]).toBe(1)
    expect(line[at(trace, 'start', 'Countdown.__aiter__')]).toBe(2)
    expect(line[at(trace, 'return', 'Countdown.__aiter__')]).toBe(2)
    expect(line[at(trace, 'start', 'Countdown.__anext__')]).toBe(7)
    expect(line[at(trace, 'unwind', 'Countdown.__anext__')]).toBe(9)
    expect(line[at(trace, 'line', 'main', 19)]).toBe(11)
    expect(line[at(trace, 'line', 'main', 20)]).toBeNull()
  })

  it('follows loops inside loops: a suspended async generator keeps its own place in its loop', async () => {
    const { trace, printed } = await recorded(pipeline)
    expect(printed).toBe('0\n2\n')
    const line = lines(trace)
    const of = (func: string, lineNumber?: number) =>
      trace.steps.flatMap((step, i) => (step.func === func && (lineNumber === undefined || step.line === lineNumber) ? [line[i]] : []))
    // doubled's own loop: ITER once, then __anext__ each time it comes back to its header, across its suspensions.
    expect(of('doubled', 8)[0]).toBe(1)
    expect(of('doubled', 8).slice(1).every((phase) => phase === 7)).toBe(true)
    expect(of('doubled', 9).every((phase) => phase === 11)).toBe(true)
    // numbers runs inside doubled's await of __anext__, and its end is doubled's StopAsyncIteration.
    expect(of('numbers').slice(0, -1).every((phase) => phase === 7)).toBe(true)
    expect(of('numbers').at(-1)).toBe(9)
    expect(of('main', 13).every((phase) => phase === 11)).toBe(true)
  })
})

describe('the timeline of tasks', () => {
  it('shows the heartbeat running while main waits in async for', async () => {
    const { trace } = await recorded(heartbeat)
    const { lanes, end } = timeline(trace)
    expect(lanes.map((lane) => lane.task)).toEqual([null, 0, 1])
    const [, main, beat] = lanes
    expect(end).toBe(trace.steps.at(-1)!.ms)
    expect(main.to).toBeLessThan(end)
    // Between two runs of main, the heartbeat runs.
    const gaps = main.runs.slice(1).map((run, i) => [main.runs[i].to, run.from])
    expect(gaps.some(([from, to]) => beat.runs.some((run) => run.from > from && run.to < to))).toBe(true)
    // Every step belongs to exactly one run of one lane.
    expect(lanes.flatMap((lane) => lane.runs).reduce((sum, run) => sum + run.lastStep - run.firstStep + 1, 0)).toBe(trace.steps.length)
  })
})
