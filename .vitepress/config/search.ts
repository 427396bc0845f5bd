// Local search: a tokenizer that also finds words inside Chinese sentences.

/**
 * Splits text into search terms. Latin and Cyrillic text splits on spaces and punctuation (as
 * MiniSearch does by default); a run of Chinese characters, which has no spaces, gives the words
 * Intl.Segmenter finds in it (two characters or more) plus every two-character pair, so a query
 * matches inside a sentence whatever the segmenter makes of it.
 *
 * VitePress ships this function to the browser by its source text, so it must not refer to
 * anything outside its own body.
 */
export function tokenizeSearchText(text: string): string[] {
  const han = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g
  const hanChar = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
  const store = globalThis as { __courseSegmenter?: Intl.Segmenter }
  const segmenter = (store.__courseSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }))
  const terms: string[] = []
  for (const piece of text.split(/[\n\r\p{Z}\p{P}]+/u)) {
    if (!piece) continue
    const runs = piece.match(han)
    if (!runs) {
      terms.push(piece)
      continue
    }
    for (const part of segmenter.segment(piece)) {
      if (part.isWordLike && (part.segment.length > 1 || !hanChar.test(part.segment))) terms.push(part.segment)
    }
    for (const run of runs) {
      if (run.length === 1) terms.push(run)
      for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2))
    }
  }
  return terms
}
