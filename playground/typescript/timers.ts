// Knows when a program has nothing left scheduled: every timer it set has fired or been cleared.

type Scope = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'>

export interface PendingTimers {
  /** Resolves once no timer of the program is pending (checked after callbacks and their microtasks). */
  whenIdle(): Promise<void>
}

/** Wraps the scope's timer functions; the originals stay available to the caller through `own`. */
export function trackTimers(scope: Scope): PendingTimers & { own: Scope } {
  const own: Scope = {
    setTimeout: scope.setTimeout.bind(scope),
    clearTimeout: scope.clearTimeout.bind(scope),
    setInterval: scope.setInterval.bind(scope),
    clearInterval: scope.clearInterval.bind(scope),
  } as Scope
  const active = new Set<unknown>()
  let waiters: (() => void)[] = []

  const check = () => {
    // A macrotask later, so that promise callbacks the last timer started have run and may have set more.
    own.setTimeout(() => {
      if (active.size > 0) return
      const ready = waiters
      waiters = []
      ready.forEach((resolve) => resolve())
    }, 0)
  }

  scope.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = own.setTimeout(() => {
      active.delete(id)
      try {
        if (typeof handler === 'function') handler(...args)
      } finally {
        check()
      }
    }, ms)
    active.add(id)
    return id
  }) as unknown as typeof setTimeout
  scope.clearTimeout = ((id: Parameters<typeof clearTimeout>[0]) => {
    active.delete(id)
    own.clearTimeout(id)
    check()
  }) as unknown as typeof clearTimeout
  scope.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = own.setInterval(() => {
      if (typeof handler === 'function') handler(...args)
    }, ms)
    active.add(id)
    return id
  }) as unknown as typeof setInterval
  scope.clearInterval = ((id: Parameters<typeof clearInterval>[0]) => {
    active.delete(id)
    own.clearInterval(id)
    check()
  }) as unknown as typeof clearInterval

  return {
    own,
    whenIdle() {
      const idle = new Promise<void>((resolve) => waiters.push(resolve))
      check()
      return idle
    },
  }
}
