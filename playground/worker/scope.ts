// The parts of a dedicated worker's global scope the workers use (typed without the WebWorker lib).

export interface WorkerScope {
  postMessage(message: unknown): void
  onmessage: ((event: MessageEvent) => void) | null
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void
}

export const workerScope = self as unknown as WorkerScope

/**
 * A sender bound to the worker's private port before any of the reader's code runs: patching
 * MessagePort.prototype later cannot see the port or what is sent through it.
 */
export function privateSender<T>(port: MessagePort): (message: T) => void {
  const send = MessagePort.prototype.postMessage.bind(port) as (message: T) => void
  return (message) => send(message)
}
