// A recorded run for the step-through: the recorder's JSON (playground/python/recorder.py), checked and named. It is untrusted input.

export type StepKind = 'start' | 'resume' | 'yield' | 'return' | 'unwind' | 'line'
export const stepKinds: readonly StepKind[] = ['start', 'resume', 'yield', 'return', 'unwind', 'line']

export type FuncKind = 'module' | 'function' | 'coroutine' | 'async-generator' | 'generator'
const funcKinds: readonly string[] = ['module', 'function', 'coroutine', 'async-generator', 'generator'] satisfies FuncKind[]

/** What a task does at a step. `until`: when a sleeping task wakes, in ms of the trace's clock; `task`: the task it awaits. */
export type TaskState =
  | { state: 'running' }
  | { state: 'waiting'; chain: string[]; on: 'ready' | 'sleep' | 'task' | 'future'; until: number | null; task: number | null }
  | { state: 'done'; outcome: 'result' | 'cancelled' | 'exception'; value: string | null }

/** A yield that suspends the frame (`await`) or hands a value on; a return's value; the exception a frame unwinds with. */
export type StepDetail = { what: 'await' } | { what: 'value'; value: string | null } | { what: 'raise'; error: string }

export interface Step {
  kind: StepKind
  /** The function's co_qualname, `<module>` for the program's top level. */
  func: string
  funcKind: FuncKind
  line: number
  /** Which activation of the function: the same number from its start to its end. */
  frame: number
  /** Index into `Trace.tasks`, or null outside any task of the program. */
  task: number | null
  /** The loop's clock, in ms from the first step. */
  ms: number
  /** How many characters of `Trace.output` were printed before this step. */
  out: number
  locals: [name: string, value: string][]
  /** Every task known so far, by index into `Trace.tasks`. */
  tasks: TaskState[]
  detail: StepDetail | null
}

export interface TraceTask {
  name: string
  /** The qualname of the coroutine the task runs. */
  coro: string | null
}

/** An `async for` of the program: the function it is in and its lines (inclusive ranges). */
export interface AsyncForRegion {
  func: string
  header: [number, number]
  body: [number, number] | null
  orelse: [number, number] | null
}

export interface Trace {
  source: string
  steps: Step[]
  tasks: TraceTask[]
  regions: AsyncForRegion[]
  output: { stream: 'stdout' | 'stderr'; text: string }[]
  /** The recorder stopped at `limit` steps; the program ran on unrecorded. */
  cut: boolean
  limit: number
}

const isInt = (value: unknown): value is number => Number.isSafeInteger(value)
const isText = (value: unknown): value is string => typeof value === 'string'
const textOrNull = (value: unknown): string | null => (isText(value) ? value : null)
const range = (value: unknown): [number, number] | null =>
  Array.isArray(value) && value.length === 2 && isInt(value[0]) && isInt(value[1]) ? [value[0], value[1]] : null

function readTaskState(value: unknown): TaskState | null {
  if (!Array.isArray(value)) return null
  const [state, a, b, c, d] = value
  if (state === 'running') return { state }
  if (state === 'waiting' && Array.isArray(a) && a.every(isText) && ['ready', 'sleep', 'task', 'future'].includes(b))
    return { state, chain: a, on: b, until: Number.isFinite(c) ? c : null, task: isInt(d) ? d : null }
  if (state === 'done' && ['result', 'cancelled', 'exception'].includes(a)) return { state, outcome: a, value: textOrNull(b) }
  return null
}

function readDetail(value: unknown): StepDetail | null {
  if (!Array.isArray(value)) return null
  if (value[0] === 'await') return { what: 'await' }
  if (value[0] === 'value') return { what: 'value', value: textOrNull(value[1]) }
  if (value[0] === 'raise' && isText(value[1])) return { what: 'raise', error: value[1] }
  return null
}

class Malformed extends Error {}
const fail = (): never => {
  throw new Malformed()
}
const int = (value: unknown, min = 0): number => (isInt(value) && value >= min ? value : fail())
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : fail())
const text = (value: unknown): string => (isText(value) ? value : fail())
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : fail())
const oneOf = <T>(value: unknown, options: readonly T[]): T => (options.includes(value as T) ? (value as T) : fail())
const found = <T>(value: T | null | undefined): T => value ?? fail()

/** The trace in `json`, or null when it is not one. */
export function readTrace(json: string): Trace | null {
  try {
    const raw = JSON.parse(json)
    if (typeof raw !== 'object' || raw === null) return null
    const funcs = list(raw.funcs).map((func) => {
      const [name, kind] = list(func)
      return { name: text(name), kind: oneOf(kind, funcKinds) as FuncKind }
    })
    const snapshots = list(raw.snapshots).map((snapshot) => list(snapshot).map((state) => found(readTaskState(state))))
    const tasks: TraceTask[] = list(raw.tasks).map((task) => {
      const [name, coro] = list(task)
      return { name: text(name), coro: textOrNull(coro) }
    })
    const steps: Step[] = list(raw.steps).map((step) => {
      const [kind, func, line, frame, task, ms, out, locals, snapshot, detail] = list(step)
      const { name, kind: funcKind } = found(funcs[int(func)])
      return {
        kind: oneOf(kind, stepKinds),
        func: name,
        funcKind,
        line: int(line),
        frame: int(frame),
        task: task === null ? null : int(task) < tasks.length ? (task as number) : fail(),
        ms: num(ms),
        out: int(out),
        locals: list(locals).map((pair) => {
          const [key, value] = list(pair)
          return [text(key), text(value)] as [string, string]
        }),
        tasks: found(snapshots[int(snapshot)]),
        detail: readDetail(detail),
      }
    })
    const regions: AsyncForRegion[] = list(raw.regions).map((region: any) => ({
      func: text(region?.func),
      header: found(range(region.header)),
      body: range(region.body),
      orelse: range(region.orelse),
    }))
    const output = list(raw.output).map((piece) => {
      const [stream, content] = list(piece)
      return { stream: oneOf(stream, ['stdout', 'stderr'] as const), text: text(content) }
    })
    return { source: text(raw.source), steps, tasks, regions, output, cut: raw.cut === true, limit: isInt(raw.limit) ? raw.limit : steps.length }
  } catch (error) {
    if (error instanceof Malformed || error instanceof SyntaxError) return null
    throw error
  }
}

/** Everything the program printed, as one text. */
export function outputText(trace: Trace): string {
  return trace.output.map((piece) => piece.text).join('')
}
