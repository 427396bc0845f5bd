// Share links: what one writes, the other reads back; damaged links say why.
import { describe, expect, it } from 'vitest'
import { fromBase64Url, readShareHash, shareHash, toBase64Url } from './share'

describe('share links', () => {
  it('round-trips code with non-ASCII text, without padding', () => {
    const code = 'print("привет, 世界 — ça va ?")\n'
    // Standard base64 would pad this text: its UTF-8 length is not a multiple of 3.
    expect(Buffer.byteLength(code) % 3).not.toBe(0)
    const hash = shareHash('python', code)
    expect(hash).toMatch(/^#lang=python&code=[A-Za-z0-9_-]+$/)
    expect(hash.slice('#lang=python&code='.length)).toBe(Buffer.from(code).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'))
    expect(readShareHash(hash)).toEqual({ ok: true, lang: 'python', code })
  })

  it('reads the plain contract form written by anyone', () => {
    const data = Buffer.from('console.log(1)\n', 'utf8').toString('base64url')
    expect(readShareHash(`#lang=typescript&code=${data}`)).toEqual({ ok: true, lang: 'typescript', code: 'console.log(1)\n' })
  })

  it('uses base64url, as Node writes it', () => {
    const text = '??>>~~ü'
    expect(toBase64Url(text)).toBe(Buffer.from(text).toString('base64url'))
    expect(fromBase64Url(Buffer.from(text).toString('base64url'))).toBe(text)
  })

  it('says what is wrong with a bad link', () => {
    expect(readShareHash('#lang=python&code=%%%')).toEqual({ ok: false, reason: 'damaged' })
    expect(readShareHash('#lang=python&code=_w')).toEqual({ ok: false, reason: 'damaged' })
    expect(readShareHash('#lang=cobol&code=eA')).toEqual({ ok: false, reason: 'language' })
    expect(readShareHash('#lang=python')).toEqual({ ok: false, reason: 'missing' })
  })

  it('treats a hash without lang or code as no share link', () => {
    expect(readShareHash('')).toBeNull()
    expect(readShareHash('#starter-python')).toBeNull()
  })
})
