// The async for statement and its expansion from the language reference, line by line, with
// the group that ties each piece of the statement to the lines it becomes.

export type GroupId = 'iter' | 'aiter' | 'loop' | 'next' | 'body' | 'else'

/** The groups in the order they are numbered. */
export const groups: readonly GroupId[] = ['iter', 'aiter', 'loop', 'next', 'body', 'else']

export interface Piece {
  text: string
  group?: GroupId
}

/** `async for TARGET in ITER: SUITE else: SUITE2`, split where its pieces map to the expansion. */
export const sugar: Piece[][] = [
  [{ text: 'async for', group: 'loop' }, { text: ' ' }, { text: 'TARGET', group: 'next' }, { text: ' ' }, { text: 'in', group: 'aiter' }, { text: ' ' }, { text: 'ITER', group: 'iter' }, { text: ':' }],
  [{ text: '    ' }, { text: 'SUITE', group: 'body' }],
  [{ text: 'else:', group: 'else' }],
  [{ text: '    ' }, { text: 'SUITE2', group: 'else' }],
]

/** The expansion, exactly as the Python language reference gives it. */
export const expansion: Piece[] = [
  { text: 'iter = (ITER)', group: 'iter' },
  { text: 'iter = type(iter).__aiter__(iter)', group: 'aiter' },
  { text: 'running = True', group: 'loop' },
  { text: '' },
  { text: 'while running:', group: 'loop' },
  { text: '    try:', group: 'next' },
  { text: '        TARGET = await type(iter).__anext__(iter)', group: 'next' },
  { text: '    except StopAsyncIteration:', group: 'loop' },
  { text: '        running = False', group: 'loop' },
  { text: '    else:', group: 'body' },
  { text: '        SUITE', group: 'body' },
  { text: 'else:', group: 'else' },
  { text: '    SUITE2', group: 'else' },
]

/** The 1-based number shown on every piece of a group. */
export function groupNumber(group: GroupId): number {
  return groups.indexOf(group) + 1
}

/** The 1-based expansion lines a group becomes, e.g. loop → [3, 5, 8, 9]. */
export function linesOf(group: GroupId): number[] {
  return expansion.flatMap((line, index) => (line.group === group ? [index + 1] : []))
}
