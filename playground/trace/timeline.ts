// The tasks of a recorded run over the loop's clock: when each existed, and when it ran.
import type { Trace } from './trace'

export interface Run {
  from: number
  to: number
  /** The steps of this run, first and last (inclusive). */
  firstStep: number
  lastStep: number
}

export interface Lane {
  /** Index into `Trace.tasks`, or null for the program's top level, outside any task. */
  task: number | null
  /** From when the task is known to when it is done (or the trace ends), in ms. */
  from: number
  to: number
  /** When it ran; the rest of [from, to] it was suspended. */
  runs: Run[]
}

export interface Timeline {
  lanes: Lane[]
  /** The clock at the last step, in ms. */
  end: number
}

export function timeline(trace: Pick<Trace, 'steps' | 'tasks'>): Timeline {
  const { steps } = trace
  const end = steps.length ? steps[steps.length - 1].ms : 0
  const lanes = new Map<number | null, Lane & { done: boolean }>()
  const lane = (task: number | null, from: number) => {
    let found = lanes.get(task)
    if (!found) lanes.set(task, (found = { task, from, to: end, runs: [], done: false }))
    return found
  }
  steps.forEach((step, index) => {
    step.tasks.forEach((state, task) => {
      const known = lane(task, step.ms)
      if (state.state === 'done' && !known.done) {
        known.to = step.ms
        known.done = true
      }
    })
    const own = lane(step.task, step.task === null ? 0 : step.ms)
    const last = own.runs[own.runs.length - 1]
    if (last && last.lastStep === index - 1) {
      last.to = step.ms
      last.lastStep = index
    } else own.runs.push({ from: step.ms, to: step.ms, firstStep: index, lastStep: index })
  })
  const ordered = [...lanes.values()].sort((a, b) => (a.task ?? -1) - (b.task ?? -1))
  return { lanes: ordered.map(({ task, from, to, runs }) => ({ task, from, to, runs })), end }
}
