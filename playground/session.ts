// The page's side of running code: one sandbox iframe per page, one program running at a time.
import { readEvent, type Chunk, type HostCommand, type Lang, type NoticeKey, type RunFlags, type Verdict } from './protocol'
import { runtimeVersion, scriptHash } from 'virtual:sandbox-host'
import { loadRuntimeFile, loadRuntimeFiles } from './runtime-store'
import type { RuntimeFiles } from './sandbox/runtime-files'
import { sandboxDocument } from './sandbox/frame-document'
import { hostScriptPath } from './sandbox/runtime-files'

/** Why a run ended without finishing by itself. */
export type StopReason = 'stop' | 'time-limit' | 'output-limit' | 'superseded' | 'crash' | 'sandbox-lost'

/** How often a running page asks the sandbox whether it is alive, and how long silence means it is gone. */
const pingEveryMs = 1000
const silenceMs = 4000

export interface RunListener {
  /** The program got a fresh runtime and starts. */
  started(): void
  output(chunks: Chunk[]): void
  notice(notice: NoticeKey): void
  /** The recorded run, for a run with `trace` (the recorder's JSON, untrusted). */
  traced(trace: string): void
  /** An exercise's verdict, for a run with `check`. */
  judged(verdict: Verdict): void
  exited(outcome: 'done' | 'error'): void
  /** `detail`: what the runtime said, for a crash (untrusted text, to show as text). */
  stopped(reason: StopReason, detail?: string): void
  /** No runtime could be loaded (offline, files missing): the run never started. `detail`: why, as the browser put it. */
  unavailable(detail?: string): void
}

/** `noJspi`: run as browsers without WebAssembly stack switching must (tests use it to try that path); `trace`: record the run. */
export type RunOptions = RunFlags

interface ActiveRun {
  id: number
  lang: Lang
  listener: RunListener
}

export class Sandbox {
  private loaded?: Promise<Window>
  private frame?: { element: HTMLIFrameElement; listener: (event: MessageEvent) => void }
  /** When the sandbox last gave a sign of life; 0 while it is still loading. */
  private lastHeard = 0
  /** Whether the sandbox host ever answered: a frame that loads but never does holds no host (a wrong base path). */
  private answered = false
  /** When the last unanswered ping left; 0 when none is waiting for its answer. */
  private pingSent = 0
  private watchdog?: ReturnType<typeof setInterval>
  private readonly ready = new Set<Lang>()
  /** The languages whose runtime the page asked for (prepare or run) and that is not loaded yet. */
  private readonly awaited = new Set<Lang>()
  private settledWaiters: (() => void)[] = []
  /** Each language's runtime files, read once the reader shows an interest; a failure is kept until the host has heard of it. */
  private readonly files = new Map<Lang, Promise<RuntimeFiles>>()
  private active?: ActiveRun
  private lastId = 0

  /** `site`: the site root's absolute URL, e.g. `https://example.org/course/`. */
  constructor(private readonly site: string) {}

  /** The sandbox's window; rejects when its host script cannot be had (offline, never used online). */
  private window(): Promise<Window> {
    if (!this.loaded) {
      this.loaded = this.createFrame()
      this.loaded.catch(() => (this.loaded = undefined))
    }
    return this.loaded
  }

  /**
   * The frame is written by the page (srcdoc), not loaded from the site: a sandboxed frame is an
   * opaque origin that the service worker does not serve, so offline it could not load by address.
   * Its host script is kept with the runtime's files.
   */
  private async createFrame(): Promise<Window> {
    const script = await (await loadRuntimeFile(this.site, hostScriptPath, runtimeVersion)).text()
    return new Promise((resolve) => {
      const element = document.createElement('iframe')
      // Scripts only: an opaque origin with no access to the site's storage, DOM, dialogs or navigation.
      element.setAttribute('sandbox', 'allow-scripts')
      element.setAttribute('aria-hidden', 'true')
      element.tabIndex = -1
      element.title = 'sandbox'
      element.style.display = 'none'
      element.srcdoc = sandboxDocument(this.site, script, scriptHash)
      element.addEventListener('load', () => {
        this.lastHeard = Date.now()
        resolve(element.contentWindow!)
      }, { once: true })
      const listener = (event: MessageEvent) => {
        if (event.source !== element.contentWindow) return
        this.lastHeard = Date.now()
        this.answered = true
        this.receive(event.data)
      }
      window.addEventListener('message', listener)
      this.frame = { element, listener }
      document.body.append(element)
    })
  }

  /**
   * While a program runs, the sandbox is asked for a sign of life every second. Its process can end
   * under the page (a program that allocates until the JavaScript engine gives up); a ping left
   * unanswered then means it is gone, and a fresh one takes its place. Only an unanswered ping
   * counts, so a background tab whose timers the browser slows down is not taken for dead.
   */
  private watch(): void {
    this.watchdog ??= setInterval(() => {
      const now = Date.now()
      if (!this.active) {
        clearInterval(this.watchdog)
        this.watchdog = undefined
        this.pingSent = 0
      } else if (!this.lastHeard) return
      else if (this.pingSent > this.lastHeard) {
        if (now - this.pingSent > silenceMs) this.replaceLostSandbox()
      } else {
        this.pingSent = now
        this.send({ kind: 'ping' }).catch(() => {})
      }
    }, pingEveryMs)
  }

