// Launches Chromium for scripts: Debian's /usr/bin/chromium when present, else Playwright's own.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'

const debianChromium = '/usr/bin/chromium'

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']

/** Debian's Chromium, or undefined to let Playwright use the browser it downloaded itself. */
export function chromiumPath(): string | undefined {
  return existsSync(debianChromium) ? debianChromium : undefined
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
}
