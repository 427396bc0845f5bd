// What a screen reader hears about a run: state changes, and new output summed up, not line by line.
import type { Line } from './transcript'

const maxSpoken = 120

/** One announcement for the lines printed since the last one: the line itself, or how many and the last. */
export function announceLines(lines: readonly Line[], words: { newLines: (count: number) => string }): string {
  if (lines.length === 0) return ''
  const last = lines.at(-1)!.text.slice(0, maxSpoken)
  return lines.length === 1 ? last : `${words.newLines(lines.length)} ${last}`
}
