// Gzipped JavaScript a page fetches before the reader touches anything: the site's code and the page's own, and apart from them the sandbox's runtime.
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

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

export async function scriptWeight(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const sizes: Promise<{ own: boolean; runtime: boolean; bytes: number }>[] = []
  page.on('response', (response) => {
    const name = response.url()
    if (!/\.m?js(\?|$)/.test(name)) return
    const own = /\/assets\/[^/]*\.md\.[^/]*\.js/.test(name)
    sizes.push(response.body().then((body) => ({ own, runtime: runtimeFile.test(name), bytes: gzipSync(body).length })))
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const all = await Promise.all(sizes)
  const runners = await page.locator('[data-testid="runner"]').count()
  await context.close()
  const kb = (files: typeof all) => files.reduce((sum, file) => sum + file.bytes, 0) / 1024
  const site = all.filter((file) => !file.runtime)
  return { files: site.length, kb: kb(site), pageKb: kb(site.filter((file) => file.own)), runners, runtimeKb: kb(all.filter((file) => file.runtime)) }
}
