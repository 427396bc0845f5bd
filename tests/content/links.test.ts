// resolveLink: the page and locale a link really opens.
import { describe, expect, it } from 'vitest'
import { isExternal, resolveLink } from './links'

describe('resolveLink', () => {
  it('keeps a relative link in the page locale', () => {
    expect(resolveLink({ locale: 'ru', slug: 'aiter' }, './anext#default')).toEqual({ locale: 'ru', slug: 'anext', hash: 'default' })
    expect(resolveLink({ locale: 'zh', slug: 'index' }, './')).toEqual({ locale: 'zh', slug: 'index', hash: '' })
  })

  it('sees a relative link climbing out of the locale folder', () => {
    expect(resolveLink({ locale: 'fr', slug: 'aiter' }, '../en/aiter')).toEqual({ locale: 'en', slug: 'aiter', hash: '' })
    expect(resolveLink({ locale: 'fr', slug: 'aiter' }, '../aiter')).toBeNull()
  })

  it('reads absolute links as URLs: English at the root', () => {
    expect(resolveLink({ locale: 'ru', slug: 'aiter' }, '/aiter')).toEqual({ locale: 'en', slug: 'aiter', hash: '' })
    expect(resolveLink({ locale: 'ru', slug: 'aiter' }, '/ru/')).toEqual({ locale: 'ru', slug: 'index', hash: '' })
    expect(resolveLink({ locale: 'en', slug: 'aiter' }, '/')).toEqual({ locale: 'en', slug: 'index', hash: '' })
    expect(resolveLink({ locale: 'en', slug: 'aiter' }, '/fr/anext.html#errors')).toEqual({ locale: 'fr', slug: 'anext', hash: 'errors' })
  })

  it('treats a bare hash as the same page', () => {
    expect(resolveLink({ locale: 'zh', slug: 'protocol' }, '#see-also')).toEqual({ locale: 'zh', slug: 'protocol', hash: 'see-also' })
  })
})

describe('isExternal', () => {
  it('knows other origins from site paths', () => {
    expect(isExternal('https://peps.python.org/pep-0525/')).toBe(true)
    expect(isExternal('mailto:a@b.c')).toBe(true)
    expect(isExternal('./aiter')).toBe(false)
    expect(isExternal('/ru/aiter')).toBe(false)
  })
})
