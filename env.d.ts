// Types for the browser globals and module kinds the site's code uses.
/// <reference types="vitepress/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

// Python source bundled as text (the sandbox plugin's esbuild loader).
declare module '*.py' {
  const source: string
  export default source
}

// The sandbox host script, bundled by .vitepress/plugins/sandbox.ts, for the page to write into the sandbox's frame.
declare module 'virtual:sandbox-host' {
  export const script: string
  /** The script's CSP hash source, `sha256-…`. */
  export const scriptHash: string
  /** The build's version of the runtime files; undefined on the dev server. */
  export const runtimeVersion: string | undefined
}
