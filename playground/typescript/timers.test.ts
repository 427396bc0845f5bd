// trackTimers: a program is finished only when the timers it set have all run or been cleared.
import { describe, expect, it } from 'vitest'
import { trackTimers } from './timers'

function fakeScope() {
  return { setTimeout, clearTimeout, setInterval, clearInterval } as Parameters<typeof trackTimers>[0]
}

describe('trackTimers', () => {
  it('waits for timers set without await, and for the timers they set', async () => {
    const scope = fakeScope()
    const timers = trackTimers(scope)
    const printed: string[] = []
    scope.setTimeout(() => {
      printed.push('first')
      void Promise.resolve().then(() => scope.setTimeout(() => printed.push('second'), 20))
    }, 20)
    await timers.whenIdle()
    expect(printed).toEqual(['first', 'second'])
  })

  it('is idle at once when nothing was scheduled, and after a cleared interval', async () => {
    const scope = fakeScope()
    const timers = trackTimers(scope)
    await timers.whenIdle()
    let ticks = 0
    const id = scope.setInterval(() => {
      if (++ticks === 3) scope.clearInterval(id)
    }, 5)
    await timers.whenIdle()
    expect(ticks).toBe(3)
  })
})
