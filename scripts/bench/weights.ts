// Gzipped JavaScript a page fetches before the reader touches anything: the site's code and the page's own.
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

export interface Weight {
  files: number
  /** Everything, in KB. */
  kb: number
  /** The page's own compiled markdown (`assets/<page>.md.*.js`), in KB; the rest is the same on every page. */
  pageKb: number
  runners: number
}

export async function scriptWeight(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const sizes: Promise<{ own: boolean; bytes: number }>[] = []
  page.on('response', (response) => {
    const name = response.url()
    if (/\.m?js(\?|$)/.test(name)) sizes.push(response.body().then((body) => ({ own: /\/assets\/[^/]*\.md\.[^/]*\.js/.test(name), bytes: gzipSync(body).length })))
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const all = await Promise.all(sizes)
  const runners = await page.locator('[data-testid="runner"]').count()
  await context.close()
  const kb = (files: typeof all) => files.reduce((sum, file) => sum + file.bytes, 0) / 1024
  return { files: all.length, kb: kb(all), pageKb: kb(all.filter((file) => file.own)), runners }
}
