// Pyodide instantiates CPython from the module the sandbox compiled once, instead of compiling its WebAssembly in every worker.
import type { loadPyodide } from 'pyodide'

type CreateModule = NonNullable<NonNullable<Parameters<typeof loadPyodide>[0]>['createPyodideModule']>
type Settings = Parameters<CreateModule>[0]

/**
 * Pyodide's `instantiateWasm` adds imports of its own, then calls
 * `WebAssembly.instantiateStreaming(response, imports)` on its fetched file. While that one call is
 * pending it instantiates `module` instead: compiled code, and what the engine compiled as it ran in
 * an earlier worker, are shared, so a fresh interpreter starts and warms up sooner.
 */
export function withCompiledModule(settings: Settings, module: WebAssembly.Module | undefined): Settings {
  const instantiate = settings.instantiateWasm
  if (!module || !instantiate) return settings
  return {
    ...settings,
    instantiateWasm(imports, done) {
      const streaming = WebAssembly.instantiateStreaming
      WebAssembly.instantiateStreaming = async (_source, ownImports) => {
        WebAssembly.instantiateStreaming = streaming
        return { module, instance: await WebAssembly.instantiate(module, ownImports) }
      }
      // However Pyodide instantiated, the reader's program finds the browser's own function.
      return instantiate(imports, (instance, compiled) => {
        WebAssembly.instantiateStreaming = streaming
        done(instance, compiled)
      })
    },
  }
}
