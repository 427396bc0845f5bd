// Waits until Vue has hydrated the page: before that, a click reaches only the server-rendered HTML and does nothing.
import type { Page } from '@playwright/test'

export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => '__vue_app__' in (document.getElementById('app') ?? {}))
}
