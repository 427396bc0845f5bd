import { describe, expect, it } from 'vitest'
import { hasRuntimeFiles, runtimeCacheName, runtimeFiles, staleRuntimeCaches } from './runtime-files'

describe('runtimeFiles', () => {
  it('hands Python its worker, every Pyodide file it starts from and the memory snapshot', () => {
    expect(runtimeFiles('python')).toEqual([
      'sandbox/python-worker.js',
      'pyodide/pyodide.mjs',
      'pyodide/pyodide.asm.mjs',
      'pyodide/pyodide.asm.wasm',
      'pyodide/python_stdlib.zip',
      'pyodide/pyodide-lock.json',
      'pyodide/python-snapshot.gz',
    ])
  })

  it('hands TypeScript its worker alone', () => {
    expect(runtimeFiles('typescript')).toEqual(['sandbox/typescript-worker.js'])
  })
})

describe('hasRuntimeFiles', () => {
  const all = (lang: 'python' | 'typescript') => Object.fromEntries(runtimeFiles(lang).map((path) => [path, new Blob(['x'])]))

  it('accepts every file as a blob', () => {
    expect(hasRuntimeFiles('python', all('python'))).toBe(true)
    expect(hasRuntimeFiles('typescript', { ...all('typescript'), extra: 1 })).toBe(true)
  })

  it('refuses a missing file, a file that is not a blob, or no files at all', () => {
    const { 'pyodide/pyodide.asm.wasm': _wasm, ...missing } = all('python')
    expect(hasRuntimeFiles('python', missing)).toBe(false)
    expect(hasRuntimeFiles('typescript', { 'sandbox/typescript-worker.js': 'console.log(1)' })).toBe(false)
    expect(hasRuntimeFiles('python', all('typescript'))).toBe(false)
    for (const files of [undefined, null, 'files', []]) expect(hasRuntimeFiles('typescript', files)).toBe(false)
  })
})

describe('runtime caches', () => {
  it('names one cache per build and deletes only other builds’ runtime caches', () => {
    expect(runtimeCacheName('abc')).toBe('course-runtime-abc')
    expect(staleRuntimeCaches(['course-runtime-old', 'course-runtime-abc', 'workbox-precache-v2-/', 'course-runtime-older'], 'abc'))
      .toEqual(['course-runtime-old', 'course-runtime-older'])
  })
})
