// Runs every test: types, unit tests, the examples on the site's runtimes, the build, the browser suite.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const results = 'test-results'
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })

interface Step {
  name: string
  command: string[]
  /** The step's JSON report, and how to read how many tests passed and failed from it. */
  report?: { file: string; count: (report: any) => { passed: number; failed: number } }
}

/** Steps in order; the steps of one stage run side by side (the type check and the build each keep about one core busy). */
const stages: Step[][] = [
  [
    {
      name: 'unit and examples',
      command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`],
      report: {
        file: `${results}/vitest.json`,
        count: (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }),
      },
    },
  ],
  [
    { name: 'types', command: ['npx', 'vue-tsc', '--noEmit', '-p', '.'] },
    { name: 'build', command: ['npx', 'vitepress', 'build'] },
  ],
  [
    {
      name: 'browser',
      command: ['npx', 'playwright', 'test'],
      // playwright.config.ts writes this report.
      report: {
        file: `${results}/e2e.json`,
        count: ({ stats }) => ({ passed: stats.expected + stats.flaky, failed: stats.unexpected }),
      },
    },
  ],
]

/** Runs a step; beside others, its output is held and shown whole when it ends, so logs do not interleave. */
function runStep(step: Step, alone: boolean): Promise<number> {
  const header = `\n▶ ${step.name}: ${step.command.join(' ')}`
  if (alone) console.log(header)
  return new Promise((resolve) => {
    const child = spawn(step.command[0], step.command.slice(1), {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    })
    const output: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk))
    child.on('close', (code) => {
      if (!alone) console.log(`${header}\n${Buffer.concat(output).toString()}`)
      resolve(code ?? 1)
    })
  })
}

let passed = 0
let failed = 0
const broken: string[] = []
for (const stage of stages) {
  const codes = await Promise.all(stage.map((step) => runStep(step, stage.length === 1)))
  stage.forEach((step, i) => {
    if (step.report && existsSync(step.report.file)) {
      const counted = step.report.count(JSON.parse(readFileSync(step.report.file, 'utf8')))
      passed += counted.passed
      failed += counted.failed
    }
    if (codes[i] !== 0) broken.push(step.name)
  })
  if (broken.length > 0) break
}

if (broken.length > 0) console.log(`\nStopped: the ${broken.join(' and ')} step${broken.length > 1 ? 's' : ''} failed.`)
console.log(`\ntests: ${passed} passed, ${failed} failed`)
process.exit(broken.length > 0 ? 1 : 0)
