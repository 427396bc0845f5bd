// What every runner with an editor shares: its runtime, its editor, and what Run, Step through and Reset do to them.
import { ref, useTemplateRef } from 'vue'
import { langNames, type Lang } from '../../playground/share'
import { useStrings } from '../useStrings'
import type BaseRunner from './BaseRunner.vue'
import { useEditor } from './useEditor'
import { useRunner } from './useRunner'

export interface CodeRunnerOptions {
  lang: () => Lang
  /** The code Reset puts back. */
  original: () => string
  /** Called first by Run, Step through and Reset (Ctrl+Enter in the editor included). */
  beforeEach?: () => void
}

export function useCodeRunner({ lang, original, beforeEach = () => {} }: CodeRunnerOptions) {
  const t = useStrings()
  const runner = useRunner(lang, () => t.value.runner)
  // The component's template names them: the element the editor mounts in, and the runner's frame.
  const editorHost = useTemplateRef<HTMLElement>('editorHost')
  const frame = useTemplateRef<InstanceType<typeof BaseRunner>>('frame')
  const hasRun = ref(false)
  const editor = useEditor(() => editorHost.value ?? undefined, {
    lang,
    label: () => t.value.runner.editor(langNames[lang()]),
    onRun: run,
    onEscape: () => frame.value?.focusRun(),
  })

  /** The reader hovered, focused or touched the runner: load its runtime and its editor now. */
  function intent(): void {
    runner.prepare()
    void editor.load(editor.code())
  }

  function run(): void {
    beforeEach()
    hasRun.value = true
    runner.run(editor.code())
  }

  function trace(): void {
    beforeEach()
    hasRun.value = true
    runner.record(editor.code())
  }

  function reset(): void {
    beforeEach()
    runner.clear()
    hasRun.value = false
    editor.setCode(original())
  }

  return { t, lang, runner, editor, hasRun, intent, run, trace, reset }
}

/** A runner wired to its editor: what BaseRunner shows and drives. */
export type CodeRunner = ReturnType<typeof useCodeRunner>
