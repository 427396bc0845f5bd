// Which line of the `async for` expansion (components/desugar/desugaring.ts) each recorded step is at.
import type { AsyncForRegion, Step, Trace } from './trace'

/** Where a step is in an `async for`, as the expansion names it. */
export type DesugarPhase = 'iter' | 'aiter' | 'anext' | 'exhausted' | 'body' | 'else'

/** The 1-based line of the expansion (the language reference's 13 lines) for each phase. */
export const desugarLine: Record<DesugarPhase, number> = { iter: 1, aiter: 2, anext: 7, exhausted: 9, body: 11, else: 13 }

export interface DesugarPoint {
  phase: DesugarPhase
  region: AsyncForRegion
}

interface Context extends DesugarPoint {
  frame: number
}

const within = (line: number, span: [number, number] | null) => span !== null && line >= span[0] && line <= span[1]

/** The regions of `func` that hold `line`, outermost first. */
function regionsAt(regions: AsyncForRegion[], func: string, line: number): AsyncForRegion[] {
  return regions
    .filter((region) => region.func === func && [region.header, region.body, region.orelse].some((span) => within(line, span)))
    .sort((a, b) => a.header[0] - b.header[0])
}

/** The phase of a step of the frame running the loop, from where its line is in the loop. */
function ownPhase(step: Step, region: AsyncForRegion, before: DesugarPhase | undefined): DesugarPhase {
  if (within(step.line, region.body)) return 'body'
  if (within(step.line, region.orelse)) return 'else'
  // At the header: the first time, ITER is evaluated; afterwards, and whenever the frame awaits there, __anext__.
  if (step.kind === 'yield' || step.kind === 'resume') return 'anext'
  if (!before) return 'iter'
  return before === 'iter' || before === 'aiter' ? before : 'anext'
}

const isSpecial = (step: Step, name: string) => step.func === name || step.func.endsWith(`.${name}`)

/** The phase of a step in another frame of the task while the loop waits on it (ITER, __aiter__, __anext__ or the body's calls). */
function innerPhase(step: Step, context: Context): DesugarPhase {
  const { phase } = context
  if (phase === 'iter' && step.kind === 'start' && isSpecial(step, '__aiter__')) return (context.phase = 'aiter')
  if ((phase === 'iter' || phase === 'aiter') && step.kind === 'start' && (isSpecial(step, '__anext__') || step.funcKind === 'async-generator'))
    context.phase = 'anext'
  if (context.phase !== 'anext') return context.phase
  // The iterator is exhausted: the async generator finished, or __anext__ raised StopAsyncIteration.
  const finished = step.kind === 'return' && step.funcKind === 'async-generator'
  const stopped = step.kind === 'unwind' && step.detail?.what === 'raise' && step.detail.error.startsWith('StopAsyncIteration')
  return finished || stopped ? 'exhausted' : 'anext'
}

/**
 * For each step, the `async for` it belongs to and where in its expansion it is, or null. A step of
 * the frame that runs the loop is placed by its line; a step of another frame of the same task (the
 * async generator, `__anext__`, a function the body awaits) belongs to what that loop waits on.
 */
export function desugarPoints(trace: Pick<Trace, 'steps' | 'regions'>): (DesugarPoint | null)[] {
  /** Per task, the loops its frames are in, the frame running the outermost first. */
  const stacks = new Map<number | null, Context[]>()
  /** Per frame, the loops it is in (an async generator keeps them while it is suspended). */
  const loops = new Map<number, Context[]>()
  return trace.steps.map((step) => {
    let stack = stacks.get(step.task)
    if (!stack) stacks.set(step.task, (stack = []))
    const own = stack.findIndex((context) => context.frame === step.frame)
    if (own >= 0) stack.splice(own)
    const regions = regionsAt(trace.regions, step.func, step.line)
    if (regions.length === 0) {
      loops.delete(step.frame)
      if (own >= 0 || stack.length === 0) return null
      const context = stack[stack.length - 1]
      return { phase: innerPhase(step, context), region: context.region }
    }
    const previous = loops.get(step.frame) ?? []
    const contexts = regions.map((region) => ({
      frame: step.frame,
      region,
      phase: ownPhase(step, region, previous.find((context) => context.region === region)?.phase),
    }))
    // A frame that ends leaves its loops.
    if (step.kind === 'return' || step.kind === 'unwind') loops.delete(step.frame)
    else {
      loops.set(step.frame, contexts)
      stack.push(...contexts)
    }
    const innermost = contexts[contexts.length - 1]
    return { phase: innermost.phase, region: innermost.region }
  })
}
