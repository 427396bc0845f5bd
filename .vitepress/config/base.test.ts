// siteBase(): whatever form SITE_BASE takes, the site gets a base with one slash on each side.
import { describe, expect, it } from 'vitest'
import { siteBase } from './base'

describe('siteBase', () => {
  it('serves at the root when SITE_BASE is unset, empty or a slash', () => {
    expect(siteBase(undefined)).toBe('/')
    expect(siteBase('')).toBe('/')
    expect(siteBase('/')).toBe('/')
  })

  it('takes configure-pages’ base_path of a project page, with or without the trailing slash', () => {
    expect(siteBase('/course')).toBe('/course/')
    expect(siteBase('/course/')).toBe('/course/')
  })

  it('never doubles a slash, as `${base_path}/` would for a site at the root', () => {
    expect(siteBase('//')).toBe('/')
    expect(siteBase('course')).toBe('/course/')
    expect(siteBase('/docs//course/')).toBe('/docs/course/')
  })
})
