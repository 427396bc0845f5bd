// What the browser tests wait for: a hydrated page, and how long a loaded 2-core machine may take to load what a page loads later.
import type { Page } from '@playwright/test'

/**
 * How long a run may take to get its runtime and finish. Pyodide starts in a few seconds on an idle
 * machine, several times slower on a 2-core CI machine running two browsers, and a runtime that was
 * stopped or lost is loaded afresh.
 */
export const runtimeMs = 90_000

/** How long a test that starts runtimes may take: more than one runtime start, and the page around them. */
export const runtimeTestMs = 180_000

/** How long a part the page loads on demand may take to appear: the search index, the editor. */
export const onDemandMs = 20_000

/** Waits until Vue has hydrated the page: before that, a click reaches only the server-rendered HTML and does nothing. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => '__vue_app__' in (document.getElementById('app') ?? {}))
}
