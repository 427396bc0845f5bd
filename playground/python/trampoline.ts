// Keeps this engine's CPython call trampoline when Pyodide is restored from a snapshot made in Node.
import type { PyodideInterface, loadPyodide } from 'pyodide'

type CreateModule = NonNullable<NonNullable<Parameters<typeof loadPyodide>[0]>['createPyodideModule']>
type Settings = Parameters<CreateModule>[0]

/** The few parts of the Emscripten module this needs. */
interface Heap {
  HEAP32: Int32Array
  __PyRuntime: number
  __PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET: number
}

/** Where CPython keeps the table index of the trampoline its calls go through (0: the JavaScript one). */
const slot = (module: Heap) => (module.__PyRuntime + module.HEAP32[module.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET / 4]) / 4

/**
 * At start-up Pyodide picks the fastest trampoline the engine supports and stores its index in
 * CPython's memory. Node 20 cannot compile the WebAssembly one, so a snapshot made there holds the
 * JavaScript trampoline, and restoring the snapshot overwrites the browser's own choice with it. With
 * JavaScript frames on the stack, WebAssembly stack switching cannot suspend: `asyncio.run` fails with
 * "trying to suspend JS frames". This notes the engine's choice before the snapshot is restored
 * (a preRun hook) and puts it back after.
 */
export function engineTrampoline(create: CreateModule): { create: CreateModule; restore(pyodide: PyodideInterface): void } {
  let chosen = 0
  return {
    create: (settings: Settings) =>
      create({
        ...settings,
        preRun: [...settings.preRun, (module: unknown) => void (chosen = (module as Heap).HEAP32[slot(module as Heap)])],
      }),
    restore(pyodide) {
      const module = (pyodide as unknown as { _module: Heap })._module
      if (chosen) module.HEAP32[slot(module)] = chosen
    },
  }
}
