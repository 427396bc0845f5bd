// The facts the old pages got wrong stay right on every page of every locale.
import { describe, expect, it } from 'vitest'
import { classifyFence } from '../../.vitepress/markdown/examples'
import { referenceExpansion } from '../../components/desugar/reference'
import { coursePages, examplesOf, tokensOf } from '../support/pages'
import { skeleton } from './skeleton'

const pages = await Promise.all(
  coursePages().map(async (page) => {
    const tokens = await tokensOf(page)
    const fences = tokens.filter((t) => t.type === 'fence').map((t) => ({ fence: classifyFence(t.info), content: t.content, line: (t.map?.[0] ?? 0) + 1 }))
    return { page, fences, examples: (await examplesOf(page)).pairs }
  }),
)
const englishOf = (slug: string) => pages.find((p) => p.page.locale.dir === 'en' && p.page.slug === slug)!

/** The pages that quote the async for desugaring, in every locale. */
const desugaringPages = ['async-for', 'cheatsheet']

/** Sentences of prose; every table row stands alone. */
function sentencesOf(source: string): string[] {
  return source
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.replace(/\s*\n\s*(?!\|)/g, ' ').split(/\n|(?<=[.!?。！？])\s+|(?<=[。！？])/))
}

/** "builtin" as each locale says it. */
const builtinWord = /builtin|встроенн|内置|native/i

/** The sentences of a page that call `name()` a builtin. */
const builtinSentences = (source: string, name: string) => sentencesOf(source).filter((s) => s.includes(`${name}()`) && builtinWord.test(s))

/** Every Python 3 version a text names. */
const versionsIn = (texts: string[]) => texts.flatMap((text) => text.match(/\b3\.\d+\b/g) ?? [])

describe.each(pages.map((entry) => [entry.page.file, entry] as const))('%s', (_, { page, fences, examples }) => {
  it('never comments out asyncio.run in an example', () => {
    const commented = examples.filter((e) => /^\s*#\s*asyncio\.run\(/m.test(e.code)).map((e) => e.line)
    expect(commented).toEqual([])
  })

  it('shows no output that changes between runs (addresses, timestamps)', () => {
    const unstable = examples
      .filter((e) => !e.varies && /0x[0-9a-f]{6,}|\d{4}-\d\d-\d\d[ T]\d\d:\d\d/i.test(e.output))
      .map((e) => e.line)
    expect(unstable).toEqual([])
  })

  // A fragment that quotes the desugaring: the flag that ends its while loop gives it away.
  const quoted = fences.filter((f) => f.fence.kind === 'fragment' && f.content.includes('running = True'))
  if (desugaringPages.includes(page.slug) || quoted.length > 0) {
    it('quotes the async for desugaring as the language reference does', () => {
      const codeLines = (text: string) => text.split('\n').map((line) => line.replace(/\s*#.*$/, '')).filter((line) => line.trim())
      const reference = codeLines(referenceExpansion).join('\n')
      expect(quoted.length, 'fragments quoting the desugaring').toBeGreaterThan(0)
      for (const f of quoted) expect(codeLines(f.content).join('\n'), `line ${f.line}`).toContain(reference)
    })
  }

  it('never says aiter() came with PEP 530', () => {
    const wrong = sentencesOf(page.source).filter((line) => /aiter/.test(line) && /PEP[\s-]*530/.test(line) && !/\bnot\b|\bне\b|不是|\bpas\b|\bni\b/i.test(line))
    expect(wrong).toEqual([])
  })

  if (page.locale.dir !== 'en') {
    it('runs the same examples as the English page (comments and sentences aside)', () => {
      const english = englishOf(page.slug).examples.map((e) => skeleton(e.code, e.lang))
      expect(examples.map((e) => skeleton(e.code, e.lang))).toEqual(english)
    })
  }
})

describe.each(pages.filter((p) => p.page.slug === 'aiter').map((p) => [p.page.locale.dir, p] as const))('aiter in %s', (_, { page, examples }) => {
  it('dates aiter() as a builtin to Python 3.10 and bpo-31861, in the same sentence', () => {
    const sentences = builtinSentences(page.source, 'aiter')
    expect(sentences.filter((s) => /\b3\.10\b/.test(s) && s.includes('bpo-31861'))).not.toEqual([])
    expect(new Set(versionsIn(sentences)), 'versions named where aiter() is called a builtin').toEqual(new Set(['3.10']))
  })

  it('shows aiter() called at module level, outside any async def', () => {
    expect(examples.some((e) => e.lang === 'python' && /^[^\s#].*\baiter\(/m.test(e.code))).toBe(true)
  })
})

describe.each(pages.filter((p) => p.page.slug === 'anext').map((p) => [p.page.locale.dir, p] as const))('anext in %s', (_, { page }) => {
  it('gives the signature with its optional default and dates it as a builtin to Python 3.10', () => {
    expect(page.source).toMatch(/anext\(async_iterator\[, default\]\)|anext\(async_iterator, default\)/)
    expect(new Set(versionsIn(builtinSentences(page.source, 'anext'))), 'versions named where anext() is called a builtin').toEqual(new Set(['3.10']))
  })
})
