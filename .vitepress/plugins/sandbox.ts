// Vite plugin: serves (dev) and emits (build) the sandbox page, its workers and the Pyodide runtime.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import type { Plugin } from 'vite'
import { snapshotFile } from '../../playground/python/snapshot-file'

const root = join(dirname(new URL(import.meta.url).pathname), '../..')
const playground = join(root, 'playground')
const pyodideDir = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))

/** The runtime files Pyodide needs to start; nothing else of the package is served. */
const pyodideFiles = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json']

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

const snapshotPath = `pyodide/${snapshotFile}`
const sandboxPaths = ['sandbox/index.html', ...Object.keys(bundles), ...pyodideFiles.map((file) => `pyodide/${file}`), snapshotPath]

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
  if (sandboxPaths.includes(path)) return readFileSync(join(pyodideDir, path.slice('pyodide/'.length)))
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

export function sandboxPlugin(): Plugin {
  let base = '/'
  let ssr = false
  return {
    name: 'course-sandbox',
    configResolved(config) {
      base = config.base
      ssr = Boolean(config.build.ssr)
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
