// Gzipped JavaScript a page fetches before the reader touches anything.
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

export async function scriptWeight(browser: Browser, url: string): Promise<{ files: number; kb: number; runners: number }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const sizes: Promise<number>[] = []
  page.on('response', (response) => {
    if (/\.m?js(\?|$)/.test(response.url())) sizes.push(response.body().then((body) => gzipSync(body).length))
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const all = await Promise.all(sizes)
  const runners = await page.locator('[data-testid="runner"]').count()
  await context.close()
  return { files: all.length, kb: all.reduce((a, b) => a + b, 0) / 1024, runners }
}
