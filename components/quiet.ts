// When the page is quiet enough for heavy background work, such as the service worker's download of the whole course.
export interface QuietSignals {
  /** Resolves once the page has loaded. */
  loaded(): Promise<void>
  /** Resolves once no runtime the page asked for is loading. */
  runtimesSettled(): Promise<void>
  wait(ms: number): Promise<void>
}

/** A moment to let the reader's first hover or click ask for a runtime; at most this long waiting for runtimes. */
export const quietTimes = { settleMs: 3000, longestMs: 30_000 }

/**
 * Resolves once the page has loaded, a moment has passed, and no runtime is loading (or it has loaded
 * that long): on a slow machine a runtime that loads beside a big download starts seconds later.
 */
export async function pageQuiet(signals: QuietSignals, times = quietTimes): Promise<void> {
  await signals.loaded()
  await signals.wait(times.settleMs)
  await Promise.race([signals.runtimesSettled(), signals.wait(times.longestMs)])
}
