import { describe, expect, it } from 'vitest'
import { filesFetch } from './served-files'

describe('filesFetch', () => {
  const base = 'https://site.test/course/pyodide/'
  const files = { 'pyodide.asm.wasm': new Blob([new Uint8Array([0, 97, 115, 109])]), 'pyodide-lock.json': new Blob(['{"packages":{}}']) }
  const fallback = (async (input: RequestInfo | URL) => new Response(`network: ${String(input)}`)) as typeof fetch
  const fetchFiles = filesFetch(base, files, fallback)

  it('answers a handed-over file from its blob, with the type its loader needs', async () => {
    const wasm = await fetchFiles(new URL(`${base}pyodide.asm.wasm`))
    expect(wasm.headers.get('Content-Type')).toBe('application/wasm')
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]))
    expect(await (await fetchFiles(`${base}pyodide-lock.json`)).json()).toEqual({ packages: {} })
  })

  it('passes anything else to the network', async () => {
    expect(await (await fetchFiles(`${base}python_stdlib.zip`)).text()).toBe(`network: ${base}python_stdlib.zip`)
    expect(await (await fetchFiles('https://other.test/pyodide/pyodide.asm.wasm')).text()).toContain('network:')
    expect(await (await fetchFiles(`${base}toString`)).text()).toContain('network:')
  })
})
