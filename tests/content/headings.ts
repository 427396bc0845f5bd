// The headings of a parsed page: their ids, and whether the source gave the id explicitly.
import type { MarkdownRenderer } from 'vitepress'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

export interface Heading {
  level: number
  id: string
  /** The source line ends with `{#id}`. */
  explicit: boolean
  line: number
}

export function headingsOf(tokens: Token[], source: string): Heading[] {
  const lines = source.split('\n')
  return tokens
    .filter((token) => token.type === 'heading_open')
    .map((token) => {
      const line = (token.map?.[0] ?? 0) + 1
      return {
        level: Number(token.tag.slice(1)),
        id: token.attrGet('id') ?? '',
        explicit: /\{#[\w-]+\}\s*$/.test(lines[line - 1] ?? ''),
        line,
      }
    })
}

/** Every href of a markdown link on the page (components' links are checked in the browser). */
export function linksOf(tokens: Token[]): { href: string; line: number }[] {
  return tokens.flatMap((token) =>
    (token.children ?? [])
      .filter((child) => child.type === 'link_open' && child.attrGet('class') !== 'header-anchor')
      .map((child) => ({ href: child.attrGet('href') ?? '', line: (token.map?.[0] ?? 0) + 1 })),
  )
}
