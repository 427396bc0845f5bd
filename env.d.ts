// Types for the browser globals and module kinds the site's code uses.
/// <reference types="vitepress/client" />
