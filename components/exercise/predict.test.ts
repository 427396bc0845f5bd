// A prediction matches what was printed whatever the trailing spaces and final blank lines, and a mismatch names its line.
import { describe, expect, it } from 'vitest'
import { comparePrediction } from './predict'

describe('comparePrediction', () => {
  it('accepts the same lines, with trailing spaces, Windows line ends or a final newline', () => {
    expect(comparePrediction('1\n2  \r\n3\n\n', '1\n2\n3\n')).toEqual({ same: true })
  })
  it('names the first line that differs, a missing line, an extra one', () => {
    expect(comparePrediction('1\n3\n', '1\n2\n')).toEqual({ same: false, line: 2, yours: '3', printed: '2' })
    expect(comparePrediction('1\n', '1\n2\n')).toEqual({ same: false, line: 2, yours: '', printed: '2' })
    expect(comparePrediction('1\n2\n', '1\n')).toEqual({ same: false, line: 2, yours: '2', printed: '' })
    expect(comparePrediction(' 1', '1')).toEqual({ same: false, line: 1, yours: ' 1', printed: '1' })
  })
})
