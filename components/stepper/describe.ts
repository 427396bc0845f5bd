// The step-through's words for a step: what happens, where, in which task, and each task's state.
import type { Step, TaskState, Trace } from '../../playground/trace/trace'
import type { StepperStrings } from './strings'

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** `main()`, `Countdown.__anext__()`, or the program for its top level. */
export function funcLabel(step: Pick<Step, 'func' | 'funcKind'>, words: StepperStrings): string {
  return step.funcKind === 'module' ? words.program : `${step.func}()`
}

/** What the step is, as a sentence without its full stop; a function's name is kept as the code spells it. */
export function eventText(step: Step, words: StepperStrings): string {
  const sentence = eventSentence(step, words)
  return step.funcKind === 'module' ? capitalize(sentence) : sentence
}

function eventSentence(step: Step, words: StepperStrings): string {
  const func = funcLabel(step, words)
  const { events } = words
  const detail = step.detail
  switch (step.kind) {
    case 'start':
      return events.start(func)
    case 'resume':
      return events.resume(func)
    case 'yield':
      if (detail?.what === 'await') return events.await(func)
      if (detail?.what === 'value' && detail.value !== null && step.funcKind === 'generator') return events.yieldPlain(func, detail.value)
      return events.yieldValue(func)
    case 'return':
      return events.return(func, detail?.what === 'value' && detail.value !== null ? detail.value : 'None')
    case 'unwind':
      return events.unwind(func, detail?.what === 'raise' ? detail.error : '?')
    case 'line':
      return events.line(func)
  }
}

/** Which task a step runs in. */
export function whereText(step: Step, trace: Pick<Trace, 'tasks'>, words: StepperStrings): string {
  return step.task === null ? words.where.topLevel : words.where.task(trace.tasks[step.task].name)
}

/** One line for a screen reader and the stepper's heading: position, event, line, task, clock. */
export function stepSummary(trace: Trace, index: number, words: StepperStrings): string {
  const step = trace.steps[index]
  return words.summary({
    position: words.position(index + 1, trace.steps.length),
    event: eventText(step, words),
    line: words.line(step.line),
    where: whereText(step, trace, words),
    ms: words.ms(step.ms),
  })
}

/** A task's state in words, e.g. "waiting: sleeps until 30 ms, through anext()". */
export function taskStateText(state: TaskState, trace: Pick<Trace, 'tasks'>, words: StepperStrings): string {
  if (state.state === 'running') return words.states.running
  if (state.state === 'done') {
    const how = state.outcome === 'cancelled' ? words.done.cancelled : state.outcome === 'exception' ? words.done.exception(state.value ?? '?') : words.done.result(state.value ?? 'None')
    return words.taskState(words.states.done, how)
  }
  const on =
    state.on === 'sleep' && state.until !== null ? words.waiting.sleep(words.ms(state.until))
    : state.on === 'task' && state.task !== null && trace.tasks[state.task] ? words.waiting.task(trace.tasks[state.task].name)
    : state.on === 'ready' ? words.waiting.ready
    : words.waiting.future
  const via = state.chain.length ? words.waiting.via(state.chain.join(' → ')) : ''
  return words.taskState(words.states.waiting, `${on}${via}`)
}

/** What was printed before step `index`; at the last step, everything the program printed. */
export function outputUpTo(trace: Pick<Trace, 'output' | 'steps'>, index: number): { stream: 'stdout' | 'stderr'; text: string }[] {
  const limit = index >= trace.steps.length - 1 ? Infinity : trace.steps[index].out
  const pieces = []
  let used = 0
  for (const piece of trace.output) {
    if (used >= limit) break
    const text = piece.text.slice(0, limit - used)
    used += text.length
    if (text) pieces.push({ stream: piece.stream, text })
  }
  return pieces
}
