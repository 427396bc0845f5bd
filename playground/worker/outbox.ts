// Collects what a program prints and posts it in small batches, so output streams without flooding.
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

export interface Outbox {
  write(stream: Stream, text: string): void
  flush(): void
}

/**
 * Posts queued chunks at most every `intervalMs`; a program that prints without ever yielding
 * still gets its output out, because a write flushes when the interval has passed.
 */
export function createOutbox(post: (chunks: Chunk[]) => void, intervalMs = 16, timers: Timers = globalTimers): Outbox {
  let queue: Chunk[] = []
  let lastFlush = 0
  let timer: unknown
  const flush = () => {
    if (timer !== undefined) timers.clearTimeout(timer)
    timer = undefined
    lastFlush = now()
    if (queue.length === 0) return
    const chunks = queue
    queue = []
    post(chunks)
  }
  return {
    write(stream, text) {
      if (!text) return
      const at = now()
      queue.push({ stream, text, at })
      if (at - lastFlush >= intervalMs) flush()
      else timer ??= timers.setTimeout(flush, intervalMs)
    },
    flush,
  }
}
