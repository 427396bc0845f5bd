// A site built and served under a base path, as a GitHub project page is (/REPO/): pages, sandbox and runtimes load from under it, and examples run.
// Run it on such a build: SITE_BASE=/course/ npx vitepress build && SITE_BASE=/course/ npx playwright test tests/e2e/base.spec.ts
import { expect, test, type Page } from '@playwright/test'
import { siteBase } from '../../.vitepress/config/base'
import { shareHash } from '../../playground/share'
import { runAndWait, runnerOf, texts } from './runner-support'
import { hydrated, runtimeMs, runtimeTestMs } from './waits'

const base = siteBase(process.env.SITE_BASE)

test.skip(base === '/', 'needs a build and a server under a base path: set SITE_BASE for both')
test.describe.configure({ timeout: runtimeTestMs })

/** Every request the page makes to the site's own server, so none can miss the base unseen. */
function ownRequests(page: Page, origin: string): string[] {
  const urls: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(origin)) urls.push(new URL(request.url()).pathname)
  })
  return urls
}

test(`a Python example runs under ${base}, with the sandbox and the runtime fetched from there`, async ({ page, baseURL }) => {
  const requests = ownRequests(page, baseURL!)
  const response = await page.goto(`${base}ru/aiter`)
  expect(response?.status()).toBe(200)
  await hydrated(page)
  const runner = runnerOf(page, 'python')
  const expected = (await runner.getByTestId('output').locator('pre').innerText()).replace(/\n$/, '').split('\n')
  expect(texts(await runAndWait(runner, runtimeMs))).toEqual(expected)
  expect(requests).toContain(`${base}sandbox/index.html`)
  expect(requests.some((path) => path.startsWith(`${base}pyodide/`))).toBe(true)
  expect(requests.filter((path) => !path.startsWith(base))).toEqual([])
})

test(`the embed page under ${base} runs a shared TypeScript program`, async ({ page }) => {
  await page.goto(`${base}fr/embed${shareHash('typescript', 'console.log(6 * 7);\n')}`)
  await hydrated(page)
  expect(texts(await runAndWait(runnerOf(page, 'typescript'), runtimeMs))).toEqual(['42'])
})

test(`the base without its slash leads to the home page`, async ({ page }) => {
  const response = await page.goto(base.slice(0, -1))
  expect(response?.url()).toMatch(new RegExp(`${base}$`))
  await hydrated(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})
