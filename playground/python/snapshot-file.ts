// Where the build puts Pyodide's memory snapshot, beside the runtime's files (gzipped: static hosts serve it as it is).
export const snapshotFile = 'python-snapshot.gz'
