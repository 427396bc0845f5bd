// Tracebacks as the reader should see them: Pyodide's own frames removed, the program's kept.

/** Frames from Pyodide's machinery and the course's runner (`<course>`) are not the reader's concern. */
const internalFrame = /^ {2}File "(\/lib\/python[^"]*\/_?pyodide\/|<course>")/

/**
 * Removes the frames of Pyodide's runner from a traceback. A frame is its `  File ...` line and the
 * indented source lines under it; lines that are not part of a frame (the header, the exception
 * message, chained-exception text) are kept as they are.
 */
export function trimTraceback(text: string): string {
  const kept: string[] = []
  let skipping = false
  for (const line of text.split('\n')) {
    if (line.startsWith('  File ')) skipping = internalFrame.test(line)
    else if (!line.startsWith('    ')) skipping = false
    if (!skipping) kept.push(line)
  }
  return kept.join('\n')
}
