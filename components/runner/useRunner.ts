// A runner's state for a component: runs code in the page's sandbox, collects and paces its output.
import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { withBase } from 'vitepress'
import { announceLines } from '../../playground/announce'
import type { NoticeKey } from '../../playground/protocol'
import { pageSandbox, type RunOptions, type StopReason } from '../../playground/session'
import type { Lang } from '../../playground/share'
import { Transcript, type Line } from '../../playground/transcript'
import type { RunnerStrings } from '../strings'

export type RunnerState = 'idle' | 'loading' | 'running' | 'done' | 'error' | 'stopped'
export type Notice = NoticeKey | Exclude<StopReason, 'stop'>

export const defaultTimeLimitMs = 30_000
const announceEveryMs = 1500

const sandbox = () => pageSandbox(withBase('/sandbox/index.html'))
const now = () => performance.timeOrigin + performance.now()

export function useRunner(lang: () => Lang, words: () => RunnerStrings, timeLimitMs = defaultTimeLimitMs) {
  const state = ref<RunnerState>('idle')
  const lines = shallowRef<Line[]>([])
  const notices = ref<Notice[]>([])
  const elapsedMs = ref(0)
  const announcement = ref('')
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

  /** A fresh array, so components that receive the lines as a prop render them. */
  const publish = () => {
    lines.value = transcript ? transcript.lines.slice() : []
  }

  /** New lines reach the page once per animation frame, whatever the program prints. */
  const showLines = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0
      publish()
      if (now() - lastSpoken >= announceEveryMs && lines.value.length > spokenUpTo) {
        say(announceLines(lines.value.slice(spokenUpTo), words()))
        spokenUpTo = lines.value.length
      }
    })
  }

  const finish = (next: RunnerState) => {
    clearInterval(clock)
    handle = undefined
    state.value = next
    publish()
    const unspoken = lines.value.slice(spokenUpTo)
    spokenUpTo = lines.value.length
    say([announceLines(unspoken, words()), words().states[next]].filter(Boolean).join('. '))
  }

  function prepare(): void {
    sandbox().prepare(lang())
  }

  function run(code: string, options: RunOptions = {}): void {
    handle?.stop('superseded')
    const startedAt = now()
    const runTranscript = new Transcript(startedAt)
    transcript = runTranscript
    publish()
    notices.value = []
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
            if (elapsedMs.value >= timeLimitMs) current.stop('time-limit')
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
        exited(outcome) {
          finish(outcome)
        },
        stopped(reason) {
          if (reason !== 'stop') notices.value = [...notices.value, reason]
          finish('stopped')
        },
      },
      options,
    )
    handle = current
  }

  function stop(): void {
    handle?.stop('stop')
  }

  function clear(): void {
    stop()
    transcript = undefined
    lines.value = []
    notices.value = []
    state.value = 'idle'
  }

  onBeforeUnmount(() => {
    handle?.stop('superseded')
    cancelAnimationFrame(frame)
    clearInterval(clock)
  })

  return { state, lines, notices, elapsedMs, announcement, prepare, run, stop, clear }
}
