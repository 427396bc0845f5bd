// Types for the browser globals and module kinds the site's code uses.
/// <reference types="vitepress/client" />

// Python source bundled as text (the sandbox plugin's esbuild loader).
declare module '*.py' {
  const source: string
  export default source
}