  /** Removes a sandbox that went silent; the next run or prepare loads a fresh one. */
  private replaceLostSandbox(): void {
    if (this.frame) {
      window.removeEventListener('message', this.frame.listener)
      this.frame.element.remove()
    }
    const everAnswered = this.answered
    this.frame = undefined
    this.loaded = undefined
    this.lastHeard = 0
    this.pingSent = 0
    this.answered = false
    this.ready.clear()
    const run = this.active
    this.active = undefined
    if (!run) return
    // A host that never answered did not load at all: nothing to retry at once, the reader can.
    if (!everAnswered) return run.listener.unavailable()
    run.listener.stopped('sandbox-lost')
    this.prepare(run.lang)
  }

  private async send(command: HostCommand): Promise<void> {
    ;(await this.window()).postMessage(command, '*')
  }

  /** Starts loading a runtime ahead of Run (the reader hovered, focused or touched a runner, or opened the playground). */
  prepare(lang: Lang): void {
    if (!this.ready.has(lang)) this.awaited.add(lang)
    this.send({ kind: 'prepare', lang }).catch(() => {})
    // The files are read while the sandbox's frame loads (its script asked for first): the host asks for them as soon as it runs.
    this.filesOf(lang).catch(() => {})
  }

  private filesOf(lang: Lang): Promise<RuntimeFiles> {
    let files = this.files.get(lang)
    if (!files) {
      files = loadRuntimeFiles(this.site, lang, runtimeVersion)
      this.files.set(lang, files)
      files.catch(() => {})
    }
    return files
  }

  /** Answers the host's `need-files`: the runtime's files from the page's cache or the network, or why not. */
  private async handFiles(lang: Lang): Promise<void> {
    let answer: HostCommand
    try {
      answer = { kind: 'files', lang, files: await this.filesOf(lang) }
    } catch (error) {
      // The host hears why, once: its next try reads them again.
      this.files.delete(lang)
      answer = { kind: 'files', lang, error: String((error as Error)?.message ?? error) }
    }
    await this.send(answer)
  }

  /** Resolves once no runtime the page asked for is loading (at once if none is): heavy background work may start then. */
  settled(): Promise<void> {
    if (this.awaited.size === 0) return Promise.resolve()
    return new Promise((resolve) => this.settledWaiters.push(resolve))
  }

  /** A runtime of `lang` loaded, or could not. */
  private loadedOne(lang: Lang): void {
    this.awaited.delete(lang)
    if (this.awaited.size > 0) return
    for (const resolve of this.settledWaiters.splice(0)) resolve()
  }

  /** Whether a fresh runtime is loaded and waiting, so a run would start at once. */
  isReady(lang: Lang): boolean {
    return this.ready.has(lang)
  }

  /** Runs a program on a fresh runtime; a program still running elsewhere on the page is stopped first. */
  run(lang: Lang, code: string, listener: RunListener, options: RunOptions = {}): { stop(reason?: StopReason): void } {
    if (this.active) this.stop(this.active.id, 'superseded')
    const id = ++this.lastId
    this.active = { id, lang, listener }
    // The waiting runtime is this run's now; the host says when the next one is ready.
    this.ready.delete(lang)
    this.awaited.add(lang)
    this.watch()
    this.send({ kind: 'run', lang, runId: id, code, ...options }).catch((error: Error) => {
      // No sandbox at all: the run never started.
      if (this.active?.id !== id) return
      this.active = undefined
      listener.unavailable(String(error?.message ?? error))
    })
    return { stop: (reason = 'stop') => this.stop(id, reason) }
  }

  private stop(id: number, reason: StopReason, detail?: string): void {
    const run = this.active
    if (!run || run.id !== id) return
    this.active = undefined
    // The host terminates the run's runtime at once; a fresh one is already loading or waiting.
    this.send({ kind: 'stop', lang: run.lang, runId: id }).catch(() => {})
    run.listener.stopped(reason, detail)
  }

  private receive(data: unknown): void {
    const event = readEvent(data)
    if (!event) return
    if (event.kind === 'ready') {
      this.ready.add(event.lang)
      return this.loadedOne(event.lang)
    }
    if (event.kind === 'need-files') return void this.handFiles(event.lang).catch(() => {})
    const run = this.active
    if (!run || event.runId !== run.id || event.lang !== run.lang) return
    switch (event.kind) {
      case 'started':
        return run.listener.started()
      case 'output':
        return run.listener.output(event.chunks)
      case 'trace':
        return run.listener.traced(event.trace)
      case 'verdict':
        return run.listener.judged(event.verdict)
      case 'notice':
        // Past the output budget the run ends, with the output limit as its reason.
        return event.notice === 'output-limit' ? this.stop(run.id, 'output-limit') : run.listener.notice(event.notice)
      case 'crash':
        return this.stop(run.id, 'crash', event.message)
      case 'unavailable':
        this.active = undefined
        this.loadedOne(run.lang)
        return run.listener.unavailable(event.message)
      case 'exit':
        this.active = undefined
        return run.listener.exited(event.outcome)
    }
  }
}

let shared: Sandbox | undefined

/** The page's sandbox, created on first use and kept across client-side navigation. */
export function pageSandbox(site: string): Sandbox {
  shared ??= new Sandbox(site)
  return shared
}

/** Resolves once the page's sandbox (if it has one) loads no runtime. */
export const runtimesSettled = (): Promise<void> => shared?.settled() ?? Promise.resolve()
