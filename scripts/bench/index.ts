// `npm run bench`: build time, JavaScript before interaction, the runner's speed against bare Pyodide, and the step-through's.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { startersOf } from '../../.vitepress/markdown/playground'
import { coursePages, tokensOf } from '../../tests/support/pages'
import { launchChromium } from '../browser'
import { startStaticHost } from '../static-host'
import { bareFirstLine, floodTasks, median, medians, repeated, runnerTimes, type RunnerTimes } from './runner'
import { traceTimes } from './trace'
import { scriptWeight } from './weights'

const port = 4180
const origin = `http://127.0.0.1:${port}`
const dist = '.vitepress/dist'
const budgetKB = 90
const sleepMs = 100
const rounds = 5
const pages = ['/', '/aiter', '/async-for', '/protocol', '/cheatsheet', '/playground', '/ru/aiter', '/zh/patterns', '/fr/typescript']

function timeBuild(): number {
  const started = performance.now()
  if (spawnSync('npx', ['vitepress', 'build'], { stdio: 'ignore' }).status !== 0) throw new Error('vitepress build failed')
  return (performance.now() - started) / 1000
}

const buildSeconds = timeBuild()
mkdirSync(`${dist}/__bench`, { recursive: true })
cpSync(new URL('./bare.html', import.meta.url).pathname, `${dist}/__bench/bare.html`)
const playgroundPage = coursePages().find((page) => page.locale.dir === 'en' && page.slug === 'playground')!
writeFileSync(`${dist}/__bench/program.py`, startersOf(await tokensOf(playgroundPage)).python!)
const server = await startStaticHost(dist, port)
const browser = await launchChromium()

const weights = []
for (const path of pages) weights.push({ path, ...(await scriptWeight(browser, `${origin}${path}`, dist)) })
// The bare page and the course take turns, so a slower spell of the machine weighs on both alike.
const bareRuns: number[] = []
const courseRuns: RunnerTimes[] = []
for (let i = 0; i < rounds; i++) {
  bareRuns.push(await bareFirstLine(browser, origin))
  courseRuns.push(await runnerTimes(browser, origin))
}
const bare = median(bareRuns)
const times = medians(courseRuns)
const pythonFlood = await repeated(3, () => floodTasks(browser, origin, 'python'))
const typescriptFlood = await repeated(3, () => floodTasks(browser, origin, 'typescript'))
const trace = await traceTimes(browser, origin, 5)

await browser.close()
server.close()
rmSync(`${dist}/__bench`, { recursive: true, force: true })

const ms = (value: number) => `${Math.round(value)} ms`.padStart(8)
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER')

console.log(`\nFull build, four locales: ${buildSeconds.toFixed(1)} s  ${verdict(buildSeconds < 60)} (budget 60 s)`)
console.log('\nJavaScript loaded before any interaction (gzip); the site code is the same on every page,')
console.log('whatever the number of runners; the page part is its own text:')
for (const row of weights) {
  const site = (row.kb - row.pageKb).toFixed(1).padStart(5)
  const runtime = row.runtimeKb > 0 ? `  + runtime prepared on open ${row.runtimeKb.toFixed(1)} KB` : ''
  console.log(`  ${row.path.padEnd(16)} ${String(row.runners).padStart(2)} runners  ${row.kb.toFixed(1).padStart(5)} KB = site ${site} + page ${row.pageKb.toFixed(1).padStart(4)}  ${verdict(row.kb <= budgetKB)} (budget ${budgetKB} KB)${runtime}`)
}
console.log(`\nPython, median of ${rounds}, bare page and course in turns (empty cache for the cold cases):`)
console.log(`  bare page, navigation → first line   ${ms(bare)}`)
console.log(`  course, Run → first line (cold)      ${ms(times.pythonCold)}   ratio ${(times.pythonCold / bare).toFixed(2)}  ${verdict(times.pythonCold <= 0.5 * bare)} (budget 0.5 ×: a memory snapshot instead of starting CPython)`)
console.log(`  course, Run → first line (warm)      ${ms(times.pythonWarm)}   less the ${sleepMs} ms sleep ${ms(times.pythonWarm - sleepMs)}  ${verdict(times.pythonWarm - sleepMs <= 20)} (budget 20 ms)`)
console.log(`  Run 6 s after Stop → first line      ${ms(times.restartAfterStop)}   ${verdict(times.restartAfterStop < times.pythonCold / 4)} (a fresh runtime was ready: far from a cold start)`)
console.log(`\nTypeScript, median of ${rounds}, on a share link to the playground:`)
console.log(`  Run → first line (first use)         ${ms(times.typescriptFirst)}   less the sleep ${ms(times.typescriptFirst - sleepMs)}  ${verdict(times.typescriptFirst - sleepMs <= 150)} (budget 150 ms)`)
console.log(`  Run → first line (warm)              ${ms(times.typescriptWarm)}   less the sleep ${ms(times.typescriptWarm - sleepMs)}  ${verdict(times.typescriptWarm - sleepMs <= 20)} (budget 20 ms)`)
console.log("\nThe page's main thread while a program prints without end until the output cap stops it,")
console.log("longest task, median of 3 (wall time; the thread's own time in brackets):")
for (const [lang, flood] of [['Python', pythonFlood], ['TypeScript', typescriptFlood]] as const) {
  console.log(`  ${lang.padEnd(36)} ${ms(flood.wallMs)}   (${Math.round(flood.cpuMs)} ms)  ${verdict(flood.wallMs <= 200)} (limit 200 ms)`)
}
const traceOpen = median(trace.openMs)
console.log(`\nStep through, a program of ${trace.steps} events, warm (a runtime waiting), median of ${trace.openMs.length}:`)
console.log(`  pressed → stepper open on step 1     ${ms(traceOpen)}   (each: ${trace.openMs.map((value) => Math.round(value)).join(', ')} ms)  ${verdict(traceOpen < 1000)} (budget 1 s)`)
process.exit(0)
