// Collects a page's console errors and warnings and its uncaught errors, for tests that want none.
import type { ConsoleMessage, Page } from '@playwright/test'

/** Playwright's own word for the service worker it keeps out of the tests (offline.spec.ts lets it in). */
const serviceWorkerBlocked = 'Service Worker registration blocked by Playwright'

/** The list fills as the page logs; read it at the end of the test. */
export function consoleProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.text() === serviceWorkerBlocked) return
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  return problems
}
