// Embed snippets: the locale's embed page with the program in its hash, in an iframe whose attributes survive any code and title.
import { parse } from 'vue/compiler-sfc'
import { describe, expect, it } from 'vitest'
import { embedSnippet, embedURL } from './embed'
import { readShareHash } from './share'

/** The attributes of the snippet's one element, as an HTML parser (Vue's) decodes them. */
function attributesOf(html: string): { tag: string; attributes: Record<string, string> } {
  const element = parse(`<template>${html}</template>`).descriptor.template!.ast!.children[0]
  if (element.type !== 1) throw new Error('not an element')
  const attributes = Object.fromEntries(element.props.map((prop) => [prop.name, prop.type === 6 ? (prop.value?.content ?? '') : '']))
  return { tag: element.tag, attributes }
}

describe('embedURL', () => {
  it('points at the embed page of the playground’s locale, under any base, with the code in the hash', () => {
    const url = embedURL('https://user.github.io/course/ru/playground?no-jspi#lang=python&code=eA', 'typescript', 'console.log(1)\n')
    expect(url).toMatch(/^https:\/\/user\.github\.io\/course\/ru\/embed#lang=typescript&code=[A-Za-z0-9_-]+$/)
    expect(readShareHash(new URL(url).hash)).toEqual({ ok: true, lang: 'typescript', code: 'console.log(1)\n' })
  })

  it('keeps English at the root', () => {
    expect(embedURL('http://127.0.0.1:4173/playground', 'python', 'print(1)')).toMatch(/^http:\/\/127\.0\.0\.1:4173\/embed#lang=python&code=/)
  })
})

describe('embedSnippet', () => {
  it('is a lazy, borderless 640×420 iframe with a title', () => {
    expect(embedSnippet('https://site/embed#lang=python&code=eA', 'A runnable example')).toBe(
      '<iframe src="https://site/embed#lang=python&amp;code=eA" title="A runnable example" width="640" height="420" loading="lazy" style="border:0"></iframe>',
    )
  })

  it('reads back, through an HTML parser, as the same address and title whatever they hold', () => {
    const code = 'print("<\\/iframe><script>alert(1)</script> & \\" \' — ж 中")\n'
    const src = embedURL('https://site/fr/playground', 'python', code)
    const title = 'Exemple « Python » <exécutable> & "modifiable"'
    const { tag, attributes } = attributesOf(embedSnippet(src, title))
    expect(tag).toBe('iframe')
    expect(attributes).toEqual({ src, title, width: '640', height: '420', loading: 'lazy', style: 'border:0' })
    expect(readShareHash(new URL(attributes.src).hash)).toEqual({ ok: true, lang: 'python', code })
  })
})
