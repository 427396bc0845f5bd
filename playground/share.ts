// Share links: `#lang=python&code=<base64url of the UTF-8 source, no padding>`, read and written.

export type Lang = 'python' | 'typescript'
export const langs: readonly Lang[] = ['python', 'typescript']
/** How a language is written in the page's text. */
export const langNames: Record<Lang, string> = { python: 'Python', typescript: 'TypeScript' }

/** Why a share link cannot be opened: an unknown language, no code, or code that does not decode. */
export type ShareProblem = 'language' | 'missing' | 'damaged'

export type SharedCode = { ok: true; lang: Lang; code: string } | { ok: false; reason: ShareProblem }

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The UTF-8 text a base64url string holds; throws on anything that is not one. */
export function fromBase64Url(data: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(data) || data.length % 4 === 1) throw new Error('not base64url')
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

export function shareHash(lang: Lang, code: string): string {
  return `#lang=${lang}&code=${toBase64Url(code)}`
}

/** Reads a share link's hash. An empty hash is not a share link: null. */
export function readShareHash(hash: string): SharedCode | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  if (!params.has('code') && !params.has('lang')) return null
  const lang = params.get('lang') ?? 'python'
  if (!langs.includes(lang as Lang)) return { ok: false, reason: 'language' }
  const data = params.get('code')
  if (data === null) return { ok: false, reason: 'missing' }
  try {
    return { ok: true, lang: lang as Lang, code: fromBase64Url(data) }
  } catch {
    return { ok: false, reason: 'damaged' }
  }
}
