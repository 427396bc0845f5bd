// Types for the browser globals and module kinds the site's code uses.
/// <reference types="vitepress/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

// Python source bundled as text (the sandbox plugin's esbuild loader).
declare module '*.py' {
  const source: string
  export default source
}

// What the page needs to know of the sandbox host script that .vitepress/plugins/sandbox.ts bundles and serves.
declare module 'virtual:sandbox-host' {
  /** The host script's CSP hash source, `sha256-…`, to allow it inline in the sandbox's frame. */
  export const scriptHash: string
  /** The build's version of the runtime files; undefined on the dev server. */
  export const runtimeVersion: string | undefined
}
