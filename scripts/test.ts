// Runs every test: types, unit tests, the examples on the site's runtimes, the build, the browser suite.
import { spawnSync } from 'node:child_process'
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

const steps: Step[] = [
  { name: 'types', command: ['npx', 'vue-tsc', '--noEmit', '-p', '.'] },
  {
    name: 'unit and examples',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`],
    report: {
      file: `${results}/vitest.json`,
      count: (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }),
    },
  },
  { name: 'build', command: ['npx', 'vitepress', 'build'] },
  {
    name: 'browser',
    command: ['npx', 'playwright', 'test'],
    // playwright.config.ts writes this report.
    report: {
      file: `${results}/e2e.json`,
      count: ({ stats }) => ({ passed: stats.expected + stats.flaky, failed: stats.unexpected }),
    },
  },
]

let passed = 0
let failed = 0
let broken = ''
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`)
  const run = spawnSync(step.command[0], step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  })
  if (step.report && existsSync(step.report.file)) {
    const counted = step.report.count(JSON.parse(readFileSync(step.report.file, 'utf8')))
    passed += counted.passed
    failed += counted.failed
  }
  if (run.status !== 0) {
    broken = step.name
    break
  }
}

if (broken) console.log(`\nStopped: the ${broken} step failed.`)
console.log(`\ntests: ${passed} passed, ${failed} failed`)
process.exit(broken ? 1 : 0)
