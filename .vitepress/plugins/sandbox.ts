// Vite plugin: serves (dev) and emits (build) the sandbox page, its workers and the Pyodide runtime.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'
import type { Plugin } from 'vite'

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

/** Every file of the sandbox, by its path under the site root. */
async function sandboxFiles(minify: boolean): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>()
  files.set('sandbox/index.html', readFileSync(join(playground, 'sandbox/index.html'), 'utf8'))
  for (const [file, entry] of Object.entries(bundles)) files.set(file, await bundle(entry, minify))
  for (const file of pyodideFiles) files.set(`pyodide/${file}`, readFileSync(join(pyodideDir, file)))
  return files
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  zip: 'application/zip',
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
        if (!path.startsWith('sandbox/') && !path.startsWith('pyodide/')) return next()
        const file = (await sandboxFiles(false)).get(path)
        if (file === undefined) return next()
        res.setHeader('Content-Type', types[path.split('.').pop()!] ?? 'application/octet-stream')
        res.setHeader('Access-Control-Allow-Origin', '*')
        res.end(file)
      })
    },
    async generateBundle() {
      if (ssr) return
      for (const [fileName, source] of await sandboxFiles(true)) this.emitFile({ type: 'asset', fileName, source })
    },
  }
}
