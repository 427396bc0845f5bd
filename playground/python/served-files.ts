// A fetch that answers for Pyodide's files from the blobs the sandbox handed over, so Pyodide loads with no network.

const types: Record<string, string> = { wasm: 'application/wasm', json: 'application/json', zip: 'application/zip', mjs: 'text/javascript' }

/**
 * `fetch` as Pyodide calls it while it starts (`fetch(url)` of a URL or string): a file of `files`
 * under `baseURL` comes from its blob, with the type its loader needs (WebAssembly's streaming
 * compile wants `application/wasm`); any other request goes to `fallback`.
 */
export function filesFetch(baseURL: string, files: Record<string, Blob>, fallback: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    const name = url.startsWith(baseURL) ? url.slice(baseURL.length) : undefined
    const blob = name !== undefined && Object.hasOwn(files, name) ? files[name] : undefined
    if (!blob) return fallback(input, init)
    const type = types[name!.split('.').pop()!] ?? 'application/octet-stream'
    return Promise.resolve(new Response(blob, { headers: { 'Content-Type': type } }))
  }
}
