// The page's side of running code: one sandbox iframe per page, one program running at a time.
import { readEvent, type Chunk, type HostCommand, type Lang, type NoticeKey } from './protocol'

/** Why a run ended without finishing by itself. */
export type StopReason = 'stop' | 'time-limit' | 'output-limit' | 'superseded' | 'crash'

export interface RunListener {
  /** The runtime is ready and the program starts. */
  started(): void
  output(chunks: Chunk[]): void
  notice(notice: NoticeKey): void
  exited(outcome: 'done' | 'error'): void
  stopped(reason: StopReason): void
}

export interface RunOptions {
  /** Run as browsers without WebAssembly stack switching must (tests use it to try that path). */
  noJspi?: boolean
}

interface ActiveRun {
  id: number
  lang: Lang
  listener: RunListener
  started: boolean
}

export class Sandbox {
  private loaded?: Promise<Window>
  private readonly ready = new Set<Lang>()
  private waiting: { lang: Lang; resolve: () => void }[] = []
  private active?: ActiveRun
  private lastId = 0

  /** `sandboxURL`: the sandbox page, e.g. `/sandbox/index.html` under the site's base. */
  constructor(private readonly sandboxURL: string) {}

  private window(): Promise<Window> {
    this.loaded ??= new Promise((resolve) => {
      const frame = document.createElement('iframe')
      // Scripts only: an opaque origin with no access to the site's storage, DOM, dialogs or navigation.
      frame.setAttribute('sandbox', 'allow-scripts')
      frame.setAttribute('aria-hidden', 'true')
      frame.tabIndex = -1
      frame.title = 'sandbox'
      frame.style.display = 'none'
      frame.src = this.sandboxURL
      frame.addEventListener('load', () => resolve(frame.contentWindow!), { once: true })
      window.addEventListener('message', (event) => {
        if (event.source === frame.contentWindow) this.receive(event.data)
      })
      document.body.append(frame)
    })
    return this.loaded
  }

  private async send(command: HostCommand): Promise<void> {
    ;(await this.window()).postMessage(command, '*')
  }

  /** Starts loading a runtime ahead of Run (the reader hovered, focused or touched a runner). */
  prepare(lang: Lang): void {
    void this.send({ kind: 'prepare', lang })
  }

  isReady(lang: Lang): boolean {
    return this.ready.has(lang)
  }

  whenReady(lang: Lang): Promise<void> {
    if (this.ready.has(lang)) return Promise.resolve()
    this.prepare(lang)
    return new Promise((resolve) => this.waiting.push({ lang, resolve }))
  }

  /** Runs a program; a program still running elsewhere on the page is stopped first. */
  run(lang: Lang, code: string, listener: RunListener, options: RunOptions = {}): { stop(reason?: StopReason): void } {
    if (this.active) this.stop(this.active.id, 'superseded')
    const id = ++this.lastId
    const run: ActiveRun = { id, lang, listener, started: false }
    this.active = run
    void this.whenReady(lang).then(() => {
      if (this.active !== run) return
      run.started = true
      listener.started()
      void this.send({ kind: 'run', lang, runId: id, code, noJspi: options.noJspi })
    })
    return { stop: (reason = 'stop') => this.stop(id, reason) }
  }

  private stop(id: number, reason: StopReason): void {
    const run = this.active
    if (!run || run.id !== id) return
    this.active = undefined
    if (run.started || reason !== 'superseded') {
      // The host ends the worker and loads a fresh one at once.
      this.ready.delete(run.lang)
      void this.send({ kind: 'stop', lang: run.lang })
    }
    run.listener.stopped(reason)
  }

  private receive(data: unknown): void {
    const event = readEvent(data)
    if (!event) return
    const run = this.active
    switch (event.kind) {
      case 'ready':
        this.ready.add(event.lang)
        this.waiting = this.waiting.filter((w) => (w.lang === event.lang ? (w.resolve(), false) : true))
        return
      case 'crash':
        this.ready.delete(event.lang)
        if (run?.lang === event.lang) this.stop(run.id, 'crash')
        else void this.send({ kind: 'stop', lang: event.lang })
        return
    }
    if (!run || event.runId !== run.id || event.lang !== run.lang) return
    if (event.kind === 'output') run.listener.output(event.chunks)
    else if (event.kind === 'notice') run.listener.notice(event.notice)
    else if (event.kind === 'exit') {
      this.active = undefined
      run.listener.exited(event.outcome)
    }
  }
}

let shared: Sandbox | undefined

/** The page's sandbox, created on first use and kept across client-side navigation. */
export function pageSandbox(sandboxURL: string): Sandbox {
  shared ??= new Sandbox(sandboxURL)
  return shared
}
