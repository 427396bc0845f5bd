// What one run may use: time, printed output and memory; the runner enforces them and the pages quote them.
export const limits = { timeMs: 30_000, outputLines: 2000, outputChars: 200_000, memoryMB: 1024 }
