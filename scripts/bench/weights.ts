// Gzipped JavaScript a page fetches before the reader touches anything: the site's code and the page's own, and apart from them the sandbox's runtime.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { openSettled } from './settled'

export interface Weight {
  files: number
  /** The site's and the page's code, in KB. */
  kb: number
  /** The page's own compiled markdown (`assets/<page>.md.*.js`), in KB; the rest is the same on every page. */
  pageKb: number
  runners: number
  /** The sandbox's host, workers and runtime, which only the playground loads on open, in KB. */
  runtimeKb: number
}

const runtimeFile = /\/(sandbox|pyodide)\//

/**
 * `dist`: the built site served at the origin's root. Sizes are the served files' own, gzipped: a
 * response the page reads as a blob (the runtime's files) has no body for Playwright to give.
 */
export async function scriptWeight(browser: Browser, url: string, dist: string): Promise<Weight> {
  // What is measured here does not involve the service worker, whose download of the whole course would only add noise.
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const sizes: { own: boolean; runtime: boolean; bytes: number }[] = []
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname
    if (!/\.m?js$/.test(name)) return
    const own = /\/assets\/[^/]*\.md\.[^/]*\.js/.test(name)
    sizes.push({ own, runtime: runtimeFile.test(name), bytes: gzipSync(readFileSync(join(dist, name))).length })
  })
  await openSettled(page, url)
  const runners = await page.locator('[data-testid="runner"]').count()
  await context.close()
  const kb = (files: typeof sizes) => files.reduce((sum, file) => sum + file.bytes, 0) / 1024
  const site = sizes.filter((file) => !file.runtime)
  return { files: site.length, kb: kb(site), pageKb: kb(site.filter((file) => file.own)), runners, runtimeKb: kb(sizes.filter((file) => file.runtime)) }
}
