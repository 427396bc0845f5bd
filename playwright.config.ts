// Playwright: the built site, served as a static host serves it, in Chromium (Debian's when present).
import { defineConfig } from '@playwright/test'
import { siteBase } from './.vitepress/config/base'
import { chromiumArgs, chromiumPath } from './scripts/browser'

const port = Number(process.env.PORT ?? 4173)
// A site built with SITE_BASE is served under it (tests/e2e/base.spec.ts checks such a build).
const base = siteBase(process.env.SITE_BASE)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Every test starts in a fresh context, where the service worker would precache the whole site
    // (12 MB) on each first visit. Only the offline tests let it in.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      // A 1 GB JavaScript heap: a program that fills the heap (a hostile test) reaches the engine's
      // limit in a few seconds instead of close to the 30 s time limit on a loaded 2-core machine.
      args: [...chromiumArgs, '--js-flags=--max-old-space-size=1024'],
    },
  },
  webServer: {
    command: `npx tsx scripts/static-host.ts`,
    env: { PORT: String(port), SITE_BASE: base },
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
