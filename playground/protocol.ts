// The messages between the page, the sandbox host (an opaque-origin iframe) and its workers.
import type { RuntimeFiles } from './sandbox/runtime-files'
import type { Lang } from './share'

export type { Lang }
export type Stream = 'stdout' | 'stderr'

/** A piece of printed text, `at` in epoch milliseconds (performance.timeOrigin + now()). */
export interface Chunk {
  stream: Stream
  text: string
  at: number
}

/** Things a runtime tells the reader about a run besides what the program printed. */
export type NoticeKey = 'asyncio-rewritten' | 'memory-limit' | 'output-limit'
const noticeKeys: readonly unknown[] = ['asyncio-rewritten', 'memory-limit', 'output-limit'] satisfies NoticeKey[]

/**
 * How a run goes: `noJspi` as browsers without WebAssembly stack switching must; `trace` records it
 * for the step-through; `check`, an exercise's hidden checks, run after the program in its namespace.
 */
export interface RunFlags {
  noJspi?: boolean
  trace?: boolean
  check?: string
}

/** An exercise's verdict: from its checks, never from what the program printed. */
export type Verdict =
  | { passed: true }
  /**
   * `exit`: the program ended itself (sys.exit) before the checks; `error`: it raised; `assert`: a
   * check failed, `detail` its message; `check-error`: a check could not run (a name is missing…).
   */
  | { passed: false; reason: 'exit' | 'error' | 'assert' | 'check-error'; detail: string }

/** The largest recorded run (JSON characters) the page accepts. */
export const maxTraceChars = 32_000_000

/** Page → host. */
export type HostCommand =
  /** Have a fresh runtime ready for the next run (the reader hovered, focused or opened a runner). */
  | { kind: 'prepare'; lang: Lang }
  | ({ kind: 'run'; lang: Lang; runId: number; code: string } & RunFlags)
  | { kind: 'stop'; lang: Lang; runId: number }
  /** Are you there? The host answers `{ kind: 'alive' }`. */
  | { kind: 'ping' }
  /** The answer to `need-files`: every file a runtime of `lang` needs, or why the page could not get them. */
  | { kind: 'files'; lang: Lang; files?: RuntimeFiles; error?: string }

/**
 * Host → worker: the first message a worker gets, then one run. `port` is the worker's private line
 * back to the host; the worker's own postMessage, which the reader's code can call too, is ignored.
 * `snapshot`: for Python, the memory its runtime is restored from, got once by the host; `files`: for
 * Python, Pyodide's files by name, which the worker loads as if from `runtimeURL`.
 */
export type WorkerCommand =
  | {
      kind: 'init'
      runtimeURL: string
      memoryLimitMB: number
      port: MessagePort
      /** Python: Pyodide's files by name, its WebAssembly compiled, and the memory snapshot as served (gzipped or not). */
      files?: Record<string, Blob>
      wasm?: WebAssembly.Module
      snapshot?: Blob
    }
  | ({ kind: 'run'; runId: number; code: string } & RunFlags)

/** Worker → host, over the private port: the runtime loaded, or could not. Runs then post RunnerEvents. */
export type WorkerLifecycle = { kind: 'loaded' } | { kind: 'load-failed'; message: string }

/** Host → page. Untrusted: the reader's code can post anything from the worker. */
export type RunnerEvent =
  /** A fresh runtime waits for the next run. */
  | { kind: 'ready'; lang: Lang }
  /** The host, written into its frame by the page, asks it for the runtime's files (it answers with `files`). */
  | { kind: 'need-files'; lang: Lang }
  /** The run got its runtime and the program starts now. */
  | { kind: 'started'; lang: Lang; runId: number }
  | { kind: 'output'; lang: Lang; runId: number; chunks: Chunk[] }
  | { kind: 'notice'; lang: Lang; runId: number; notice: NoticeKey }
  | { kind: 'verdict'; lang: Lang; runId: number; verdict: Verdict }
  /** The run, step by step, as the recorder's JSON (playground/trace/trace.ts reads it); posted before `exit`. */
  | { kind: 'trace'; lang: Lang; runId: number; trace: string }
  | { kind: 'exit'; lang: Lang; runId: number; outcome: 'done' | 'error' }
  /** The runtime stopped under a running program. */
  | { kind: 'crash'; lang: Lang; runId: number; message: string }
  /** No runtime could be loaded for the run, after a few tries. */
  | { kind: 'unavailable'; lang: Lang; runId: number; message: string }

const isLang = (value: unknown): value is Lang => value === 'python' || value === 'typescript'
const isRunId = (value: unknown): value is number => Number.isSafeInteger(value)

function isChunk(value: unknown): value is Chunk {
  const chunk = value as Chunk
  return (
    typeof chunk === 'object' && chunk !== null &&
    (chunk.stream === 'stdout' || chunk.stream === 'stderr') &&
    typeof chunk.text === 'string' && Number.isFinite(chunk.at)
  )
}

const failReasons: readonly unknown[] = ['exit', 'error', 'assert', 'check-error']

function readVerdict(value: unknown): Verdict | null {
  const verdict = value as Verdict
  if (typeof verdict !== 'object' || verdict === null) return null
  if (verdict.passed === true) return { passed: true }
  if (verdict.passed === false && failReasons.includes(verdict.reason))
    return { passed: false, reason: verdict.reason, detail: String(verdict.detail ?? '').slice(0, 500) }
  return null
}

/** The event a message holds, or null for anything malformed. */
export function readEvent(data: unknown): RunnerEvent | null {
  const event = data as RunnerEvent
  if (typeof event !== 'object' || event === null || !isLang(event.lang)) return null
  const { kind, lang } = event
  if (kind === 'ready' || kind === 'need-files') return { kind, lang }
  if (!isRunId(event.runId)) return null
  const runId = event.runId
  switch (event.kind) {
    case 'started':
      return { kind: 'started', lang, runId }
    case 'output':
      return Array.isArray(event.chunks) && event.chunks.every(isChunk)
        ? { kind: 'output', lang, runId, chunks: event.chunks.map(({ stream, text, at }) => ({ stream, text, at })) }
        : null
    case 'notice':
      return noticeKeys.includes(event.notice) ? { kind: 'notice', lang, runId, notice: event.notice } : null
    case 'verdict': {
      const verdict = readVerdict(event.verdict)
      return verdict ? { kind: 'verdict', lang, runId, verdict } : null
    }
    case 'trace':
      return typeof event.trace === 'string' && event.trace.length <= maxTraceChars ? { kind: 'trace', lang, runId, trace: event.trace } : null
    case 'exit':
      return event.outcome === 'done' || event.outcome === 'error' ? { kind: 'exit', lang, runId, outcome: event.outcome } : null
    case 'crash':
    case 'unavailable':
      return { kind: event.kind, lang, runId, message: String(event.message).slice(0, 500) }
    default:
      return null
  }
}
