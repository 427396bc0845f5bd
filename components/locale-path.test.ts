import { describe, expect, it } from 'vitest'
import { localeOfPath } from './locale-path'

describe('localeOfPath', () => {
  it('reads the locale from the first folder after the base', () => {
    expect(localeOfPath('/ru/aiter', '/')).toBe('ru')
    expect(localeOfPath('/zh/', '/')).toBe('zh')
    expect(localeOfPath('/fr/async-for.html', '/')).toBe('fr')
    expect(localeOfPath('/course/zh/patterns', '/course/')).toBe('zh')
  })

  it('is English at the root, on English pages and on a folder that only starts like a locale', () => {
    expect(localeOfPath('/', '/')).toBe('en')
    expect(localeOfPath('/aiter', '/')).toBe('en')
    expect(localeOfPath('/course/', '/course/')).toBe('en')
    expect(localeOfPath('/course/aiter', '/course/')).toBe('en')
    expect(localeOfPath('/rust/aiter', '/')).toBe('en')
    expect(localeOfPath('/ru', '/')).toBe('ru')
  })
})
