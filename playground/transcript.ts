// What a run printed, as lines: text split on newlines, streams kept apart, capped in size.
import { outputLimits } from './output-budget'
import type { Chunk, Stream } from './protocol'

export interface Line {
  stream: Stream
  text: string
  /** Milliseconds from pressing Run to the line's first character. */
  t: number
}

export interface TranscriptLimits {
  maxLines: number
  maxLineLength: number
}

const defaultLimits: TranscriptLimits = { maxLines: outputLimits.maxLines, maxLineLength: 10_000 }

/**
 * Accumulates chunks into lines. A line stays open until its newline arrives, so
 * `print("a", end="")` followed by `print("b")` is one line `ab`; a chunk of the other stream
 * starts a new line. `write` returns false once the limits are passed: the run should stop.
 */
export class Transcript {
  readonly lines: Line[] = []
  private open = false
  overflowed = false

  constructor(private readonly startedAt: number, private readonly limits: TranscriptLimits = defaultLimits) {}

  write(chunk: Chunk): boolean {
    if (this.overflowed) return false
    const parts = chunk.text.split('\n')
    parts.forEach((part, index) => {
      const last = this.lines.at(-1)
      const continues = index === 0 && this.open && last?.stream === chunk.stream
      if (continues) last!.text += part
      else if (part !== '' || index < parts.length - 1) this.lines.push({ stream: chunk.stream, text: part, t: Math.max(0, Math.round(chunk.at - this.startedAt)) })
      this.open = index === parts.length - 1 ? part !== '' || continues : false
      const line = this.lines.at(-1)
      if (line && line.text.length > this.limits.maxLineLength) {
        line.text = line.text.slice(0, this.limits.maxLineLength)
        this.overflowed = true
      }
    })
    if (this.lines.length > this.limits.maxLines) {
      this.lines.length = this.limits.maxLines
      this.overflowed = true
    }
    return !this.overflowed
  }
}

/** Lines in consecutive groups of `size`, the last one shorter. */
export function blocksOf(lines: readonly Line[], size: number): Line[][] {
  const blocks: Line[][] = []
  for (let start = 0; start < lines.length; start += size) blocks.push(lines.slice(start, start + size))
  return blocks
}
