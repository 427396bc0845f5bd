// The embed page: the runner alone in every locale, fitting a 640×420 frame, framed by another origin, copied from the playground.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { locales } from '../../.vitepress/config/locales'
import { embedSize, embedSnippet, embedURL } from '../../playground/embed'
import { shareHash, type Lang } from '../../playground/share'
import { strings } from '../../components/strings'
import { consoleProblems } from './console'
import { noteReadyRuntimes, runAndWait, runtimeReady, texts } from './runner-support'
import { hydrated, runtimeMs, runtimeTestMs } from './waits'

// Every test here starts a runtime.
test.describe.configure({ timeout: runtimeTestMs })

const programs: Record<Lang, { code: string; prints: string[] }> = {
  python: { code: 'import asyncio\n\nasync def main():\n    print("from the embed")\n\nasyncio.run(main())\n', prints: ['from the embed'] },
  typescript: { code: 'const n: number = 6;\nawait new Promise((r) => setTimeout(r, 10));\nconsole.log(n * 7);\n', prints: ['42'] },
}

/** Long lines, and more of them than the frame holds: the output scrolls inside the frame, the page not at all. */
const wide = 'for n in range(40):\n    print(n, "x" * 300)\n'

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

/** Opens a URL in a fresh page sized as the embed frame, collecting console errors. */
async function openFramed(page: Page, url: string): Promise<string[]> {
  const errors = consoleProblems(page)
  await page.setViewportSize(embedSize)
  await page.goto(url)
  await hydrated(page)
  return errors
}

// Two locales run both runtimes (a left-to-right and a CJK page); the French and Russian embed pages
// are opened, run and audited by the bad-link and axe tests below.
for (const locale of locales.filter(({ dir }) => dir === 'en' || dir === 'zh')) {
  const { prefix, lang: htmlLang } = locale.words
  test(`${prefix}embed runs Python and TypeScript on click, never by itself, and fits 640×420`, async ({ page, context }) => {
    await noteReadyRuntimes(context)
    for (const lang of ['python', 'typescript'] as const) {
      const tab = lang === 'python' ? page : await context.newPage()
      const errors = await openFramed(tab, `${prefix}embed${shareHash(lang, programs[lang].code)}`)
      await expect(tab.locator('html')).toHaveAttribute('lang', htmlLang)
      await expect(tab.locator('.VPNav, .VPSidebar, .VPFooter, .VPLocalNav')).toHaveCount(0)
      await expect(tab.getByTestId('share-problem')).toHaveCount(0)
      const runner = tab.getByTestId('runner')
      await expect(runner).toHaveAttribute('data-lang', lang)
      await expect(runner.getByTestId('editor')).toContainText(programs[lang].code.split('\n')[0])
      // The runtime has loaded and waits: a run started by itself would have taken it already.
      await runtimeReady(tab, lang)
      await expect(runner).toHaveAttribute('data-state', 'idle')
      await expect(runner.locator('[data-stream]')).toHaveCount(0)
      expect(await sideways(tab), 'page width at 640 px').toBeLessThanOrEqual(embedSize.width)
      expect(texts(await runAndWait(runner, runtimeMs))).toEqual(programs[lang].prints)
      expect(errors).toEqual([])
    }
  })
}

test('a long output of long lines scrolls inside the embed, and the page neither way', async ({ page }) => {
  await openFramed(page, `/embed${shareHash('python', wide)}`)
  const runner = page.getByTestId('runner')
  expect(await runAndWait(runner, runtimeMs)).toHaveLength(40)
  expect(await sideways(page)).toBeLessThanOrEqual(embedSize.width)
  const output = runner.locator('.runner-lines')
  expect(await output.evaluate((lines) => lines.scrollHeight > lines.clientHeight), 'the output scrolls').toBe(true)
  expect(await page.evaluate(() => document.documentElement.scrollHeight), 'the page does not').toBeLessThanOrEqual(embedSize.height)
})

for (const [dir, hash] of [['en', ''], ['zh', '#lang=cobol&code=eA'], ['fr', '#lang=python&code=%%%']] as const) {
  test(`a ${hash ? 'bad' : 'missing'} link says so in ${dir} and opens the starter, which runs`, async ({ page }) => {
    const { words } = locales.find((l) => l.dir === dir)!
    await openFramed(page, `${words.prefix}embed${hash}`)
    const reason = hash === '' ? 'missing' : hash.includes('cobol') ? 'language' : 'damaged'
    await expect(page.getByRole('alert')).toHaveText(strings[dir].playground.badLink[reason])
    const runner = page.getByTestId('runner')
    await expect(runner.getByTestId('editor')).toContainText('AsyncCounter')
    await expect(runner).toHaveAttribute('data-state', 'idle')
    expect(texts(await runAndWait(runner, runtimeMs))).toEqual(['0', '1', '2'])
  })
}

