// Where the build puts Pyodide's memory snapshot, beside the runtime's files (gzipped: static hosts serve it as it is), and how a worker reads it.
export const snapshotFile = 'python-snapshot.gz'

/**
 * The snapshot's bytes: a host that sends it with `Content-Encoding: gzip` has the browser unpack it,
 * so the gzip header decides. Each worker unpacks its own copy (restoring writes over it).
 */
export async function unpackSnapshot(snapshot: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(await snapshot.arrayBuffer())
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer())
}
