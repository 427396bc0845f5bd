// A runner's state for a component: runs code in the page's sandbox, collects and paces its output.
import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { withBase } from 'vitepress'
import { announceLines } from '../../playground/announce'
import { limits } from '../../playground/limits'
import type { NoticeKey, Verdict } from '../../playground/protocol'
import { pageSandbox, type RunOptions, type StopReason } from '../../playground/session'
import type { Lang } from '../../playground/share'
import { readTrace, type Trace } from '../../playground/trace/trace'
import { Transcript, type Line } from '../../playground/transcript'
import type { RunnerStrings } from '../strings'

export type RunnerState = 'idle' | 'loading' | 'running' | 'done' | 'error' | 'stopped'
/** What the output says besides the printed lines; 'load-failed' comes with a way to try again. */
export type Notice = NoticeKey | Exclude<StopReason, 'stop'> | 'load-failed'

const announceEveryMs = 1500
const linesPerFrame = 200

const sandbox = () => pageSandbox(new URL(withBase('/'), location.href).href)

/**
 * `?no-jspi` in the page's address runs Python as browsers without WebAssembly stack switching
 * (Safari) must, so that path can be tried and tested in any browser.
 */
const pageOptions = (): RunOptions => ({ noJspi: new URLSearchParams(location.search).has('no-jspi') })
const now = () => performance.timeOrigin + performance.now()

export function useRunner(lang: () => Lang, words: () => RunnerStrings) {
  const state = ref<RunnerState>('idle')
  const lines = shallowRef<Line[]>([])
  const notices = ref<Notice[]>([])
  /** What a runtime that crashed or could not load said about it, as it said it. */
  const detail = ref('')
  const elapsedMs = ref(0)
  const announcement = ref('')
  /** The last recorded run, for the step-through; null when there is none to show. */
  const trace = shallowRef<Trace | null>(null)
  /** An exercise's verdict on the last checked run; null until one came. */
  const verdict = shallowRef<Verdict | null>(null)
  let handle: { stop(reason?: StopReason): void } | undefined
  let frame = 0
  let clock: ReturnType<typeof setInterval> | undefined
  let spokenUpTo = 0
  let lastSpoken = 0
  let transcript: Transcript | undefined

  const say = (text: string) => {
    if (!text) return
    announcement.value = text
    lastSpoken = now()
  }

  /**
   * Shows the lines printed so far, at most `linesPerFrame` more than last time, as a fresh array
   * (components receive it as a prop). A flood of output then costs the page a little per frame.
   */
  const publish = () => {
    const all = transcript?.lines ?? []
    lines.value = all.slice(0, lines.value.length + linesPerFrame)
    if (lines.value.length < all.length) showLines()
  }

  /** New lines reach the page once per animation frame, whatever the program prints. */
  const showLines = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0
      publish()
      const printed = transcript?.lines ?? []
      if (now() - lastSpoken >= announceEveryMs && printed.length > spokenUpTo) {
        say(announceLines(printed.slice(spokenUpTo), words()))
        spokenUpTo = printed.length
      }
    })
  }

  const finish = (next: RunnerState) => {
    clearInterval(clock)
    handle = undefined
    state.value = next
    publish()
    const printed = transcript?.lines ?? []
    const unspoken = printed.slice(spokenUpTo)
    spokenUpTo = printed.length
    say([announceLines(unspoken, words()), words().states[next]].filter(Boolean).join('. '))
  }

  function prepare(): void {
    sandbox().prepare(lang())
  }

  function run(code: string, options: RunOptions = pageOptions()): void {
    handle?.stop('superseded')
    const startedAt = now()
    const runTranscript = new Transcript(startedAt)
    transcript = runTranscript
    lines.value = []
    notices.value = []
    detail.value = ''
    trace.value = null
    verdict.value = null
    elapsedMs.value = 0
    spokenUpTo = 0
    state.value = sandbox().isReady(lang()) ? 'running' : 'loading'
    say(words().states[state.value])
    const current = sandbox().run(
      lang(),
      code,
      {
        started() {
          state.value = 'running'
          const programStart = now()
          clock = setInterval(() => {
            elapsedMs.value = now() - programStart
            if (elapsedMs.value >= limits.timeMs) current.stop('time-limit')
          }, 100)
        },
        output(chunks) {
          for (const chunk of chunks) {
            if (!runTranscript.write(chunk)) {
              current.stop('output-limit')
              break
            }
          }
          showLines()
        },
        notice(notice) {
          notices.value = [...notices.value, notice]
        },
        traced(json) {
          trace.value = readTrace(json)
        },
        judged(judgement) {
          verdict.value = judgement
        },
        exited(outcome) {
          finish(outcome)
        },
        stopped(reason, why) {
          if (reason !== 'stop') notices.value = [...notices.value, reason]
          detail.value = why ?? ''
          finish('stopped')
        },
        unavailable(why) {
          notices.value = [...notices.value, 'load-failed']
          detail.value = why ?? ''
          finish('error')
        },
      },
      options,
    )
    handle = current
  }

  /** Runs the program and records it, step by step, for the step-through. */
  function record(code: string): void {
    run(code, { ...pageOptions(), trace: true })
  }

  /** Runs the program, then an exercise's hidden checks on what it defined. */
  function check(code: string, checks: string): void {
    run(code, { ...pageOptions(), check: checks })
  }

  function closeTrace(): void {
    trace.value = null
  }

  function stop(): void {
    handle?.stop('stop')
  }

  function clear(): void {
    stop()
    transcript = undefined
    lines.value = []
    notices.value = []
    detail.value = ''
    trace.value = null
    verdict.value = null
    state.value = 'idle'
  }

  onBeforeUnmount(() => {
    handle?.stop('superseded')
    cancelAnimationFrame(frame)
    clearInterval(clock)
  })

  return { state, lines, notices, detail, elapsedMs, announcement, trace, verdict, prepare, run, record, check, closeTrace, stop, clear }
}
