// The shape of an example's code with comments and string contents removed, to compare locales.
import type { Lang } from '../../playground/share'

/**
 * Code with every string literal emptied, comments and blank lines dropped, lines trimmed. Two
 * examples that differ only in their comments and printed sentences have the same skeleton.
 */
export function skeleton(code: string, lang: Lang): string {
  const strings = /("""[\s\S]*?"""|'''[\s\S]*?'''|`(?:\\.|[^`\\])*`|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')/g
  const comment = lang === 'python' ? /#.*$/gm : /\/\/.*$|\/\*[\s\S]*?\*\//gm
  return code
    .replace(strings, (literal) => literal[0].repeat(2))
    .replace(comment, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
}
