// The sandbox host: an opaque-origin iframe that runs one worker per language and relays its events.
import { OutputBudget } from '../output-budget'
import { readEvent, type HostCommand, type Lang, type RunnerEvent, type WorkerCommand } from '../protocol'

/** The site root, from this page's own URL (…/sandbox/index.html). */
const site = new URL('..', location.href).href
const runtimeURL = `${site}pyodide/`
const memoryLimitMB = 1024

// Narrow the network to the runtime's own files, now that the site's address is known: this policy
// adds to the one in index.html, and workers created from here on inherit both.
const policy = document.createElement('meta')
policy.httpEquiv = 'Content-Security-Policy'
policy.content = `connect-src ${runtimeURL} ${site}sandbox/; script-src ${runtimeURL} ${site}sandbox/ blob: 'wasm-unsafe-eval'`
document.head.append(policy)

const sources = new Map<Lang, Promise<string>>()
const workers = new Map<Lang, Worker>()
/** Each language's current run and what it may still print; the host holds it, out of the program's reach. */
const budgets = new Map<Lang, { runId: number; budget: OutputBudget }>()

function source(lang: Lang): Promise<string> {
  if (!sources.has(lang)) sources.set(lang, fetch(`${site}sandbox/${lang}-worker.js`).then((r) => r.text()))
  return sources.get(lang)!
}

async function spawn(lang: Lang): Promise<Worker> {
  const url = URL.createObjectURL(new Blob([await source(lang)], { type: 'text/javascript' }))
  const worker = new Worker(url)
  const channel = new MessageChannel()
  channel.port1.onmessage = ({ data }) => {
    // The worker runs the reader's code: pass on well-formed events only, stamped with the worker's real language.
    const event = typeof data === 'object' && data !== null && workers.get(lang) === worker ? readEvent({ ...data, lang }) : null
    if (event) relay(event)
  }
  worker.onerror = (event) => {
    event.preventDefault()
    if (workers.get(lang) === worker) parent.postMessage({ kind: 'crash', lang, message: event.message || 'the runtime stopped' }, '*')
  }
  worker.postMessage({ kind: 'init', runtimeURL, memoryLimitMB, port: channel.port2 } satisfies WorkerCommand, [channel.port2])
  workers.set(lang, worker)
  return worker
}

/** Passes an event to the page; output only within the run's budget, and once past it, the notice. */
function relay(event: RunnerEvent): void {
  if (event.kind !== 'output') return parent.postMessage(event, '*')
  const run = budgets.get(event.lang)
  if (!run || run.runId !== event.runId || run.budget.exceeded) return
  const chunks = run.budget.take(event.chunks)
  if (chunks.length > 0) parent.postMessage({ ...event, chunks } satisfies RunnerEvent, '*')
  if (run.budget.exceeded) parent.postMessage({ kind: 'notice', lang: event.lang, runId: event.runId, notice: 'output-limit' } satisfies RunnerEvent, '*')
}

const ready = new Map<Lang, Promise<Worker>>()
const workerFor = (lang: Lang) => {
  if (!ready.has(lang)) ready.set(lang, spawn(lang))
  return ready.get(lang)!
}

addEventListener('message', async ({ source: sender, data }: MessageEvent<HostCommand>) => {
  if (sender !== parent || typeof data !== 'object' || data === null) return
  if (data.kind === 'ping') parent.postMessage({ kind: 'alive' }, '*')
  else if (data.kind === 'prepare') await workerFor(data.lang)
  else if (data.kind === 'run') {
    budgets.set(data.lang, { runId: data.runId, budget: new OutputBudget() })
    ;(await workerFor(data.lang)).postMessage({ kind: 'run', runId: data.runId, code: data.code, noJspi: data.noJspi } satisfies WorkerCommand)
  } else if (data.kind === 'stop') {
    const current = await ready.get(data.lang)
    current?.terminate()
    workers.delete(data.lang)
    ready.delete(data.lang)
    // A fresh runtime starts loading at once, so the next Run does not wait for it.
    void workerFor(data.lang)
  }
})
