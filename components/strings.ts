// What words the components show; each locale's are in components/locales/, and all four here for the tests.
import type { LocaleDir } from '../.vitepress/config/locales'
import type { ExerciseStrings } from './exercise/strings'
import en from './locales/en'
import fr from './locales/fr'
import ru from './locales/ru'
import zh from './locales/zh'

export interface RunnerStrings {
  run: string
  /** The button that records a run and opens the step-through. */
  stepThrough: string
  stop: string
  reset: string
  copy: string
  copied: string
  /** The clipboard refused the code: how to copy it instead. */
  copyFailed: string
  toolbar: string
  editor: (lang: string) => string
  states: Record<'idle' | 'loading' | 'running' | 'done' | 'error' | 'stopped', string>
  notices: Record<'time-limit' | 'output-limit' | 'memory-limit' | 'asyncio-rewritten' | 'crash' | 'sandbox-lost' | 'superseded' | 'load-failed', string>
  retry: string
  timeLimit: (seconds: number) => string
  newLines: (count: number) => string
}

export interface PlaygroundStrings {
  language: string
  copyLink: string
  linkCopied: string
  /** The clipboard refused the link, which is in the address bar by then. */
  linkCopyFailed: string
  copyEmbed: string
  embedCopied: string
  /** The clipboard refused the embed code, which is then shown to copy by hand. */
  embedCopyFailed: string
  /** The label of the embed code shown when the clipboard refused it. */
  embedCode: string
  badLink: Record<'language' | 'missing' | 'damaged', string>
}

export interface EmbedStrings {
  /** The embedded runner's title: the iframe's for screen readers, and the embed page's heading. */
  frameTitle: (lang: string) => string
}

export interface ComponentStrings {
  output: string
  outputVaries: string
  /** A new build of the course is installed and waits: the reader may reload now or later. */
  update: { available: string; reload: string; later: string }
  runner: RunnerStrings
  playground: PlaygroundStrings
  embed: EmbedStrings
  exercise: ExerciseStrings
  desugar: {
    caption: string
    sugar: string
    expansion: string
    legend: string
    groups: Record<'iter' | 'aiter' | 'loop' | 'next' | 'body' | 'else', string>
  }
}

/** Every locale's words. The pages load only their own (components/useStrings.ts): import this in tests and build code only. */
export const strings: Record<LocaleDir, ComponentStrings> = { en, ru, zh, fr }
