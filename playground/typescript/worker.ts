// The TypeScript worker: types stripped by sucrase, one program run as a module inside the sandbox.
import { transform } from 'sucrase'
import type { Lang, RunnerEvent, WorkerCommand, WorkerLifecycle } from '../protocol'
import { privateSender, workerScope as self } from '../worker/scope'
import { createOutbox, type Outbox } from '../worker/outbox'
import { formatArgs } from './format'
import { trackTimers } from './timers'

const lang: Lang = 'typescript'
let post: (event: RunnerEvent | WorkerLifecycle) => void = () => {}
const timers = trackTimers(globalThis)

let outbox: Outbox | undefined
let failed = false
let moduleURL = ''

/** Blob URLs in stack traces and messages become `main.ts`, the name the reader knows. */
const located = (text: string) => (moduleURL ? text.split(moduleURL).join('main.ts') : text)

function printError(prefix: string, error: unknown) {
  failed = true
  const { name, message, stack } = (error ?? {}) as Error
  const frame = typeof stack === 'string' ? stack.split('\n').find((line) => moduleURL && line.includes(moduleURL)) : undefined
  const where = frame ? `\n    at ${located(frame.trim().replace(/^at\s+/, ''))}` : ''
  const text = name !== undefined && message !== undefined ? `${name}: ${message}` : formatArgs([error])
  outbox?.write('stderr', `${prefix}${located(text)}${where}\n`)
}

for (const [method, stream] of [['log', 'stdout'], ['info', 'stdout'], ['debug', 'stdout'], ['warn', 'stderr'], ['error', 'stderr']] as const) {
  console[method] = (...args: unknown[]) => outbox?.write(stream, `${formatArgs(args)}\n`)
}

self.addEventListener('error', (event) => {
  event.preventDefault()
  printError('Uncaught ', event.error ?? { name: 'Error', message: event.message })
})
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault()
  printError('Uncaught (in promise) ', event.reason)
})

/** Strips types as a program's run does, so the first run does not pay for the engine compiling sucrase. */
function warmUp(): void {
  transform('const warm: number = 1;\nconsole.log(warm);\n', { transforms: ['typescript'], disableESTransforms: true })
}

async function run(runId: number, code: string) {
  outbox = createOutbox((chunks) => post({ kind: 'output', lang, runId, chunks }), {
    timers: timers.own,
    overflowed: () => post({ kind: 'notice', lang, runId, notice: 'output-limit' }),
  })
  failed = false
  try {
    const js = transform(code, { transforms: ['typescript'], disableESTransforms: true }).code
    moduleURL = URL.createObjectURL(new Blob([js], { type: 'text/javascript' }))
    await import(/* @vite-ignore */ moduleURL)
    await timers.whenIdle()
  } catch (error) {
    const syntax = error instanceof SyntaxError || (error as Error)?.name === 'SyntaxError'
    printError(syntax ? '' : 'Uncaught ', error)
  }
  outbox.flush()
  // The host terminates this worker on exit: callbacks the program left behind end with it.
  post({ kind: 'exit', lang, runId, outcome: failed ? 'error' : 'done' })
}

self.onmessage = ({ data }: MessageEvent<WorkerCommand>) => {
  if (data.kind === 'init') {
    post = privateSender<RunnerEvent | WorkerLifecycle>(data.port)
    warmUp()
    post({ kind: 'loaded' })
  } else if (data.kind === 'run' && !outbox) void run(data.runId, data.code)
}
