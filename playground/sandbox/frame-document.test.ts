import { describe, expect, it } from 'vitest'
import { inlineScriptProblem, sandboxDocument } from './frame-document'

describe('sandboxDocument', () => {
  const html = sandboxDocument('https://example.org/course/', 'console.log(1)', 'sha256-abc=')

  it('puts the policy first: scripts by hash and blob only, no network', () => {
    const head = html.slice(html.indexOf('<head>'))
    expect(head.split('\n')[1]).toBe(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-abc=' blob: 'wasm-unsafe-eval'; worker-src blob:; connect-src 'none'">`,
    )
  })

  it('gives the host the site as its base, and the script inline', () => {
    expect(html).toContain('<base href="https://example.org/course/sandbox/index.html">')
    expect(html).toContain('<script>console.log(1)</script>')
  })

  it('escapes the base address', () => {
    expect(sandboxDocument('https://x.test/a"b&c/', '', 'sha256-')).toContain('<base href="https://x.test/a&quot;b&amp;c/sandbox/index.html">')
  })
})

describe('inlineScriptProblem', () => {
  it('refuses what would end the script element early or change how HTML reads it', () => {
    expect(inlineScriptProblem('const a = "</SCRIPT>"')).toContain('</script')
    expect(inlineScriptProblem('const a = "<!--"')).toContain('<!--')
    expect(inlineScriptProblem('const a = 1 < 2')).toBeUndefined()
  })
})
