import { describe, expect, it } from 'vitest'
import { pageQuiet, type QuietSignals } from './quiet'

/** Signals whose promises the test resolves by hand, in the order it chooses. */
function manualSignals() {
  const pending = new Map<string, () => void>()
  const later = (name: string) => new Promise<void>((resolve) => pending.set(name, resolve))
  const signals: QuietSignals = {
    loaded: () => later('loaded'),
    runtimesSettled: () => later('runtimes'),
    wait: (ms) => later(`wait ${ms}`),
  }
  const resolve = async (name: string) => {
    await Promise.resolve()
    const done = pending.get(name)
    if (!done) throw new Error(`nothing waits on ${name}; waiting: ${[...pending.keys()].join(', ')}`)
    pending.delete(name)
    done()
    await new Promise((next) => setTimeout(next))
  }
  return { signals, resolve, pending }
}

const times = { settleMs: 3000, longestMs: 30_000 }

describe('pageQuiet', () => {
  it('waits for the load, then a moment, then the runtimes', async () => {
    const { signals, resolve, pending } = manualSignals()
    let quiet = false
    void pageQuiet(signals, times).then(() => (quiet = true))
    expect([...pending.keys()]).toEqual(['loaded'])
    await resolve('loaded')
    expect([...pending.keys()]).toEqual(['wait 3000'])
    await resolve('wait 3000')
    expect([...pending.keys()].sort()).toEqual(['runtimes', 'wait 30000'])
    expect(quiet).toBe(false)
    await resolve('runtimes')
    expect(quiet).toBe(true)
  })

  it('stops waiting for a runtime that takes longer than the longest wait', async () => {
    const { signals, resolve } = manualSignals()
    let quiet = false
    void pageQuiet(signals, times).then(() => (quiet = true))
    await resolve('loaded')
    await resolve('wait 3000')
    await resolve('wait 30000')
    expect(quiet).toBe(true)
  })
})
