// The search tokenizer: Latin words as MiniSearch splits them, Chinese words found inside sentences.
import { describe, expect, it } from 'vitest'
import MiniSearch from 'minisearch'
import { tokenizeSearchText } from './search'

describe('tokenizeSearchText', () => {
  it('splits Latin and Cyrillic text on spaces and punctuation', () => {
    expect(tokenizeSearchText('anext(it, default) — ждёт')).toEqual(['anext', 'it', 'default', 'ждёт'])
  })

  it('finds words and two-character pairs inside a Chinese sentence', () => {
    const terms = tokenizeSearchText('调用异步迭代器的方法')
    expect(terms).toContain('异步')
    expect(terms).toContain('迭代')
    expect(terms).toContain('代器')
    expect(terms).not.toContain('器')
  })

  it('keeps a lone Chinese character', () => {
    expect(tokenizeSearchText('值 和 键')).toEqual(['值', '和', '键'])
  })

  it('keeps code inside Chinese prose as its own term', () => {
    expect(tokenizeSearchText('内置函数anext返回可等待对象')).toContain('anext')
  })

  it('survives being rebuilt from its source text, as VitePress ships it', () => {
    const rebuilt = new Function(`return ${tokenizeSearchText.toString()}`)() as typeof tokenizeSearchText
    expect(rebuilt('异步生成器')).toEqual(tokenizeSearchText('异步生成器'))
  })

  it('lets MiniSearch find a Chinese word in the middle of a sentence', () => {
    const index = new MiniSearch({ fields: ['text'], tokenize: tokenizeSearchText })
    index.addAll([
      { id: 1, text: '循环会在每一步等待异步迭代器给出下一个值。' },
      { id: 2, text: '推导式按顺序执行。' },
    ])
    expect(index.search('迭代器').map((hit) => hit.id)).toEqual([1])
    expect(index.search('顺序').map((hit) => hit.id)).toEqual([2])
  })
})
