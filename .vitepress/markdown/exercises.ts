// Turns each `:::: exercise <id> [predict]` block of a page into an <CodeExercise> with its task, code, hidden checks and hints.
import container from 'markdown-it-container'
import type { MarkdownRenderer } from 'vitepress'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

export type ExerciseKind = 'code' | 'predict'

/** The role of a fence inside an exercise, from its info string: ` ```python starter `. */
export const exerciseRoles = ['starter', 'solution', 'check', 'predict'] as const
export type ExerciseRole = (typeof exerciseRoles)[number]

export function exerciseRole(info: string): ExerciseRole | null {
  const [, ...attrs] = info.trim().split(/\s+/)
  return exerciseRoles.find((role) => attrs.includes(role)) ?? null
}

export interface Exercise {
  id: string
  kind: ExerciseKind
  /** code: what the editor opens with; predict: the program whose output the reader predicts. */
  starter: string
  /** code: a program that passes the checks; predict: the output the program prints. */
  solution: string
  /** Python run after the reader's program in its namespace: an AssertionError's message says what failed. */
  check: string
  /** Each hint, as HTML rendered from the page's markdown. */
  hints: string[]
  /** 1-based line of the block in the markdown source. */
  line: number
}

/** `exercise aiter-countdown predict` → id and kind; null when the info is not an exercise's. */
export function readExerciseInfo(info: string): { id: string; kind: ExerciseKind } | null {
  const match = /^exercise\s+([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s+(predict))?\s*$/.exec(info.trim())
  return match ? { id: match[1], kind: match[2] ? 'predict' : 'code' } : null
}

/** The exercises among parsed tokens, and what is wrong with any of them. */
export function findExercises(tokens: Token[], render: (tokens: Token[]) => string): { exercises: (Exercise & { open: number; close: number; taskTokens: number[] })[]; problems: string[] } {
  const exercises: (Exercise & { open: number; close: number; taskTokens: number[] })[] = []
  const problems: string[] = []
  tokens.forEach((token, open) => {
    if (token.type !== 'container_exercise_open') return
    const line = (token.map?.[0] ?? 0) + 1
    const info = readExerciseInfo(token.info)
    if (!info) return problems.push(`line ${line}: an exercise needs an id: ":::: exercise <id> [predict]"`)
    let depth = 0
    let close = open
    for (let i = open; i < tokens.length; i++) {
      if (tokens[i].type === 'container_exercise_open') depth++
      if (tokens[i].type === 'container_exercise_close' && --depth === 0) {
        close = i
        break
      }
    }
    const parts: Partial<Record<ExerciseRole | 'output', string>> = {}
    const hints: string[] = []
    const taskTokens: number[] = []
    for (let i = open + 1; i < close; i++) {
      const inner = tokens[i]
      if (inner.type === 'container_hint_open') {
        const end = tokens.findIndex((t, j) => j > i && t.type === 'container_hint_close')
        hints.push(render(tokens.slice(i + 1, end)))
        i = end
      } else if (inner.type === 'fence' && exerciseRole(inner.info)) {
        const role = exerciseRole(inner.info)!
        parts[role] = inner.content
        // The program to predict stays in the task, shown as code.
        if (role === 'predict') taskTokens.push(i)
      } else if (inner.type === 'fence' && inner.info.trim() === 'output' && info.kind === 'predict') {
        parts.output = inner.content
      } else taskTokens.push(i)
    }
    const needed: (ExerciseRole | 'output')[] = info.kind === 'code' ? ['starter', 'solution', 'check'] : ['predict', 'output']
    const missing = needed.filter((role) => parts[role] === undefined)
    if (missing.length) problems.push(`line ${line}: exercise ${info.id} has no ${missing.join(', ')} fence`)
    if (hints.length === 0) problems.push(`line ${line}: exercise ${info.id} has no hint`)
    exercises.push({
      ...info,
      starter: (info.kind === 'code' ? parts.starter : parts.predict) ?? '',
      solution: (info.kind === 'code' ? parts.solution : parts.output) ?? '',
      check: parts.check ?? '',
      hints,
      line,
      open,
      close,
      taskTokens,
    })
  })
  return { exercises, problems }
}

/** The `:::: exercise` and `::: hint` blocks, parsed as containers (the tests read exercises with this alone). */
export function exerciseContainers(md: MarkdownRenderer): void {
  // The plugin's types follow another markdown-it typing than VitePress's; the plugin itself is the same.
  const containers = container as unknown as Parameters<MarkdownRenderer['use']>[0]
  md.use(containers, 'exercise', { marker: ':' })
  md.use(containers, 'hint', { marker: ':' })
}

/** Text for a double-quoted HTML attribute, which Vue's template compiler decodes back. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

function html(state: { Token: new (type: string, tag: string, nesting: 0) => Token }, content: string): Token {
  const token = new state.Token('html_block', '', 0)
  token.content = content
  return token
}

/**
 * markdown-it plugin: each exercise becomes `<CodeExercise>` with its parts as a prop and its task
 * (the block's prose, and for predict the program, shown as code) in the default slot. Use it
 * before examplesPlugin, so a predict exercise's program and output are not taken for an example.
 */
export function exercisesPlugin(md: MarkdownRenderer): void {
  exerciseContainers(md)
  md.core.ruler.push('course_exercises', (state) => {
    const render = (tokens: Token[]) => md.renderer.render(tokens, md.options, state.env)
    const { exercises, problems } = findExercises(state.tokens, render)
    if (problems.length) throw new Error(`${problems.join('\n')}`)
    for (const exercise of [...exercises].reverse()) {
      const task = exercise.taskTokens.map((i) => state.tokens[i])
      // The program to predict is shown as plain highlighted code, not as a runnable example.
      for (const token of task) if (token.type === 'fence') token.info = token.info.replace(/\bpredict\b/, '').trim()
      const { id, kind, starter, solution, check, hints } = exercise
      const parts = attribute(JSON.stringify({ starter, solution, check, hints }))
      state.tokens.splice(
        exercise.open,
        exercise.close - exercise.open + 1,
        html(state, `<CodeExercise id="${id}" kind="${kind}" :parts="${parts}">\n`),
        ...task,
        html(state, '</CodeExercise>\n'),
      )
    }
  })
}
