// The page's side of the runtime's files: read from this build's cache, else fetched once and kept there for offline use.
import { runtimeCacheName, runtimeFiles, staleRuntimeCaches, type RuntimeFiles } from './sandbox/runtime-files'
import type { Lang } from './share'

let opened: Promise<Cache | undefined> | undefined

/**
 * This build's cache of runtime files, other builds' caches deleted. None without a version (the dev
 * server) or where the browser has no Cache Storage (an insecure origin): files then come from the network.
 */
function runtimeCache(version: string | undefined): Promise<Cache | undefined> {
  opened ??= (async () => {
    if (!version || typeof caches === 'undefined') return undefined
    try {
      for (const name of staleRuntimeCaches(await caches.keys(), version)) await caches.delete(name)
      return await caches.open(runtimeCacheName(version))
    } catch {
      // Storage refused (a private window, a full disk): the network still works.
      return undefined
    }
  })()
  return opened
}

/** One file of the runtime, by path under the site root: from this build's cache, else fetched and kept. */
export async function loadRuntimeFile(site: string, path: string, version: string | undefined): Promise<Blob> {
  const url = `${site}${path}`
  const cache = await runtimeCache(version)
  const kept = await cache?.match(url)
  if (kept) return kept.blob()
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${response.url}`)
  const blob = await response.blob()
  // Kept in the background: the run does not wait for the disk.
  cache?.put(url, new Response(blob, { headers: response.headers })).catch(() => {})
  return blob
}

/**
 * Every file a runtime of `lang` needs, for the page to hand to the sandbox: the sandbox's opaque
 * origin is outside the service worker's reach, so offline only the page can get them. The first use
 * online fetches and keeps them; rejects with why a file could not be had.
 */
export async function loadRuntimeFiles(site: string, lang: Lang, version: string | undefined): Promise<RuntimeFiles> {
  const paths = runtimeFiles(lang)
  const blobs = await Promise.all(paths.map((path) => loadRuntimeFile(site, path, version)))
  return Object.fromEntries(paths.map((path, i) => [path, blobs[i]]))
}
