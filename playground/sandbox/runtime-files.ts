// The files each language's runtime needs, by path under the site root: what the page hands the sandbox and caches.
import type { Lang } from '../share'
import { snapshotFile } from '../python/snapshot-file'

/** Pyodide's own files (in `pyodide/`) that start it; nothing else of the package is served. */
export const pyodideFiles = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const

/** The sandbox host's script, which the page writes into the sandbox's frame. */
export const hostScriptPath = 'sandbox/host.js'

/** Where a language's worker script is, under the site root. */
export const workerScriptPath = (lang: Lang) => `sandbox/${lang}-worker.js`

export const pyodideDir = 'pyodide/'
export const snapshotPath = `${pyodideDir}${snapshotFile}`

/** Every file a fresh runtime of `lang` loads, by path under the site root. */
export function runtimeFiles(lang: Lang): string[] {
  if (lang === 'typescript') return [workerScriptPath(lang)]
  return [workerScriptPath(lang), ...pyodideFiles.map((file) => `${pyodideDir}${file}`), snapshotPath]
}

/** The files of a runtime, handed from the page to the sandbox: path under the site root → content. */
export type RuntimeFiles = Record<string, Blob>

/** Whether `files` holds, as blobs, every file a runtime of `lang` needs (the sandbox checks what the page sends). */
export function hasRuntimeFiles(lang: Lang, files: unknown): files is RuntimeFiles {
  if (typeof files !== 'object' || files === null) return false
  return runtimeFiles(lang).every((path) => (files as Record<string, unknown>)[path] instanceof Blob)
}

const cachePrefix = 'course-runtime-'

/** The Cache Storage cache that holds one build's runtime files. */
export const runtimeCacheName = (version: string) => `${cachePrefix}${version}`

/** The caches of other builds' runtime files, to delete. */
export const staleRuntimeCaches = (names: readonly string[], version: string) =>
  names.filter((name) => name.startsWith(cachePrefix) && name !== runtimeCacheName(version))
