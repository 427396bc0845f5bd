// Embed snippets: an <iframe> of the locale's /embed page holding a program in its share hash.
import { shareHash, type Lang } from './share'

/** The embed frame's size: what the embed page is laid out to fit. */
export const embedSize = { width: 640, height: 420 } as const

/**
 * The absolute address of the embed page beside `pageURL` (a page of the same locale, such as its
 * playground), with the program in its hash. The page's own query and hash are not carried over.
 */
export function embedURL(pageURL: string, lang: Lang, code: string): string {
  return new URL(`embed${shareHash(lang, code)}`, pageURL).href
}

/** Text for a double-quoted HTML attribute. */
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The HTML another site pastes to show the runner: a lazy, borderless iframe of `src`, titled for screen readers. */
export function embedSnippet(src: string, title: string): string {
  const { width, height } = embedSize
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" loading="lazy" style="border:0"></iframe>`
}
