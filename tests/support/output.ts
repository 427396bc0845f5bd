// What a run must print to match its page: the output fence exactly, or for ` ```output varies ` its lines up to numbers and order.

/** Drops the newline that ends the last printed line, as a fence drops it. */
export const trimEnd = (text: string): string => text.replace(/\n$/, '')

/** A number as a program prints it: an integer, a decimal, a memory address. */
const number = /0x[0-9a-f]+|\d+(?:\.\d+)?/gi

/**
 * The lines of an output that varies, in the form every run shares: each number masked as `#`
 * (timings, addresses, random values) and the lines sorted (tasks that race print in any order).
 */
export function varyingLines(output: string): string[] {
  return trimEnd(output)
    .split('\n')
    .map((line) => line.replace(number, '#'))
    .sort()
}
