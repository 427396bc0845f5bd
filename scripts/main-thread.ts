// The long tasks of the renderers' main threads (the page's and the sandbox's), read from a Chromium trace.
import type { Browser, Page } from '@playwright/test'

export interface MainThreadTask {
  /** From start to end, including time the operating system gave to other processes. */
  wallMs: number
  /** Time the main thread itself spent on the task: the page's own cost. */
  cpuMs: number
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/**
 * Starts a trace of the browser; the function it returns stops it and lists the main-thread tasks
 * that took at least `fromMs` of wall time, longest first.
 */
export async function traceMainThreads(browser: Browser, page: Page, fromMs = 50): Promise<() => Promise<MainThreadTask[]>> {
  await browser.startTracing(page, { categories: ['toplevel'] })
  return async () => {
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
    const mainThreads = new Set(
      trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`),
    )
    return trace.traceEvents
      .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mainThreads.has(`${e.pid}/${e.tid}`))
      .map((e) => ({ wallMs: Math.round((e.dur ?? 0) / 1000), cpuMs: Math.round((e.tdur ?? 0) / 1000) }))
      .filter((task) => task.wallMs >= fromMs)
      .sort((a, b) => b.wallMs - a.wallMs)
  }
}
