// A lazily loaded editor for a component: nothing is fetched until the reader shows intent.
import { onBeforeUnmount, ref } from 'vue'
import type { Lang } from '../../playground/share'
import type { CodeEditor } from './editor'

export interface EditorHooks {
  lang: () => Lang
  label: () => string
  onRun(): void
  onEscape(): void
}

/** `host`: the element to mount the editor in, once the component has rendered it. */
export function useEditor(host: () => HTMLElement | undefined, hooks: EditorHooks) {
  const mounted = ref(false)
  let editor: CodeEditor | undefined
  let loading: Promise<void> | undefined
  let initial = ''

  /** Loads and mounts the editor holding `doc` (once; later calls wait for the first). */
  function load(doc: string): Promise<void> {
    initial = doc
    loading ??= import('./editor').then(({ createEditor }) => {
      editor = createEditor(host()!, { doc: initial, lang: hooks.lang(), label: hooks.label(), onRun: hooks.onRun, onEscape: hooks.onEscape })
      mounted.value = true
    })
    return loading
  }

  /** The code as it is now: the editor's, or the text it will start from. */
  const code = (): string => editor?.code() ?? initial

  function setCode(doc: string): void {
    initial = doc
    editor?.setCode(doc)
  }

  /** A new editor for another language, keeping the code given. */
  function remount(doc: string): Promise<void> {
    editor?.destroy()
    editor = undefined
    loading = undefined
    mounted.value = false
    return load(doc)
  }

  onBeforeUnmount(() => editor?.destroy())
  return { mounted, load, code, setCode, remount }
}
