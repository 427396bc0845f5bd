// Caps the WebAssembly memory a runtime may grow to: past the cap, growth fails and Python raises MemoryError.

/** Installs the cap; `onRefused` hears of every refused growth. Call before the runtime loads. */
export function capWasmMemory(limitBytes: number, onRefused: () => void): void {
  const grow = WebAssembly.Memory.prototype.grow
  WebAssembly.Memory.prototype.grow = function (this: WebAssembly.Memory, pages: number): number {
    if (this.buffer.byteLength + pages * 65536 > limitBytes) {
      onRefused()
      throw new RangeError('memory limit reached')
    }
    return grow.call(this, pages)
  }
}
