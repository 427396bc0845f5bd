// Reading a recorded run: what the recorder writes becomes named steps; anything else is refused.
import { describe, expect, it } from 'vitest'
import { outputText, readTrace } from './trace'

const recorded = {
  source: 'print(1)\n',
  funcs: [['<module>', 'module'], ['main', 'coroutine']],
  steps: [
    ['start', 0, 1, 0, null, 0, 0, [], 0, null],
    ['yield', 1, 3, 1, 0, 1.5, 2, [['x', '1']], 1, ['await']],
    ['unwind', 1, 4, 1, 0, 2, 2, [], 2, ['raise', 'ValueError: bad']],
  ],
  tasks: [['Task-1', 'main']],
  snapshots: [[], [['running']], [['done', 'exception', 'ValueError']]],
  regions: [{ func: 'main', header: [2, 2], body: [3, 3], orelse: null }],
  output: [['stdout', '1\n'], ['stderr', 'oops']],
  cut: false,
  limit: 5000,
}

describe('readTrace', () => {
  it('names what the recorder wrote', () => {
    const trace = readTrace(JSON.stringify(recorded))!
    expect(trace.steps[1]).toEqual({
      kind: 'yield', func: 'main', funcKind: 'coroutine', line: 3, frame: 1, task: 0, ms: 1.5, out: 2,
      locals: [['x', '1']], tasks: [{ state: 'running' }], detail: { what: 'await' },
    })
    expect(trace.steps[2].tasks).toEqual([{ state: 'done', outcome: 'exception', value: 'ValueError' }])
    expect(trace.steps[2].detail).toEqual({ what: 'raise', error: 'ValueError: bad' })
    expect(trace.regions).toEqual([{ func: 'main', header: [2, 2], body: [3, 3], orelse: null }])
    expect(outputText(trace)).toBe('1\noops')
  })

  it.each([
    ['not JSON', '{'],
    ['not an object', '[]'],
    ['a step of an unknown kind', JSON.stringify({ ...recorded, steps: [['jump', 0, 1, 0, null, 0, 0, [], 0, null]] })],
    ['a step in a function it does not list', JSON.stringify({ ...recorded, steps: [['start', 7, 1, 0, null, 0, 0, [], 0, null]] })],
    ['a step in a task it does not list', JSON.stringify({ ...recorded, steps: [['start', 0, 1, 0, 3, 0, 0, [], 0, null]] })],
    ['a task state it does not know', JSON.stringify({ ...recorded, snapshots: [[['sleeping']], [], []] })],
    ['a value that is not text', JSON.stringify({ ...recorded, steps: [['start', 0, 1, 0, null, 0, 0, [['x', { html: '<b>' }]], 0, null]] })],
    ['output on a third stream', JSON.stringify({ ...recorded, output: [['stdin', 'x']] })],
  ])('refuses %s', (_, json) => {
    expect(readTrace(json)).toBeNull()
  })
})
