// The playground's starters come from its page: the examples under #starter-python and #starter-typescript, passed on intact.
import { createSSRApp, defineComponent, type PropType } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, it } from 'vitest'
import type { Lang } from '../../playground/share'
import { bodyOf, coursePages, docsDir, examplesOf, markdown, tokensOf } from '../../tests/support/pages'
import { examplesPlugin } from './examples'
import { passStarters, playgroundPlugin, startersOf } from './playground'

const fence = (info: string, body: string) => '```' + info + '\n' + body + '\n```\n'
const example = (lang: string, code: string) => `${fence(lang, code)}\n${fence('output', 'x')}\n`
const playgroundPages = coursePages().filter((page) => page.slug === 'playground')

/** The HTML a page renders to once its playground has its starters. */
async function rendered(source: string): Promise<string> {
  const md = await markdown()
  const tokens = md.parse(source, {})
  passStarters(tokens)
  return md.renderer.render(tokens, md.options, {})
}

/** The starters Vue hands to a component (<CodePlayground> unless named) when it compiles its tag in a page's HTML. */
async function propsOf(html: string, name = 'CodePlayground'): Promise<Record<Lang, string> | undefined> {
  const tag = new RegExp(`<${name}\\b[^"]*(?:"[^"]*"[^"]*)*?\\/>`).exec(html)?.[0] ?? ''
  let received: Record<Lang, string> | undefined
  const component = defineComponent({
    props: { starters: { type: Object as PropType<Record<Lang, string>>, required: true } },
    setup: (props) => {
      received = props.starters
      return () => null
    },
  })
  await renderToString(createSSRApp({ components: { [name]: component }, template: tag }))
  return received
}

describe('startersOf', () => {
  it('takes the first example of each language in its own starter section, none from elsewhere', async () => {
    const page = [
      '## Intro {#intro}',
      example('python', 'print("not a starter")'),
      '## In Python {#starter-python}',
      example('ts', 'console.log("wrong language")'),
      example('python', 'print("python starter")'),
      example('python', 'print("second example")'),
      '## In TypeScript {#starter-typescript}',
      example('ts', 'console.log("ts starter")'),
    ].join('\n')
    expect(startersOf((await markdown()).parse(page, {}))).toEqual({ python: 'print("python starter")\n', typescript: 'console.log("ts starter")\n' })
  })

  it.each(playgroundPages.map((page) => [page.file, page] as const))('%s has a starter in each language, each an example the tests run', async (_, page) => {
    const starters = startersOf(await tokensOf(page))
    const examples = (await examplesOf(page)).pairs.map((pair) => pair.code)
    expect(Object.keys(starters)).toEqual(['python', 'typescript'])
    for (const code of Object.values(starters)) expect(examples).toContain(code)
  })
})

describe('passStarters', () => {
  it('gives <CodePlayground /> its page starters, which reach the component character for character', async () => {
    const python = 'print("quotes \\" and \' & <b>tags</b> {{ braces }} — ж 中")\n'
    const typescript = 'console.log(`template ${"&amp;"}`);\n'
    const page = ['<CodePlayground />', '', '## Python {#starter-python}', example('python', python.trimEnd()), '## TS {#starter-typescript}', example('ts', typescript.trimEnd())]
    expect(await propsOf(await rendered(page.join('\n')))).toEqual({ python, typescript })
  })

  it.each(playgroundPages.map((page) => [page.file, page] as const))('gives the playground of %s the starters the page prints', async (_, page) => {
    const starters = startersOf(await tokensOf(page))
    expect(await propsOf(await rendered(bodyOf(page.source)))).toEqual(starters)
  })

  it('fails a page that has the playground but no starter in some language', async () => {
    await expect(rendered(['<CodePlayground />', '', '## Python {#starter-python}', example('python', 'print(1)')].join('\n'))).rejects.toThrow('{#starter-typescript}')
  })
})

describe('playgroundPlugin', () => {
  // The site's own renderer: the playground rule, then the examples wrapped, as the build runs them.
  const site = createMarkdownRenderer(docsDir, { config: (md) => md.use(playgroundPlugin).use(examplesPlugin) }, '/', { warn: () => {} })
  const embedPages = coursePages().filter((page) => page.slug === 'embed')

  it('finds the embed page in all four locales', () => {
    expect(embedPages.map((page) => page.locale.dir)).toEqual(['en', 'ru', 'zh', 'fr'])
  })

  it.each(embedPages.map((page) => [page.file, page] as const))('gives the embed of %s the starters of its own locale’s playground', async (_, page) => {
    const playground = playgroundPages.find((p) => p.locale.dir === page.locale.dir)!
    const html = (await site).render(page.source, { path: `${docsDir}${page.locale.dir}/embed.md` })
    expect(await propsOf(html, 'CodeEmbed')).toEqual(startersOf(await tokensOf(playground)))
  })

  it('still gives the playground its starters, though the examples plugin runs after it', async () => {
    const page = playgroundPages[0]
    // Parsed, not rendered: the tags are in the tokens already, and highlighting every example is slow.
    const tokens = (await site).parse(page.source, { path: `${docsDir}${page.file.replace(/^docs\//, '')}` })
    const html = tokens.filter((token) => token.type.startsWith('html_')).map((token) => token.content).join('')
    expect(await propsOf(html)).toEqual(startersOf(await tokensOf(page)))
  })
})
