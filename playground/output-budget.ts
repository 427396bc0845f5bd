// How much one run may print: a budget of lines and characters, so a flood of output stays small.
import { limits } from './limits'
import type { Chunk } from './protocol'

export interface OutputLimits {
  maxLines: number
  maxChars: number
}

/** One run's budget, enforced in the worker, again in the sandbox host, and shown by the page. */
export const outputLimits: OutputLimits = { maxLines: limits.outputLines, maxChars: limits.outputChars }

/**
 * Lets printed text through until the run has printed `maxLines` lines or `maxChars` characters.
 * Whatever goes past that is cut off and `exceeded` becomes true: from then on nothing passes.
 */
export class OutputBudget {
  private lines = 0
  private chars = 0
  exceeded = false

  constructor(private readonly limits: OutputLimits = outputLimits) {}

  /** The part of `chunks` within the budget, in order. */
  take(chunks: readonly Chunk[]): Chunk[] {
    const kept: Chunk[] = []
    for (const chunk of chunks) {
      if (this.exceeded) break
      const text = this.fit(chunk.text)
      if (text) kept.push({ ...chunk, text })
    }
    return kept
  }

  private fit(text: string): string {
    let end = this.lines >= this.limits.maxLines ? 0 : Math.min(text.length, this.limits.maxChars - this.chars)
    for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
      if (++this.lines === this.limits.maxLines) end = at + 1
    }
    if (end < text.length) this.exceeded = true
    this.chars += end
    return text.slice(0, end)
  }
}
