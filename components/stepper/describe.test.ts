// The step-through's sentences: what a step is, where it runs, and what each task does.
import { describe, expect, it } from 'vitest'
import type { Step, Trace } from '../../playground/trace/trace'
import { eventText, outputUpTo, stepSummary, taskStateText } from './describe'
import { stepperStrings } from './strings'

const en = stepperStrings.en
const step = (fields: Partial<Step>): Step => ({
  kind: 'line', func: 'main', funcKind: 'coroutine', line: 1, frame: 0, task: null, ms: 0, out: 0, locals: [], tasks: [], detail: null, ...fields,
})
const trace = (steps: Step[]): Trace => ({
  source: '', steps, tasks: [{ name: 'Task-1', coro: 'main' }, { name: 'Task-2', coro: 'beat' }], regions: [], output: [{ stream: 'stdout', text: 'ab\n' }, { stream: 'stderr', text: 'cd\n' }], cut: false, limit: 5000,
})

describe('eventText', () => {
  it('tells an await from a value handed on, and keeps names as the code spells them', () => {
    expect(eventText(step({ kind: 'yield', detail: { what: 'await' } }), en)).toBe('main() is suspended at an await; the event loop runs whatever is ready')
    expect(eventText(step({ kind: 'yield', func: 'ticker', funcKind: 'async-generator', detail: { what: 'value', value: null } }), en)).toBe('ticker() yields a value: the waiting async for receives it')
    expect(eventText(step({ kind: 'yield', func: 'count', funcKind: 'generator', detail: { what: 'value', value: '3' } }), en)).toBe('count() yields 3')
    expect(eventText(step({ kind: 'start', func: '<module>', funcKind: 'module' }), en)).toBe('The program starts')
    expect(eventText(step({ kind: 'unwind', detail: { what: 'raise', error: 'CancelledError' } }), stepperStrings.fr)).toBe('main() se termine sur une exception\u00a0: CancelledError')
  })
})

describe('stepSummary', () => {
  it('says the position, the event, the line, the task and the clock in the page’s language', () => {
    const steps = [step({ line: 4 }), step({ kind: 'resume', line: 7, task: 1, ms: 12.345 })]
    expect(stepSummary(trace(steps), 1, en)).toBe('Step 2 of 2. main() resumes where it was suspended: line 7, in task Task-2, 12.3 ms.')
    expect(stepSummary(trace(steps), 0, stepperStrings.zh)).toBe('第 1 步，共 2 步。main() 执行这一行：第 4 行，在顶层，不属于任何任务，0 ms。')
  })
})

describe('taskStateText', () => {
  it('says what a waiting task waits on, through which awaits, and how a task ended', () => {
    const t = trace([])
    expect(taskStateText({ state: 'waiting', chain: ['anext()'], on: 'sleep', until: 30, task: null }, t, en)).toBe('waiting: sleeps until 30 ms, through anext()')
    expect(taskStateText({ state: 'waiting', chain: [], on: 'task', until: null, task: 1 }, t, en)).toBe('waiting: awaits task Task-2')
    expect(taskStateText({ state: 'waiting', chain: [], on: 'ready', until: null, task: null }, t, stepperStrings.ru)).toBe('ждёт: готова к запуску, её очередь ещё не пришла')
    expect(taskStateText({ state: 'done', outcome: 'cancelled', value: null }, t, en)).toBe('done: cancelled')
    expect(taskStateText({ state: 'done', outcome: 'result', value: '42' }, t, en)).toBe('done: returned 42')
  })
})

describe('outputUpTo', () => {
  it('shows what was printed before the step, and everything at the last step', () => {
    const t = trace([step({ out: 0 }), step({ out: 2 }), step({ out: 4 }), step({ out: 4 })])
    expect(outputUpTo(t, 0)).toEqual([])
    expect(outputUpTo(t, 1)).toEqual([{ stream: 'stdout', text: 'ab' }])
    expect(outputUpTo(t, 2)).toEqual([{ stream: 'stdout', text: 'ab\n' }, { stream: 'stderr', text: 'c' }])
    expect(outputUpTo(t, 3)).toEqual([{ stream: 'stdout', text: 'ab\n' }, { stream: 'stderr', text: 'cd\n' }])
  })
})
