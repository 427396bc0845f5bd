// Gives <CodePlayground /> the starter programs its own page prints, under #starter-python and #starter-typescript,
// and <CodeEmbed /> those of its locale's playground page.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { MarkdownRenderer } from 'vitepress'
import { langs, type Lang } from '../../playground/share'
import { pairExamples } from './examples'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

/** The anchor of the section whose example is a language's starter program. */
const starterAnchor = (lang: Lang): string => `starter-${lang}`

/** A page's starter programs, by language: the first example of that language in its starter section. */
export function startersOf(tokens: Token[]): Partial<Record<Lang, string>> {
  let section = ''
  const sectionOf = tokens.map((token) => {
    if (token.type === 'heading_open' && token.tag === 'h2') section = token.attrGet('id') ?? ''
    return section
  })
  const { pairs } = pairExamples(tokens)
  return Object.fromEntries(
    langs.flatMap((lang) => {
      const pair = pairs.find((p) => p.lang === lang && sectionOf[p.codeIndex] === starterAnchor(lang))
      return pair ? [[lang, pair.code]] : []
    }),
  )
}

/** Text for a double-quoted HTML attribute, which Vue's template compiler decodes back. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

const playgroundTag = /<CodePlayground\s*\/>/
const embedTag = /<CodeEmbed\s*\/>/
const hasEveryLang = (starters: Partial<Record<Lang, string>>): starters is Record<Lang, string> => langs.every((lang) => starters[lang] !== undefined)

/** A component's tag, given starter programs as its `starters` prop. */
const tagWith = (name: string, starters: Record<Lang, string>) => `<${name} :starters="${attribute(JSON.stringify(starters))}" />`

const findTag = (tokens: Token[], tag: RegExp) => tokens.find((token) => /^html_(block|inline)$/.test(token.type) && tag.test(token.content))

/**
 * Gives the page's `<CodePlayground />` the starters the page prints, so the editor opens with the
 * same program, comments in the page's language, and returns them. Throws when a language has no starter.
 */
export function passStarters(tokens: Token[]): Record<Lang, string> | undefined {
  const tag = findTag(tokens, playgroundTag)
  if (!tag) return undefined
  const starters = startersOf(tokens)
  if (!hasEveryLang(starters)) {
    const missing = langs.filter((lang) => starters[lang] === undefined).map((lang) => `{#${starterAnchor(lang)}}`)
    throw new Error(`<CodePlayground /> needs a starter example under ${missing.join(' and ')}`)
  }
  tag.content = tag.content.replace(playgroundTag, tagWith('CodePlayground', starters))
  return starters
}

/** Gives the page's `<CodeEmbed />`, if it has one, the starters `playgroundStarters` reads. */
export function passEmbedStarters(tokens: Token[], playgroundStarters: () => Record<Lang, string>): void {
  const tag = findTag(tokens, embedTag)
  if (tag) tag.content = tag.content.replace(embedTag, tagWith('CodeEmbed', playgroundStarters()))
}

/**
 * What VitePress tells a parse about its file, and what playgroundPlugin notes there: the starters it
 * passed to the page's playground. `realPath` is the file under docs/ when `path` is the rewritten one.
 */
interface PlaygroundEnv {
  path?: string
  realPath?: string
  playgroundStarters?: Record<Lang, string>
}

/**
 * The starters of the playground page beside `page` (the same locale's), parsed by the same
 * renderer, whose rule notes them in the env before examplesPlugin wraps the examples.
 */
function startersBeside(md: MarkdownRenderer, page: string | undefined): Record<Lang, string> {
  if (!page) throw new Error('<CodeEmbed /> needs to know its page to find the playground beside it')
  const file = join(dirname(page), 'playground.md')
  const env: PlaygroundEnv = { path: file }
  md.parse(readFileSync(file, 'utf8'), env)
  if (!env.playgroundStarters) throw new Error(`<CodeEmbed /> takes its starters from ${file}, which has no <CodePlayground />`)
  return env.playgroundStarters
}

/** markdown-it plugin for passStarters and passEmbedStarters. Use it before examplesPlugin, which wraps the examples. */
export function playgroundPlugin(md: MarkdownRenderer): void {
  md.core.ruler.push('course_playground', (state) => {
    const env = state.env as PlaygroundEnv
    env.playgroundStarters = passStarters(state.tokens)
    passEmbedStarters(state.tokens, () => startersBeside(md, env.realPath ?? env.path))
  })
}
