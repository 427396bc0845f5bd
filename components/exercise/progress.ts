// Which exercises the reader solved, kept in this site's localStorage only: no account, nothing sent anywhere.

export const progressKey = 'async-iteration-course:solved'

/** The ids the storage holds; anything unreadable counts as nothing solved. */
export function readSolved(storage: Pick<Storage, 'getItem'>): Set<string> {
  try {
    const ids: unknown = JSON.parse(storage.getItem(progressKey) ?? '[]')
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [])
  } catch {
    return new Set()
  }
}

/** Adds `id` to the solved ids in storage and returns them all. A full or refused storage keeps them for this page only. */
export function markSolved(storage: Pick<Storage, 'getItem' | 'setItem'>, id: string): Set<string> {
  const solved = readSolved(storage)
  solved.add(id)
  try {
    storage.setItem(progressKey, JSON.stringify([...solved].sort()))
  } catch {
    // Private browsing with no storage: the verdict still shows.
  }
  return solved
}

export interface PageExercises {
  /** The page's slug, e.g. `aiter`. */
  page: string
  ids: string[]
}

/** Solved and total per page, in the course's order, for pages that have exercises. */
export function progressByPage(catalog: PageExercises[], solved: Set<string>): { page: string; solved: number; total: number }[] {
  return catalog.filter(({ ids }) => ids.length).map(({ page, ids }) => ({ page, solved: ids.filter((id) => solved.has(id)).length, total: ids.length }))
}

/** The exercises a page's markdown holds, by their ids (`:::: exercise <id>`), in order. */
export function exerciseIds(markdown: string): string[] {
  return [...markdown.matchAll(/^:{3,}\s*exercise\s+([a-z0-9-]+)/gm)].map((match) => match[1])
}
