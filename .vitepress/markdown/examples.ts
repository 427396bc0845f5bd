// Pairs each runnable code fence with the output fence after it and wraps both in <CodeExample>.
import type { MarkdownRenderer } from 'vitepress'
import type { Lang } from '../../playground/share'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

const exampleLangs: Record<string, Lang> = { python: 'python', py: 'python', ts: 'typescript', typescript: 'typescript' }

export type Fence =
  | { kind: 'example'; lang: Lang }
  | { kind: 'fragment' }
  | { kind: 'output'; varies: boolean }
  | { kind: 'other' }

/** What a fence's info string (` ```python fragment `) makes of it. */
export function classifyFence(info: string): Fence {
  const [name = '', ...attrs] = info.trim().split(/\s+/)
  const lang = name.toLowerCase()
  if (lang === 'output') return { kind: 'output', varies: attrs.includes('varies') }
  if (!(lang in exampleLangs)) return { kind: 'other' }
  // An exercise's starter, solution and checks (.vitepress/markdown/exercises.ts) are not examples;
  // the program of a predict-the-output exercise is one, with its output after it.
  if (['starter', 'solution', 'check'].some((role) => attrs.includes(role))) return { kind: 'other' }
  return attrs.includes('fragment') ? { kind: 'fragment' } : { kind: 'example', lang: exampleLangs[lang] }
}

export interface ExamplePair {
  lang: Lang
  code: string
  output: string
  varies: boolean
  /** 1-based line of the code fence in the markdown source. */
  line: number
  codeIndex: number
}

/** Finds the example/output pairs among parsed tokens, and every fence that breaks the rule. */
export function pairExamples(tokens: Token[]): { pairs: ExamplePair[]; problems: string[] } {
  const pairs: ExamplePair[] = []
  const problems: string[] = []
  tokens.forEach((token, index) => {
    if (token.type !== 'fence') return
    const fence = classifyFence(token.info)
    const line = (token.map?.[0] ?? 0) + 1
    const previous = index > 0 ? classifyFence(tokens[index - 1].type === 'fence' ? tokens[index - 1].info : '') : null
    if (fence.kind === 'output' && previous?.kind !== 'example') {
      problems.push(`line ${line}: an output fence must follow a runnable example`)
    }
    if (fence.kind !== 'example') return
    const next = tokens[index + 1]
    const output = next?.type === 'fence' ? classifyFence(next.info) : null
    if (output?.kind !== 'output') {
      problems.push(`line ${line}: a ${fence.lang} example must be followed by an output fence (or be marked fragment)`)
      return
    }
    pairs.push({ lang: fence.lang, code: token.content, output: next.content, varies: output.varies, line, codeIndex: index })
  })
  return { pairs, problems }
}

function html(state: { Token: new (type: string, tag: string, nesting: 0) => Token }, content: string): Token {
  const token = new state.Token('html_block', '', 0)
  token.content = content
  return token
}

/** markdown-it plugin: `<CodeExample>` around each pair, its code and output in named slots. */
export function examplesPlugin(md: MarkdownRenderer): void {
  md.core.ruler.push('course_examples', (state) => {
    const { pairs } = pairExamples(state.tokens)
    for (const pair of [...pairs].reverse()) {
      const at = pair.codeIndex
      // Output is plain text to Shiki.
      state.tokens[at + 1].info = 'txt'
      state.tokens.splice(at + 2, 0, html(state, '</template>\n</CodeExample>\n'))
      state.tokens.splice(at + 1, 0, html(state, '</template>\n<template #output>\n'))
      state.tokens.splice(at, 0, html(state, `<CodeExample lang="${pair.lang}"${pair.varies ? ' varies' : ''}>\n<template #code>\n`))
    }
  })
}
