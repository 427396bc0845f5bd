// What one run may use: time, printed output and memory; the runner enforces them and the pages quote them.

export const limits = {
  /** A run still going after this long is stopped. */
  timeMs: 30_000,
  /** Most lines a run may print; what it prints past that is cut off and the run stopped. */
  outputLines: 2000,
  /** Most characters a run may print, however few lines hold them. */
  outputChars: 200_000,
  /** WebAssembly memory a Python run may use before it gets MemoryError. */
  memoryMB: 1024,
  /** Most events the step-through records of one run; the program runs on past them, unrecorded. */
  traceSteps: 5000,
} as const

/** The memory limit in gigabytes, written as `locale` writes numbers. */
export const memoryGB = (locale: string) => (limits.memoryMB / 1024).toLocaleString(locale)
