// Runtimes for runs: every run gets a fresh one, the next one loads while it runs, and loading gives up after a few tries.
import { OutputBudget } from '../output-budget'
import { readEvent, type Lang, type RunFlags, type RunnerEvent } from '../protocol'

/** One loaded runtime (a worker): it runs one program, then it is thrown away. */
export interface Runtime {
  /** Starts the program; `events` hears what the runtime posts about it, unchecked. */
  start(run: { runId: number; code: string } & RunFlags, events: (data: unknown) => void): void
  terminate(): void
}

/** Loads a runtime; rejects when it cannot be loaded (offline, a file missing, the runtime failing to start). */
export type Spawn = (lang: Lang) => Promise<Runtime>

export interface PoolOptions {
  /** How many loaded runtimes wait for the next runs, so even a run right after a run starts at once. */
  spares?: number
  /** Waits between tries to load a runtime; one try more than there are waits. */
  retryDelaysMs?: readonly number[]
  /** After a runtime failed to load, how long a mere `prepare` does not try again (a run always does). */
  coolOffMs?: number
  wait?: (ms: number) => Promise<void>
  now?: () => number
}

interface Current {
  runId: number
  budget: OutputBudget
  runtime?: Runtime
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Holds, for each language, the runtime running a program (at most one) and a spare that waits for
 * the next run. Nothing of one run reaches the next: a run's runtime is terminated when the program
 * exits or is stopped, with whatever it left behind (tasks, timers, patched builtins).
 */
export class RuntimePool {
  /** Each language's spare runtimes, oldest first; each one starts loading once the one before it has loaded. */
  private readonly spares = new Map<Lang, Promise<Runtime>[]>()
  /** The spares that have loaded. */
  private readonly loaded = new WeakSet<Promise<Runtime>>()
  private readonly current = new Map<Lang, Current>()
  private readonly failedAt = new Map<Lang, number>()
  private readonly spareCount: number
  private readonly retryDelaysMs: readonly number[]
  private readonly coolOffMs: number
  private readonly wait: (ms: number) => Promise<void>
  private readonly now: () => number

  constructor(private readonly spawn: Spawn, private readonly post: (event: RunnerEvent) => void, options: PoolOptions = {}) {
    this.spareCount = options.spares ?? 2
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 3000]
    this.coolOffMs = options.coolOffMs ?? 10_000
    this.wait = options.wait ?? sleep
    this.now = options.now ?? Date.now
  }

  /** Starts loading spare runtimes, unless they are there or loading failed a moment ago. */
  prepare(lang: Lang): void {
    const failed = this.failedAt.get(lang)
    if (failed !== undefined && this.now() - failed < this.coolOffMs) return
    this.topUp(lang)
  }

  /** Runs a program on the spare runtime (loading one first if needed); a program of the same language still running is stopped. */
  async run(lang: Lang, runId: number, code: string, flags: RunFlags = {}): Promise<void> {
    this.stopCurrent(lang)
    const entry: Current = { runId, budget: new OutputBudget() }
    this.current.set(lang, entry)
    this.topUp(lang)
    const spare = this.queue(lang).shift()!
    // The next spare is loaded already: the page may show the next run as starting at once.
    if (this.loaded.has(this.queue(lang)[0])) this.post({ kind: 'ready', lang })
    let runtime: Runtime
    try {
      runtime = await spare
    } catch (error) {
      if (this.current.get(lang) !== entry) return
      this.current.delete(lang)
      this.post({ kind: 'unavailable', lang, runId, message: String((error as Error)?.message ?? error) })
      return
    }
    if (this.current.get(lang) !== entry) {
      // Stopped or superseded while its runtime loaded: that runtime goes, and the next one loads.
      runtime.terminate()
      return this.prepare(lang)
    }
    entry.runtime = runtime
    this.post({ kind: 'started', lang, runId })
    runtime.start({ runId, code, ...flags }, (data) => this.relay(lang, entry, data))
    // The next runs' runtimes load while this one runs.
    this.prepare(lang)
  }

  /** Ends the run `runId`, if it is the current one: its runtime is terminated at once. */
  stop(lang: Lang, runId: number): void {
    if (this.current.get(lang)?.runId === runId) this.stopCurrent(lang)
  }

  private stopCurrent(lang: Lang): void {
    const entry = this.current.get(lang)
    this.current.delete(lang)
    entry?.runtime?.terminate()
  }

  /** Passes on what the run's runtime posts: checked, stamped with the run, output within the run's budget. */
  private relay(lang: Lang, entry: Current, data: unknown): void {
    if (this.current.get(lang) !== entry || typeof data !== 'object' || data === null) return
    const event = readEvent({ ...data, lang, runId: entry.runId })
    if (!event || event.kind === 'ready' || event.kind === 'need-files' || event.kind === 'started' || event.kind === 'unavailable') return
    if (event.kind !== 'output') {
      this.post(event)
      if (event.kind === 'exit' || event.kind === 'crash') this.stopCurrent(lang)
      return
    }
    if (entry.budget.exceeded) return
    const chunks = entry.budget.take(event.chunks)
    if (chunks.length > 0) this.post({ ...event, chunks })
    if (entry.budget.exceeded) {
      this.post({ kind: 'notice', lang, runId: entry.runId, notice: 'output-limit' })
      this.stopCurrent(lang)
    }
  }

  private queue(lang: Lang): Promise<Runtime>[] {
    let queue = this.spares.get(lang)
    if (!queue) this.spares.set(lang, (queue = []))
    return queue
  }

  /** Loads spares up to their number, one after another so the first is ready soonest. */
  private topUp(lang: Lang): void {
    const queue = this.queue(lang)
    while (queue.length < this.spareCount) {
      const previous = queue.at(-1)
      // After a spare that could not load, the next does not try: a run or a later prepare will.
      const loading = previous ? previous.then(() => this.load(lang)) : this.load(lang)
      queue.push(loading)
      loading.then(
        () => {
          this.failedAt.delete(lang)
          this.loaded.add(loading)
          if (queue[0] === loading) this.post({ kind: 'ready', lang })
        },
        () => {
          this.failedAt.set(lang, this.now())
          queue.splice(queue.indexOf(loading) >>> 0, 1)
        },
      )
    }
  }

  private async load(lang: Lang): Promise<Runtime> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.spawn(lang)
      } catch (error) {
        if (attempt >= this.retryDelaysMs.length) throw error
        await this.wait(this.retryDelaysMs[attempt])
      }
    }
  }
}
