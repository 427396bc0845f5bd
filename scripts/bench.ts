// Prints the site's budgets: build time, and gzipped JavaScript each kind of page loads untouched.
import { spawnSync } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { launchChromium } from './browser'
import { startStaticHost } from './static-host'

const port = 4180
const budgetKB = 90
const pages = ['/', '/aiter', '/async-for', '/patterns', '/playground', '/ru/aiter', '/zh/aiter', '/fr/cheatsheet']

function timeBuild(): number {
  const started = performance.now()
  const build = spawnSync('npx', ['vitepress', 'build'], { stdio: 'ignore' })
  if (build.status !== 0) throw new Error('vitepress build failed')
  return (performance.now() - started) / 1000
}

/** Sum of the gzipped sizes of every script the page fetched by the time the network went quiet. */
async function scriptWeights(): Promise<{ page: string; files: number; kb: number }[]> {
  const browser = await launchChromium()
  const rows = []
  for (const path of pages) {
    const page = await browser.newPage()
    const scripts: Promise<number>[] = []
    page.on('response', (response) => {
      if (/\.(m?js)(\?|$)/.test(response.url())) scripts.push(response.body().then((body) => gzipSync(body).length))
    })
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' })
    const sizes = await Promise.all(scripts)
    rows.push({ page: path, files: sizes.length, kb: sizes.reduce((a, b) => a + b, 0) / 1024 })
    await page.close()
  }
  await browser.close()
  return rows
}

const buildSeconds = timeBuild()
const server = await startStaticHost('.vitepress/dist', port)
const rows = await scriptWeights()
server.close()

console.log(`\nFull build, four locales: ${buildSeconds.toFixed(1)} s (budget 60 s)\n`)
console.log('JavaScript loaded before any interaction (gzip):')
for (const row of rows) {
  const verdict = row.kb <= budgetKB ? 'ok' : 'OVER'
  console.log(`  ${row.page.padEnd(16)} ${row.kb.toFixed(1).padStart(6)} KB in ${String(row.files).padStart(2)} files  ${verdict} (budget ${budgetKB} KB)`)
}
process.exit(0)
