import {checkReply} from 'replylint'
import {describe, expect, test} from 'vitest'
import {cli, tree} from './helpers/cli.js'

// Each of these hung a check or took quadratic time before it was rejected.
const catastrophic: Array<[string, RegExp]> = [
  ['(a+)+$', /nested quantifiers/],
  ['(\\w+\\s?)+$', /nested quantifiers/],
  ['(.*a){12}', /nested quantifiers/],
  ['(a|a)*$', /alternatives that can start with the same character/],
  ['(a|ab){1,50}c', /alternatives that can start with the same character/],
  ['\\d{1,9}\\d{1,9}!', /can match the same characters next to each other/],
  ['a*a*$', /no upper bound|next to each other/],
  ['<<[^>]*>>', /no upper bound and can read over the character the syntax starts with.*`\[\^>\]\{0,200\}`/],
  ['__[A-Z_]+__', /no upper bound/]
]

describe('placeholder syntaxes from options', () => {
  test.each(catastrophic)('rejects `%s` when the options load, naming the entry', (source, why) => {
    expect(() => checkReply('Hi', {placeholders: ['\\{\\{x\\}\\}', source]})).toThrow(TypeError)
    try {
      checkReply('Hi', {placeholders: ['\\{\\{x\\}\\}', source]})
    } catch (error) {
      expect((error as Error).message).toContain(`Unsafe \`placeholders[1]\` (\`${source}\`)`)
      expect((error as Error).message).toMatch(why)
    }
  })

  test('accepts bounded syntaxes and ones that never read over their opener, and uses them', () => {
    for (const source of [
      '<<[^<>]*>>',
      '<<[^>]{0,200}>>',
      '__[A-Z_]{1,40}__',
      '\\[\\[[a-z_]+\\]\\]',
      '(?<!\\w)@[a-z]{1,30}',
      '%%[A-Z_]+%%'
    ]) {
      expect(() => checkReply('Hi', {placeholders: [source]}), source).not.toThrow()
    }
    expect(
      checkReply('Hi <<first_name>>, thanks! Best, Sam', {placeholders: ['<<[^<>]*>>']}).messages.map(
        (message) => message.ruleId
      )
    ).toEqual([])
  })

  test('says what is wrong with an invalid one, or one that matches nothing', () => {
    expect(() => checkReply('Hi', {placeholders: ['(x']})).toThrow(
      /Invalid `placeholders\[0\]` \(`\(x`\): Invalid regular expression/
    )
    expect(() => checkReply('Hi', {placeholders: ['a?']})).toThrow(/it matches empty text/)
  })

  test('a catastrophic syntax in a config file is a config error, once, without a stack trace', () => {
    const dir = tree({
      '.replylintrc.yml': 'placeholders:\n  - "(a+)+$"\n',
      'a.txt': 'Hi Dana, thanks!\n',
      'b.txt': 'Hi Dana, thanks!\n'
    })
    const run = cli(['.'], {cwd: dir})
    expect(run.code).toBe(2)
    const output = run.stdout + run.stderr
    expect(output).toMatch(
      /Invalid config in `\.replylintrc\.yml`: Unsafe `placeholders\[0\]` \(`\(a\+\)\+\$`\): `\(a\+\)\+` repeats `a\+`/
    )
    expect(output).not.toMatch(/\n\s+at /)
  })
})

describe('phrase patterns from options', () => {
  const entry = (phrases: string[], unless?: Array<{before?: string; after?: string}>) => ({
    bannedPhrases: [{id: 'x', phrases, suggestions: ['y'], ...(unless ? {unless} : {})}]
  })

  test('a pattern matches at most 32 words, so each word of a reply costs a bounded walk', () => {
    expect(() => checkReply('a b', entry(['[a] '.repeat(40) + 'b']))).toThrow(
      /Invalid `options\.bannedPhrases\[0\]\.phrases\[0\]`: it can match 41 words; a pattern matches at most 32/
    )
    expect(() => checkReply('a b', entry(['[really] sorry about [all of] that']))).not.toThrow()
  })

  test('deep nesting is a clear error, not a stack overflow', () => {
    const deep = '('.repeat(5000) + 'a' + ')'.repeat(5000)
    expect(() => checkReply('a b', entry([deep]))).toThrow(TypeError)
    expect(() => checkReply('a b', entry(['b'], [{before: '('.repeat(30) + 'a' + ')'.repeat(30)}]))).toThrow(
      /unless\[0\]\.before`: groups nested more than 16 deep/
    )
  })

  test('the bench’s 10,000 phrases are all accepted', async () => {
    // @ts-expect-error: a JavaScript module of the bench.
    const {phraseEntries} = await import('../bench/phrases.mjs')
    expect(() => checkReply('Hi', {bannedPhrases: phraseEntries(10_000)})).not.toThrow()
  })
})
