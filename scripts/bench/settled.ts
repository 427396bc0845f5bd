// Opens a page and waits until it has fetched nothing for a moment: Playwright's "networkidle" sometimes never comes on a page whose sandbox runs workers from blobs.
import type { Page } from '@playwright/test'

export async function openSettled(page: Page, url: string, quietMs = 1000, longestMs = 30_000): Promise<void> {
  let last = Date.now()
  const heard = () => (last = Date.now())
  const context = page.context()
  context.on('request', heard)
  context.on('requestfinished', heard)
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForFunction(() => '__vue_app__' in (document.getElementById('app') ?? {}))
  const until = Date.now() + longestMs
  while (Date.now() - last < quietMs && Date.now() < until) await page.waitForTimeout(100)
  context.off('request', heard)
  context.off('requestfinished', heard)
}
