// The reader's solved exercises as reactive state, shared by every component and kept in step with other tabs.
import { onMounted, onBeforeUnmount, ref } from 'vue'
import { markSolved, progressKey, readSolved } from './progress'

const solved = ref(new Set<string>())
let listening = 0

const refresh = () => (solved.value = readSolved(localStorage))
const fromOtherTab = (event: StorageEvent) => event.key === progressKey && refresh()

export function useProgress() {
  // Storage is read in the browser only, after hydration, so the server's HTML stays the same for everyone.
  onMounted(() => {
    refresh()
    if (listening++ === 0) addEventListener('storage', fromOtherTab)
  })
  onBeforeUnmount(() => {
    if (--listening === 0) removeEventListener('storage', fromOtherTab)
  })
  return {
    solved,
    solve: (id: string) => (solved.value = markSolved(localStorage, id)),
  }
}
