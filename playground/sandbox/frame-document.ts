// The sandbox's page, written by the site's page into the iframe (srcdoc), so that it loads with no network.

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The sandbox document: its Content Security Policy first, the site's `sandbox/index.html` as its
 * base URL (the host reads the site's origin from it), and the host script inline, allowed by its
 * hash alone. `script` must not hold `</script` or `<!--` (the build checks it does not).
 */
export function sandboxDocument(site: string, script: string, scriptHash: string): string {
  const policy = `default-src 'none'; script-src '${scriptHash}' blob: 'wasm-unsafe-eval'; worker-src blob:; connect-src 'none'`
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`,
    '<meta charset="utf-8">',
    `<base href="${escapeAttribute(`${site}sandbox/index.html`)}">`,
    '<title>Code runner sandbox</title>',
    `<script>${script}</script>`,
    '</head>',
    '<body></body>',
    '</html>',
  ].join('\n')
}

/** Why a script cannot be put inline in the sandbox document, or undefined when it can. */
export function inlineScriptProblem(script: string): string | undefined {
  if (/<\/script/i.test(script)) return 'it holds "</script"'
  if (script.includes('<!--')) return 'it holds "<!--"'
  return undefined
}
