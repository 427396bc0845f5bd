// The code editor (CodeMirror 6), loaded only when the reader shows intent to edit or run.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { javascript } from '@codemirror/lang-javascript'
import { python } from '@codemirror/lang-python'
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language'
import { EditorState } from '@codemirror/state'
import { EditorView, keymap, lineNumbers } from '@codemirror/view'
import { classHighlighter } from '@lezer/highlight'
import type { Lang } from '../../playground/share'

export interface EditorOptions {
  doc: string
  lang: Lang
  /** The accessible name of the editing area. */
  label: string
  onRun(): void
  /** Escape leaves the editor: the caller moves focus on (no keyboard trap). */
  onEscape(): void
  onChange?(code: string): void
}

export interface CodeEditor {
  code(): string
  setCode(code: string): void
  focus(): void
  destroy(): void
}

export function createEditor(parent: HTMLElement, options: EditorOptions): CodeEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        history(),
        indentOnInput(),
        bracketMatching(),
        indentUnit.of(options.lang === 'python' ? '    ' : '  '),
        options.lang === 'python' ? python() : javascript({ typescript: true }),
        syntaxHighlighting(classHighlighter),
        keymap.of([
          { key: 'Mod-Enter', run: () => (options.onRun(), true) },
          { key: 'Escape', run: () => (options.onEscape(), true) },
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        // tabindex: the editing area scrolls sideways under long lines; tools then look for a focusable element in it.
        EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange?.(update.state.doc.toString())
        }),
      ],
    }),
  })
  return {
    code: () => view.state.doc.toString(),
    setCode: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  }
}
