// Gives <CodePlayground /> the starter programs its own page prints, under #starter-python and #starter-typescript.
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
const hasEveryLang = (starters: Partial<Record<Lang, string>>): starters is Record<Lang, string> => langs.every((lang) => starters[lang] !== undefined)

/** The playground tag, given the page's starter programs as its `starters` prop. */
const playgroundTagWith = (starters: Record<Lang, string>) => `<CodePlayground :starters="${attribute(JSON.stringify(starters))}" />`

/**
 * Gives the page's `<CodePlayground />` the starters the page prints, so the editor opens with the
 * same program, comments in the page's language. Throws when a language has no starter.
 */
export function passStarters(tokens: Token[]): void {
  const tag = tokens.find((token) => /^html_(block|inline)$/.test(token.type) && playgroundTag.test(token.content))
  if (!tag) return
  const starters = startersOf(tokens)
  if (!hasEveryLang(starters)) {
    const missing = langs.filter((lang) => starters[lang] === undefined).map((lang) => `{#${starterAnchor(lang)}}`)
    throw new Error(`<CodePlayground /> needs a starter example under ${missing.join(' and ')}`)
  }
  tag.content = tag.content.replace(playgroundTag, playgroundTagWith(starters))
}

/** markdown-it plugin for passStarters. Use it before examplesPlugin, which wraps the examples. */
export function playgroundPlugin(md: MarkdownRenderer): void {
  md.core.ruler.push('course_playground', (state) => passStarters(state.tokens))
}
