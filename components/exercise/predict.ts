// Compares a reader's prediction with what the program printed, line by line, forgiving trailing spaces and blank lines.

export type Comparison = { same: true } | { same: false; line: number; yours: string; printed: string }

const linesOf = (text: string) => text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd()).join('\n').replace(/\n+$/, '').split('\n')

export function comparePrediction(prediction: string, printed: string): Comparison {
  const yours = linesOf(prediction)
  const actual = linesOf(printed)
  for (let i = 0; i < Math.max(yours.length, actual.length); i++) {
    if (yours[i] !== actual[i]) return { same: false, line: i + 1, yours: yours[i] ?? '', printed: actual[i] ?? '' }
  }
  return { same: true }
}
