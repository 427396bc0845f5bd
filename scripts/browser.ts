// Launches Chromium for scripts: Debian's /usr/bin/chromium when present, else Playwright's own.
import { existsSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'

const debianChromium = '/usr/bin/chromium'

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: existsSync(debianChromium) ? debianChromium : undefined, args: chromiumArgs })
}
