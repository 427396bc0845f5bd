// The parts of a dedicated worker's global scope the workers use (typed without the WebWorker lib).

export interface WorkerScope {
  postMessage(message: unknown): void
  onmessage: ((event: MessageEvent) => void) | null
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void
}

export const workerScope = self as unknown as WorkerScope
