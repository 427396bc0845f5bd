// The service worker (vite-plugin-pwa, Workbox): every page and asset of the build precached, an update offered, not forced.
import { fileURLToPath } from 'node:url'
import type { PwaOptions } from '@vite-pwa/vitepress'

export const pwa: PwaOptions = {
  // The page registers it (components/UpdateNotice.vue) and asks the reader before a new build takes over.
  registerType: 'prompt',
  injectRegister: false,
  // A course, not an app to install: no manifest, no icons.
  manifest: false,
  // Vite's root is docs/; the build goes to .vitepress/dist.
  outDir: fileURLToPath(new URL('../dist', import.meta.url)),
  workbox: {
    // Every locale's pages, their scripts, styles, fonts and the search index, ready offline after the first visit.
    globPatterns: ['**/*.{html,js,css,svg,woff2,json}'],
    // The runtime (13 MB) is not precached: the page keeps it on first use (playground/runtime-store.ts),
    // so readers who never run code do not download it, and the sandbox gets it from the page anyway.
    globIgnores: ['sandbox/**', 'pyodide/**'],
    // An address the build does not have gets the host's own 404 page online, not an app shell.
    navigateFallback: null,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  },
}
