// The course's markdown pages, every locale, parsed by VitePress's own markdown renderer.
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress'
import { locales, type Locale } from '../../.vitepress/config/locales'
import { pairExamples, type ExamplePair } from '../../.vitepress/markdown/examples'
import { exerciseContainers, findExercises, type Exercise } from '../../.vitepress/markdown/exercises'

export const docsDir = new URL('../../docs/', import.meta.url).pathname

export interface Page {
  locale: Locale
  /** Path inside the locale's folder, without `.md`: `aiter`, `index`. */
  slug: string
  /** Path from the repository root, for messages: `docs/ru/aiter.md`. */
  file: string
  source: string
  /** The frontmatter's `key: value` lines. */
  frontmatter: Record<string, string>
}

const frontmatterRE = /^---\n([\s\S]*?)\n---\n/

/** The frontmatter's top-level `key: value` pairs (quotes removed). */
export function readFrontmatter(source: string): Record<string, string> {
  const block = frontmatterRE.exec(source)?.[1] ?? ''
  const pairs = block.split('\n').flatMap((line) => {
    const match = /^([A-Za-z]\w*):\s*(.*)$/.exec(line)
    return match ? [[match[1], match[2].replace(/^(['"])(.*)\1$/, '$2')]] : []
  })
  return Object.fromEntries(pairs)
}

/** The page without its frontmatter, blank lines in its place so line numbers stay true. */
export function bodyOf(source: string): string {
  return source.replace(frontmatterRE, (block) => block.replace(/[^\n]/g, ''))
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

export function coursePages(): Page[] {
  return locales.flatMap((locale) => {
    const root = join(docsDir, locale.dir)
    return markdownFiles(root)
      .sort()
      .map((path) => ({
        locale,
        slug: relative(root, path).replace(/\.md$/, ''),
        file: relative(join(docsDir, '..'), path),
        source: readFileSync(path, 'utf8'),
      }))
      .map((page) => ({ ...page, frontmatter: readFrontmatter(page.source) }))
  })
}

let renderer: Promise<MarkdownRenderer> | undefined

/** VitePress's markdown-it, without the site's own plugins, so fences stay side by side. */
export function markdown(): Promise<MarkdownRenderer> {
  renderer ??= createMarkdownRenderer(docsDir, {}, '/', { warn: () => {} })
  return renderer
}

export async function tokensOf(page: Page): Promise<ReturnType<MarkdownRenderer['parse']>> {
  return (await markdown()).parse(bodyOf(page.source), {})
}

export async function examplesOf(page: Page): Promise<{ pairs: ExamplePair[]; problems: string[] }> {
  return pairExamples(await tokensOf(page))
}

let exerciseRenderer: Promise<MarkdownRenderer> | undefined

/** A page's exercises, parsed as the site parses them. */
export async function exercisesOf(page: Page): Promise<{ exercises: Exercise[]; problems: string[] }> {
  exerciseRenderer ??= createMarkdownRenderer(docsDir, { config: exerciseContainers }, '/', { warn: () => {} })
  const md = await exerciseRenderer
  const { exercises, problems } = findExercises(md.parse(bodyOf(page.source), {}), (tokens) => md.renderer.render(tokens, md.options, {}))
  return { exercises: exercises.map(({ open, close, taskTokens, ...exercise }) => exercise), problems }
}
