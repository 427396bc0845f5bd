// Offline after one visit: the service worker serves every locale's pages, the page hands the sandbox the runtime it kept, and a new build is offered.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import sirv from 'sirv'
import { runAndWait, runnerOf, texts } from './runner-support'
import { hydrated, runtimeMs, runtimeTestMs } from './waits'

test.describe.configure({ timeout: 2 * runtimeTestMs })
// The service worker is what these tests are about (the other specs block it).
test.use({ serviceWorkers: 'allow' })

/** Waits until the service worker is active: its install precached the whole build. */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
}

/** The output the page shows under a runner's example, line by line. */
async function shownOutput(runner: Locator): Promise<string[]> {
  return (await runner.getByTestId('output').locator('pre').innerText()).replace(/\n$/, '').split('\n')
}

async function runsAsShown(page: Page, lang: 'python' | 'typescript'): Promise<void> {
  await hydrated(page)
  const runner = runnerOf(page, lang)
  const expected = await shownOutput(runner)
  const lines = await runAndWait(runner, runtimeMs)
  await expect(runner).toHaveAttribute('data-state', 'done')
  expect(texts(lines)).toEqual(expected)
}

test('after one visit online, pages of every locale and both runtimes work with no network', async ({ page, context }) => {
  await page.goto('/aiter')
  await serviceWorkerReady(page)
  // First use online: the page fetches the runtimes' files and keeps them.
  await runsAsShown(page, 'python')
  await page.goto('/typescript')
  await runsAsShown(page, 'typescript')

  await context.setOffline(true)
  await page.goto('/ru/aiter')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.locator('h1')).toContainText('aiter')
  await runsAsShown(page, 'python')

  // Another locale, through the page's own links (client-side navigation) and a full load.
  await page.goto('/fr/typescript')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await runsAsShown(page, 'typescript')
  await page.goto('/zh/')
  await page.locator('.VPSidebar a[href$="/zh/aiter"], .VPNav a[href$="/zh/aiter"], main a[href$="/zh/aiter"]').first().click()
  await expect(page).toHaveURL(/\/zh\/aiter$/)
  await runsAsShown(page, 'python')
})

test('a sandboxed frame is outside the service worker: offline, a precached page loads in a plain frame, not in a sandboxed one', async ({ page, context }) => {
  await page.goto('/aiter')
  await serviceWorkerReady(page)
  // The reload is controlled by the service worker that installed on the first load.
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await context.setOffline(true)
  for (const sandboxed of [false, true]) {
    await page.evaluate((sandboxed) => {
      const frame = document.createElement('iframe')
      frame.name = sandboxed ? 'sandboxed' : 'plain'
      if (sandboxed) frame.setAttribute('sandbox', 'allow-scripts')
      frame.src = '/ru/aiter'
      document.body.append(frame)
      return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
    }, sandboxed)
  }
  const heading = (name: string) => page.frame({ name })!.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '')
  expect(await heading('plain')).toContain('aiter')
  // The sandboxed frame's load went to the network, and got the browser's offline error page.
  expect(await heading('sandboxed')).not.toContain('aiter')
})

/**
 * The built site on a port of its own, whose service worker script turns into a new build's on demand
 * (an origin of its own, so its service worker is new too).
 */
async function hostWithNewBuilds(): Promise<{ url: string; deploy(): void; close(): Promise<void> }> {
  const dist = '.vitepress/dist'
  const files = sirv(dist, { extensions: ['html'], dev: false, setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*') })
  let builds = 0
  const server = createServer((req, res) => {
    if (builds > 0 && req.url === '/sw.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-cache' })
      return res.end(`${readFileSync(join(dist, 'sw.js'), 'utf8')}\n// build ${builds}\n`)
    }
    files(req, res, () => void res.writeHead(404).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: () => void builds++,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

test('a new build is offered in the page’s language, and Reload brings it in', async ({ page }) => {
  const host = await hostWithNewBuilds()
  try {
    await page.goto(`${host.url}/fr/aiter`)
    await hydrated(page)
    await serviceWorkerReady(page)
    // A reader's next visit: the page is the installed build's.
    await page.reload()
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    const notice = page.getByTestId('update-notice')
    await expect(notice).toBeEmpty()

    host.deploy()
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration!.update()))
    await expect(notice).toContainText('Une nouvelle version du cours est disponible.', { timeout: runtimeMs })
    await expect(notice).toHaveAttribute('role', 'status')
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), scheme === 'dark')
      const audit = await new AxeBuilder({ page }).include('[data-testid="update-notice"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(audit.violations, scheme).toEqual([])
    }
    const waitingWorker = () => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)))
    await expect.poll(waitingWorker).toBe(true)

    const reloaded = page.waitForEvent('load')
    await notice.getByRole('button', { name: 'Recharger' }).click()
    await reloaded
    await hydrated(page)
    await expect(notice).toBeEmpty()
    await expect.poll(waitingWorker).toBe(false)
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  } finally {
    await host.close()
  }
})
