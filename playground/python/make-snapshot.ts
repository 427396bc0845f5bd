// Makes Pyodide's memory snapshot for the build: CPython started, the modules examples use imported, saved gzipped.
// Run with `node --experimental-wasm-stack-switching`: a snapshot made without it cannot switch stacks when restored.
import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { loadPyodide } from 'pyodide'

/** Imported before the snapshot is taken, so a program's own `import asyncio` costs nothing. */
export const preloaded = ['asyncio', 'ast', 'contextlib', 'collections', 'dataclasses', 'functools', 'inspect', 'itertools', 'json', 'random', 're', 'reprlib', 'time', 'traceback', 'typing', 'pyodide.code']

export async function makeSnapshot(): Promise<Uint8Array> {
  const pyodide = await loadPyodide({ _makeSnapshot: true })
  pyodide.runPython(`import ${preloaded.join(', ')}`)
  return gzipSync(pyodide.makeMemorySnapshot())
}

if (import.meta.url === `file://${process.argv[1]}`) writeFileSync(process.argv[2], await makeSnapshot())
