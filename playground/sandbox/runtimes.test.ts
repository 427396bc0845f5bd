// RuntimePool: a fresh runtime for every run, the next one loading meanwhile, bounded tries to load, budgets kept.
import { describe, expect, it } from 'vitest'
import { outputLimits } from '../output-budget'
import type { Lang, RunnerEvent } from '../protocol'
import { RuntimePool, type Runtime } from './runtimes'

/** A runtime that records what happens to it and lets the test post its events. */
class FakeRuntime implements Runtime {
  started?: { runId: number; code: string }
  terminated = false
  private events?: (data: unknown) => void
  constructor(readonly serial: number) {}
  start(run: { runId: number; code: string }, events: (data: unknown) => void) {
    this.started = run
    this.events = events
  }
  terminate() {
    this.terminated = true
  }
  emit(data: unknown) {
    this.events?.(data)
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

function setup(failures = 0, retryDelaysMs = [10, 20]) {
  const spawned: FakeRuntime[] = []
  const waits: number[] = []
  const posted: RunnerEvent[] = []
  let failuresLeft = failures
  let clock = 0
  const pool = new RuntimePool(
    async (_lang: Lang) => {
      if (failuresLeft-- > 0) throw new Error('offline')
      const runtime = new FakeRuntime(spawned.length)
      spawned.push(runtime)
      return runtime
    },
    (event) => posted.push(event),
    { retryDelaysMs, wait: async (ms) => void waits.push(ms), now: () => clock, coolOffMs: 1000 },
  )
  return { pool, spawned, waits, posted, advance: (ms: number) => (clock += ms) }
}

describe('RuntimePool', () => {
  it('gives every run a fresh runtime and terminates it when the program exits', async () => {
    const { pool, spawned, posted } = setup()
    await pool.run('python', 1, 'print(1)')
    expect(spawned[0].started).toEqual({ runId: 1, code: 'print(1)' })
    expect(posted).toContainEqual({ kind: 'started', lang: 'python', runId: 1 })
    // The next runs' runtimes load while this one runs: two wait, ready.
    await tick()
    expect(spawned).toHaveLength(3)
    expect(posted).toContainEqual({ kind: 'ready', lang: 'python' })
    spawned[0].emit({ kind: 'exit', outcome: 'done' })
    expect(spawned[0].terminated).toBe(true)
    await pool.run('python', 2, 'print(2)')
    expect(spawned[1].started?.runId).toBe(2)
    expect(spawned[1].terminated).toBe(false)
  })

  it('stops a run by terminating its runtime, and ignores what that runtime posts afterwards', async () => {
    const { pool, spawned, posted } = setup()
    await pool.run('typescript', 1, 'x')
    pool.stop('typescript', 2)
    expect(spawned[0].terminated).toBe(false)
    pool.stop('typescript', 1)
    expect(spawned[0].terminated).toBe(true)
    const before = posted.length
    spawned[0].emit({ kind: 'output', runId: 1, chunks: [{ stream: 'stdout', text: 'late\n', at: 1 }] })
    expect(posted.length).toBe(before)
  })

  it('stamps events with the run it gave the runtime, whatever the runtime claims', async () => {
    const { pool, spawned, posted } = setup()
    await pool.run('python', 7, 'x')
    spawned[0].emit({ kind: 'output', runId: 99, lang: 'typescript', chunks: [{ stream: 'stdout', text: 'a\n', at: 1 }] })
    spawned[0].emit({ kind: 'ready', lang: 'python' })
    spawned[0].emit({ kind: 'started', runId: 99 })
    spawned[0].emit('<img src=x>')
    expect(posted.filter((e) => e.kind === 'output')).toEqual([{ kind: 'output', lang: 'python', runId: 7, chunks: [{ stream: 'stdout', text: 'a\n', at: 1 }] }])
    expect(posted.filter((e) => e.kind === 'started')).toHaveLength(1)
  })

  it('a new run of the same language ends the one before it', async () => {
    const { pool, spawned } = setup()
    await pool.run('python', 1, 'a')
    await pool.run('python', 2, 'b')
    expect(spawned[0].terminated).toBe(true)
    expect(spawned[1].started?.runId).toBe(2)
  })

  it('keeps a run within its output budget, then ends it', async () => {
    const { pool, spawned, posted } = setup()
    await pool.run('python', 1, 'x')
    const chunks = Array.from({ length: outputLimits.maxLines + 5 }, (_, i) => ({ stream: 'stdout', text: `${i}\n`, at: i }))
    spawned[0].emit({ kind: 'output', chunks })
    const printed = posted.flatMap((e) => (e.kind === 'output' ? e.chunks : []))
    expect(printed).toHaveLength(outputLimits.maxLines)
    expect(posted.at(-1)).toEqual({ kind: 'notice', lang: 'python', runId: 1, notice: 'output-limit' })
    expect(spawned[0].terminated).toBe(true)
  })

  it('tries to load a few times with growing waits, then says the run cannot start', async () => {
    const { pool, spawned, waits, posted } = setup(10)
    await pool.run('python', 1, 'x')
    expect(waits).toEqual([10, 20])
    expect(spawned).toHaveLength(0)
    expect(posted).toEqual([{ kind: 'unavailable', lang: 'python', runId: 1, message: 'offline' }])
  })

  it('does not retry on mere intent right after a failure, but a run tries again and can succeed', async () => {
    const { pool, spawned, waits, posted, advance } = setup(3)
    await pool.run('python', 1, 'x')
    expect(waits).toHaveLength(2)
    pool.prepare('python')
    await tick()
    expect(waits).toHaveLength(2)
    advance(5000)
    await pool.run('python', 2, 'x')
    expect(spawned[0].started?.runId).toBe(2)
    expect(posted).toContainEqual({ kind: 'started', lang: 'python', runId: 2 })
  })

  it('loads two spares, one after the other, however many runners ask to prepare', async () => {
    const loads: { lang: Lang; done: (runtime: Runtime) => void }[] = []
    const posted: RunnerEvent[] = []
    const pool = new RuntimePool((lang) => new Promise((done) => loads.push({ lang, done })), (event) => posted.push(event))
    pool.prepare('python')
    pool.prepare('python')
    pool.prepare('python')
    await tick()
    // The second spare waits for the first, so the first is ready soonest.
    expect(loads).toHaveLength(1)
    loads[0].done(new FakeRuntime(0))
    await tick()
    expect(posted).toEqual([{ kind: 'ready', lang: 'python' }])
    expect(loads).toHaveLength(2)
    loads[1].done(new FakeRuntime(1))
    await tick()
    pool.prepare('python')
    await tick()
    expect(loads).toHaveLength(2)
  })

  it('a run right after a run starts at once on the second spare', async () => {
    const { pool, spawned, posted } = setup()
    pool.prepare('python')
    await tick()
    await pool.run('python', 1, 'a')
    spawned[0].emit({ kind: 'exit', outcome: 'done' })
    const before = spawned.length
    await pool.run('python', 2, 'b')
    expect(spawned[1].started?.runId).toBe(2)
    expect(posted).toContainEqual({ kind: 'started', lang: 'python', runId: 2 })
    expect(spawned.length).toBeGreaterThanOrEqual(before)
  })

  it('a run stopped while its runtime loads never starts, and the runtime is thrown away', async () => {
    const { pool, spawned, posted } = setup()
    const running = pool.run('python', 1, 'x')
    pool.stop('python', 1)
    await running
    expect(spawned[0].started).toBeUndefined()
    expect(spawned[0].terminated).toBe(true)
    expect(posted.some((e) => e.kind === 'started')).toBe(false)
  })

  it('with one waiting runtime, a run stopped while its runtime loads leaves the next one loading', async () => {
    const loads: ((runtime: Runtime) => void)[] = []
    const pool = new RuntimePool((_lang) => new Promise((done) => loads.push(done)), () => {}, { spares: 1 })
    const running = pool.run('python', 1, 'x')
    await tick()
    pool.stop('python', 1)
    const first = new FakeRuntime(0)
    loads[0](first)
    await running
    await tick()
    expect(first.terminated).toBe(true)
    expect(loads).toHaveLength(2)
  })

  it('a crash ends the run and its runtime', async () => {
    const { pool, spawned, posted } = setup()
    await pool.run('python', 1, 'x')
    spawned[0].emit({ kind: 'crash', message: 'gone' })
    expect(posted).toContainEqual({ kind: 'crash', lang: 'python', runId: 1, message: 'gone' })
    expect(spawned[0].terminated).toBe(true)
  })
})
