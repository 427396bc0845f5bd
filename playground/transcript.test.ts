// Transcript: printed text becomes the lines the reader sees, with times, within limits.
import { describe, expect, it } from 'vitest'
import { blocksOf, Transcript } from './transcript'

const out = (text: string, at = 0) => ({ stream: 'stdout' as const, text, at })
const err = (text: string, at = 0) => ({ stream: 'stderr' as const, text, at })

describe('Transcript', () => {
  it('splits on newlines and times each line from the start of the run', () => {
    const transcript = new Transcript(1000)
    transcript.write(out('0\n', 1104))
    transcript.write(out('1\n2\n', 1206))
    expect(transcript.lines).toEqual([
      { stream: 'stdout', text: '0', t: 104 },
      { stream: 'stdout', text: '1', t: 206 },
      { stream: 'stdout', text: '2', t: 206 },
    ])
  })

  it('joins a line printed in pieces (print with end="")', () => {
    const transcript = new Transcript(0)
    transcript.write(out('a'))
    transcript.write(out('b'))
    transcript.write(out('c\nd\n'))
    expect(transcript.lines.map((l) => l.text)).toEqual(['abc', 'd'])
  })

  it('keeps stdout and stderr apart, in order', () => {
    const transcript = new Transcript(0)
    transcript.write(out('partial'))
    transcript.write(err('Traceback\n  File "main.py", line 1\n'))
    transcript.write(out('next\n'))
    expect(transcript.lines.map((l) => `${l.stream}:${l.text}`)).toEqual([
      'stdout:partial',
      'stderr:Traceback',
      'stderr:  File "main.py", line 1',
      'stdout:next',
    ])
  })

  it('keeps empty lines', () => {
    const transcript = new Transcript(0)
    transcript.write(out('a\n\nb\n'))
    expect(transcript.lines.map((l) => l.text)).toEqual(['a', '', 'b'])
  })

  it('stops at its limits and says so', () => {
    const transcript = new Transcript(0, { maxLines: 3, maxLineLength: 5 })
    expect(transcript.write(out('1\n2\n'))).toBe(true)
    expect(transcript.write(out('3\n4\n5\n'))).toBe(false)
    expect(transcript.lines.map((l) => l.text)).toEqual(['1', '2', '3'])
    const long = new Transcript(0, { maxLines: 3, maxLineLength: 5 })
    expect(long.write(out('x'.repeat(50)))).toBe(false)
    expect(long.lines[0].text).toBe('xxxxx')
  })
})

describe('blocksOf', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ stream: 'stdout' as const, text: String(i), t: 0 }))

  it('groups lines in order, the last group shorter', () => {
    expect(blocksOf(lines(5), 2).map((block) => block.map((line) => line.text))).toEqual([['0', '1'], ['2', '3'], ['4']])
  })

  it('gives no groups for no lines', () => {
    expect(blocksOf([], 100)).toEqual([])
  })
})
