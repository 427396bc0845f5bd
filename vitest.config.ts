// Vitest: unit tests of pure logic, and the examples of every page run on the site's runtimes.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{.vitepress,components,playground,tests,scripts}/**/*.test.ts'],
          exclude: ['tests/examples/**', 'tests/e2e/**', '**/*.pyodide.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'examples',
          // The examples of every page and the runtime pieces that need Pyodide.
          include: ['tests/examples/**/*.test.ts', 'playground/**/*.pyodide.test.ts'],
          // Pyodide runs asyncio.run only with WebAssembly stack switching (JSPI).
          execArgv: ['--experimental-wasm-stack-switching'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
