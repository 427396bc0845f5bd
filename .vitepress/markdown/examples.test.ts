// Which fences are examples, which output belongs to which example, and what breaks the rule.
import { describe, expect, it } from 'vitest'
import { markdown } from '../../tests/support/pages'
import { classifyFence, pairExamples } from './examples'

const parse = async (source: string) => pairExamples((await markdown()).parse(source, {}))
const fence = (info: string, body: string) => '```' + info + '\n' + body + '\n```\n'

describe('classifyFence', () => {
  it('reads the language and the attributes of a fence', () => {
    expect(classifyFence('python')).toEqual({ kind: 'example', lang: 'python' })
    expect(classifyFence('ts')).toEqual({ kind: 'example', lang: 'typescript' })
    expect(classifyFence('python fragment')).toEqual({ kind: 'fragment' })
    expect(classifyFence('output')).toEqual({ kind: 'output', varies: false })
    expect(classifyFence('output varies')).toEqual({ kind: 'output', varies: true })
    expect(classifyFence('text')).toEqual({ kind: 'other' })
  })
})

describe('pairExamples', () => {
  it('pairs each example with the output right after it', async () => {
    const { pairs, problems } = await parse(`# Page\n\n${fence('python', 'print(1)')}\n${fence('output', '1')}\ntext\n\n${fence('ts', 'console.log(2)')}${fence('output varies', '2')}`)
    expect(problems).toEqual([])
    expect(pairs.map(({ lang, code, output, varies, line }) => ({ lang, code, output, varies, line }))).toEqual([
      { lang: 'python', code: 'print(1)\n', output: '1\n', varies: false, line: 3 },
      { lang: 'typescript', code: 'console.log(2)\n', output: '2\n', varies: true, line: 13 },
    ])
  })

  it('names the line of an example without output and of an output without example', async () => {
    const { pairs, problems } = await parse(`${fence('python', 'print(1)')}\nprose\n\n${fence('output', '1')}\n${fence('python fragment', 'aiter(x)')}`)
    expect(pairs).toEqual([])
    expect(problems).toEqual([
      'line 1: a python example must be followed by an output fence (or be marked fragment)',
      'line 7: an output fence must follow a runnable example',
    ])
  })
})
