// Copying: "copied" only once the clipboard took the text; a refusal, or no clipboard at all, shows the failure instead.
import { effectScope } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useCopy, writeClipboard } from './useCopy'

/** A clipboard whose answer the test gives when it wants. */
function pendingClipboard() {
  const written: string[] = []
  let answer: { resolve: () => void; reject: (error: Error) => void } | undefined
  const clipboard = {
    writeText: (text: string) =>
      new Promise<void>((resolve, reject) => {
        written.push(text)
        answer = { resolve, reject }
      }),
  }
  return { clipboard, written, answer: () => answer! }
}

describe('writeClipboard', () => {
  it('says copied once the clipboard holds the text', async () => {
    const written: string[] = []
    expect(await writeClipboard('print(1)', { writeText: async (text) => void written.push(text) })).toBe('copied')
    expect(written).toEqual(['print(1)'])
  })

  it('says failed when the browser refuses the write', async () => {
    const refusing = { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }
    expect(await writeClipboard('print(1)', refusing)).toBe('failed')
  })

  it('says failed when writeText throws before it returns a promise', async () => {
    const throwing = {
      writeText: (): Promise<void> => {
        throw new TypeError('Illegal invocation')
      },
    }
    expect(await writeClipboard('print(1)', throwing)).toBe('failed')
  })

  it('says failed when the page has no clipboard at all, as on an insecure origin', async () => {
    expect(await writeClipboard('print(1)', undefined)).toBe('failed')
  })
})

describe('useCopy', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows "copied" only after the clipboard accepted the text, then hides it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { clipboard, written, answer } = pendingClipboard()
    const { outcome, copy } = effectScope().run(() => useCopy(() => clipboard))!
    const copying = copy('print(1)')
    expect(written).toEqual(['print(1)'])
    expect(outcome.value).toBeNull()
    answer().resolve()
    await copying
    expect(outcome.value).toBe('copied')
    vi.advanceTimersByTime(2500)
    expect(outcome.value).toBeNull()
  })

  it('shows the failure, never "copied", when the clipboard refuses, and keeps it longer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { clipboard, answer } = pendingClipboard()
    const { outcome, copy } = effectScope().run(() => useCopy(() => clipboard))!
    const copying = copy('print(1)')
    answer().reject(new DOMException('Write permission denied.', 'NotAllowedError'))
    await copying
    expect(outcome.value).toBe('failed')
    vi.advanceTimersByTime(2500)
    expect(outcome.value).toBe('failed')
    vi.advanceTimersByTime(5500)
    expect(outcome.value).toBeNull()
  })

  it('clears the last outcome when a new copy starts, so a refusal never sits next to a stale "copied"', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { clipboard, answer } = pendingClipboard()
    const { outcome, copy } = effectScope().run(() => useCopy(() => clipboard))!
    const first = copy('a')
    answer().resolve()
    await first
    const second = copy('b')
    expect(outcome.value).toBeNull()
    answer().reject(new Error('denied'))
    await second
    expect(outcome.value).toBe('failed')
    vi.advanceTimersByTime(2500)
    expect(outcome.value).toBe('failed')
  })
})
