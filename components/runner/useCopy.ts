// Copies text to the clipboard and shows the outcome for a while: a confirmation only once the write succeeded.
import { onScopeDispose, ref } from 'vue'

export type CopyOutcome = 'copied' | 'failed'

/** How long each outcome stays on screen: a failure says what to do instead, so it stays longer. */
const shownForMs: Record<CopyOutcome, number> = { copied: 2500, failed: 8000 }

/** Writes text to the clipboard: 'failed' when the page has no clipboard (an insecure origin) or the browser refuses. */
export async function writeClipboard(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<CopyOutcome> {
  if (!clipboard) return 'failed'
  try {
    await clipboard.writeText(text)
    return 'copied'
  } catch {
    return 'failed'
  }
}

/** A copy button's state: `outcome` is set once the clipboard answered, and cleared a while later. */
export function useCopy(clipboard: () => Pick<Clipboard, 'writeText'> | undefined = () => navigator.clipboard) {
  const outcome = ref<CopyOutcome | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  onScopeDispose(() => clearTimeout(timer))

  async function copy(text: string): Promise<void> {
    clearTimeout(timer)
    outcome.value = null
    const result = await writeClipboard(text, clipboard())
    outcome.value = result
    timer = setTimeout(() => (outcome.value = null), shownForMs[result])
  }

  return { outcome, copy }
}
