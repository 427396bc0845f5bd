// Vite plugin: serves (dev) and emits (build) the sandbox host, its workers and the Pyodide runtime, and tells the page their version.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import type { Plugin } from 'vite'
import { snapshotFile } from '../../playground/python/snapshot-file'
import { inlineScriptProblem } from '../../playground/sandbox/frame-document'
import { pyodideDir, pyodideFiles, snapshotPath } from '../../playground/sandbox/runtime-files'

const root = join(dirname(new URL(import.meta.url).pathname), '../..')
const playground = join(root, 'playground')
const pyodidePackage = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))

const bundles: Record<string, string> = {
  'sandbox/host.js': 'sandbox/host.ts',
  'sandbox/python-worker.js': 'python/worker.ts',
  'sandbox/typescript-worker.js': 'typescript/worker.ts',
}

async function bundle(entry: string, minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [join(playground, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify,
    write: false,
    loader: { '.py': 'text' },
    logLevel: 'silent',
  })
  return result.outputFiles[0].text
}

const sandboxPaths = ['sandbox/index.html', ...Object.keys(bundles), ...pyodideFiles.map((file) => `${pyodideDir}${file}`), snapshotPath]

let snapshot: Promise<Uint8Array> | undefined

/**
 * Pyodide's memory snapshot, made once per build (or dev server) by a Node process with WebAssembly
 * stack switching, as the browser will restore it: about 0.3 s to start instead of 1.5–3 s.
 */
function pythonSnapshot(): Promise<Uint8Array> {
  snapshot ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'python-snapshot-')), snapshotFile)
    const maker = join(playground, 'python/make-snapshot.ts')
    await promisify(execFile)(process.execPath, ['--experimental-wasm-stack-switching', '--import', 'tsx', maker, out], { cwd: root })
    return readFileSync(out)
  })()
  return snapshot
}

/** One file of the sandbox by its path under the site root (bundles are built afresh), or undefined. */
async function sandboxFile(path: string, minify: boolean): Promise<string | Uint8Array | undefined> {
  if (path === 'sandbox/index.html') return readFileSync(join(playground, 'sandbox/index.html'), 'utf8')
  if (path in bundles) return bundle(bundles[path], minify)
  if (path === snapshotPath) return pythonSnapshot()
  if (sandboxPaths.includes(path)) return readFileSync(join(pyodidePackage, path.slice(pyodideDir.length)))
  return undefined
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  zip: 'application/zip',
  gz: 'application/gzip',
  json: 'application/json',
}

/** The page imports from here the host script's hash, to allow it in the sandbox's frame, and the build's runtime version. */
const hostModule = 'virtual:sandbox-host'

/**
 * One build's version of the runtime's files: a hash of them all, naming the cache the page keeps
 * them in, so a new build never runs on an old build's files.
 */
async function buildVersion(): Promise<string> {
  const hash = createHash('sha256')
  for (const path of sandboxPaths) hash.update(path).update(await sandboxFile(path, true) ?? '')
  return hash.digest('hex').slice(0, 16)
}

export function sandboxPlugin(): Plugin {
  let base = '/'
  let ssr = false
  let dev = false
  return {
    name: 'course-sandbox',
    configResolved(config) {
      base = config.base
      ssr = Boolean(config.build.ssr)
      dev = config.command === 'serve'
    },
    resolveId(id) {
      return id === hostModule ? `\0${hostModule}` : undefined
    },
    async load(id, options) {
      if (id !== `\0${hostModule}`) return undefined
      // The hash of the very host script this server or build serves, which the page fetches.
      const script = (await sandboxFile('sandbox/host.js', !dev)) as string
      const problem = inlineScriptProblem(script)
      if (problem) this.error(`The sandbox host cannot be written inline: ${problem}`)
      const scriptHash = `sha256-${createHash('sha256').update(script).digest('base64')}`
      // The dev server keeps no runtime cache (its files change as you edit); the server build needs none.
      const runtimeVersion = dev || options?.ssr ? undefined : await buildVersion()
      return `export const scriptHash = ${JSON.stringify(scriptHash)}\nexport const runtimeVersion = ${JSON.stringify(runtimeVersion)}\n`
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = req.url?.split('?')[0].slice(base.length) ?? ''
        const file = sandboxPaths.includes(path) ? await sandboxFile(path, false) : undefined
        if (file === undefined) return next()
        res.setHeader('Content-Type', types[path.split('.').pop()!] ?? 'application/octet-stream')
        res.setHeader('Access-Control-Allow-Origin', '*')
        res.end(file)
      })
    },
    async generateBundle() {
      if (ssr) return
      for (const fileName of sandboxPaths) this.emitFile({ type: 'asset', fileName, source: (await sandboxFile(fileName, true))! })
    },
  }
}