test('Copy embed code copies an iframe of the locale’s embed page that another origin can frame and run', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/zh/playground')
  await hydrated(page)
  const runner = page.locator('.code-playground [data-testid="runner"]')
  await runner.hover()
  const content = runner.locator('.cm-content')
  await content.click()
  await page.keyboard.press('ControlOrMeta+A')
  await content.fill('print("嵌入 & <iframe>")')
  await page.getByTestId('copy-embed').click()
  await expect(page.getByTestId('copy-embed-outcome')).toHaveText(strings.zh.playground.embedCopied)
  const snippet = await page.evaluate(() => navigator.clipboard.readText())
  const code = 'print("嵌入 & <iframe>")'
  expect(snippet).toBe(embedSnippet(embedURL(`${baseURL}/zh/playground`, 'python', code), strings.zh.embed.frameTitle('Python')))

  // A page of another origin (another host name for the same server, as tests/e2e/isolation.spec.ts
  // does) becomes a blog post that pastes the snippet.
  const host = await context.newPage()
  await host.goto(`${baseURL!.replace('127.0.0.1', 'localhost')}/aiter`)
  await host.evaluate((html) => {
    document.open()
    document.write(html)
    document.close()
  }, `<!doctype html><html lang="en"><meta charset="utf-8"><title>A blog</title><body><h1>A post</h1>${snippet}</body></html>`)
  const frameElement = host.locator('iframe')
  await expect(frameElement).toHaveAttribute('title', strings.zh.embed.frameTitle('Python'))
  expect(await frameElement.boundingBox()).toMatchObject({ width: embedSize.width, height: embedSize.height })
  const frame = host.frameLocator('iframe')
  const framed = frame.getByTestId('runner')
  await expect(framed.getByTestId('editor')).toContainText(code)
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN')
  expect(await frame.locator('html').evaluate(() => location.origin)).toBe(baseURL)
  expect(await host.evaluate(() => location.origin)).not.toBe(baseURL)
  expect(await frame.locator('html').evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(embedSize.width)
  // Hydrated inside the frame, Run runs it there.
  await host.frame({ url: /\/zh\/embed#/ })!.waitForFunction(() => '__vue_app__' in (document.getElementById('app') ?? {}))
  await expect(framed).toHaveAttribute('data-state', 'idle')
  await framed.getByTestId('run').click()
  await expect(framed).toHaveAttribute('data-state', 'done', { timeout: runtimeMs })
  await expect(framed.locator('[data-stream]')).toHaveText(['嵌入 & <iframe>'])
})

test('when the clipboard refuses, Copy embed code says so and shows the code to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) })
  })
  await page.goto('/fr/playground')
  await hydrated(page)
  await page.getByTestId('copy-embed').click()
  await expect(page.getByTestId('copy-embed-outcome')).toHaveText(strings.fr.playground.embedCopyFailed)
  const shown = await page.getByTestId('embed-snippet').inputValue()
  expect(shown).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/fr\/embed#lang=python&amp;code=[\w-]+" title="[^"]+" width="640" height="420" loading="lazy" style="border:0"><\/iframe>$/)
  await expect(page.getByLabel(strings.fr.playground.embedCode)).toBeVisible()
})

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
// Both schemes, in two locales: English dark, Russian light.
const audits: { dir: string; colorScheme: 'light' | 'dark' }[] = [
  { dir: 'en', colorScheme: 'dark' },
  { dir: 'ru', colorScheme: 'light' },
]
for (const { locale, colorScheme } of audits.map(({ dir, colorScheme }) => ({ locale: locales.find((locale) => locale.dir === dir)!, colorScheme }))) {
  {
    test(`${locale.words.prefix}embed with a bad link and a finished run has no WCAG 2.1 AA violation (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await openFramed(page, `${locale.words.prefix}embed#lang=cobol&code=eA`)
      const html = expect(page.locator('html'))
      await (colorScheme === 'dark' ? html.toHaveClass(/\bdark\b/) : html.not.toHaveClass(/\bdark\b/))
      await expect(page.getByRole('alert')).toBeVisible()
      const runner = page.getByTestId('runner')
      await runAndWait(runner, runtimeMs)
      await expect(runner).toHaveAttribute('data-state', 'done')
      const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
    })
  }
}
