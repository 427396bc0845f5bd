// Runs a TypeScript program in Node: types stripped by sucrase, run as an ES module, console output formatted by the site's formatter.
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { transform } from 'sucrase'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'ts-examples-'))
let count = 0

/** The worker's formatter, bundled for a browser as the sandbox bundles it, beside the programs. */
const formatter = build({
  entryPoints: [fileURLToPath(new URL('../../playground/typescript/format.ts', import.meta.url))],
  outfile: join(dir, 'format.mjs'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'silent',
})

// Every console method writes to stdout, so what the page shows keeps the program's order.
const preamble = `import { formatArgs } from './format.mjs';
for (const name of ['log', 'info', 'warn', 'error', 'debug']) {
  console[name] = (...args) => process.stdout.write(formatArgs(args) + '\\n');
}
`

export function stripTypes(code: string): string {
  return transform(code, { transforms: ['typescript'], disableESTransforms: true }).code
}

export async function runTypeScript(code: string): Promise<{ printed: string; error?: string }> {
  await formatter
  const file = join(dir, `example-${count++}.mjs`)
  writeFileSync(file, preamble + stripTypes(code))
  try {
    const { stdout } = await run(process.execPath, [file], { timeout: 20_000 })
    return { printed: stdout }
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string }
    return { printed: failed.stdout ?? '', error: failed.stderr || failed.message }
  }
}
