// Collects what a program prints and posts it in small batches, so output streams without flooding.
import { OutputBudget, outputLimits, type OutputLimits } from '../output-budget'
import type { Chunk, Stream } from '../protocol'

/** Epoch milliseconds, comparable between the page, the sandbox and the workers. */
export const now = (): number => performance.timeOrigin + performance.now()

interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(id: unknown): void
}

// Called as plain functions: the browser's timer functions must not get the object as `this`.
const globalTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id as number),
}

export interface OutboxOptions {
  /** Longest wait between a write and its post. */
  intervalMs?: number
  /** Most chunks in one post, so no single message is slow to pass on. */
  maxBatch?: number
  limits?: OutputLimits
  /** Called once, when the program prints past its budget; what it prints from then on is dropped. */
  overflowed?: () => void
  timers?: Timers
  /** Epoch milliseconds: when a write happens and when the last post left. */
  clock?: () => number
}

export interface Outbox {
  write(stream: Stream, text: string): void
  flush(): void
}

/**
 * Posts queued chunks at most every `intervalMs`; a program that prints without ever yielding
 * still gets its output out, because a write flushes when the interval has passed or the batch is full.
 */
export function createOutbox(post: (chunks: Chunk[]) => void, options: OutboxOptions = {}): Outbox {
  const { intervalMs = 16, maxBatch = 200, limits = outputLimits, overflowed = () => {}, timers = globalTimers, clock = now } = options
  const budget = new OutputBudget(limits)
  let queue: Chunk[] = []
  let lastFlush = 0
  let timer: unknown
  const flush = () => {
    if (timer !== undefined) timers.clearTimeout(timer)
    timer = undefined
    lastFlush = clock()
    if (queue.length === 0) return
    const chunks = queue
    queue = []
    post(chunks)
  }
  return {
    write(stream, text) {
      if (!text || budget.exceeded) return
      const at = clock()
      queue.push(...budget.take([{ stream, text, at }]))
      if (budget.exceeded) {
        flush()
        overflowed()
      } else if (queue.length >= maxBatch || at - lastFlush >= intervalMs) flush()
      else timer ??= timers.setTimeout(flush, intervalMs)
    },
    flush,
  }
}
