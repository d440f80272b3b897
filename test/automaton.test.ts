// The phrase automaton shares states between phrases (a trie, with groups as
// epsilon moves), and context automata are simulated without spelling out
// their phrasings. Both are checked against the plain expansion of every
// pattern, for every word sequence over a small alphabet.
import {expect, test} from 'vitest'
import {ParseEnglish} from 'parse-english'
import {compileAutomaton, type State} from '../src/engine/automaton.js'
import {compileContext, compileContexts, contextHolds} from '../src/engine/context.js'
import {tokensOf} from '../src/engine/tokens.js'
import {expandPattern} from './helpers/expand-pattern.js'

const alphabet = ['a', 'b', 'c', 'd']

/** A seeded generator of patterns with words, alternatives and optional groups. */
function patterns(seed: number, count: number): string[] {
  let state = seed
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const sequence = (depth: number): string => {
    const items: string[] = []
    const length = 1 + Math.floor(next() * 3)
    for (let index = 0; index < length; index++) {
      const roll = next()
      if (depth < 2 && roll < 0.2) items.push(`(${sequence(depth + 1)} | ${sequence(depth + 1)})`)
      else if (depth < 2 && roll < 0.4) items.push(`[${sequence(depth + 1)}]`)
      else items.push(pick(alphabet))
    }
    return items.join(' ')
  }
  const result: string[] = []
  while (result.length < count) {
    const pattern = sequence(0)
    // A pattern that can match nothing is rejected by the compiler; skip it here.
    try {
      expandPattern(pattern)
      result.push(pattern)
    } catch {}
  }
  return result
}

function sequences(maximum: number): string[][] {
  let level: string[][] = [[]]
  const all: string[][] = []
  for (let length = 1; length <= maximum; length++) {
    level = level.flatMap((words) => alphabet.map((word) => [...words, word]))
    all.push(...level)
  }
  return all
}

function accepted(start: State<number>, words: readonly string[]): number[] {
  let state: State<number> | undefined = start
  for (const word of words) state = state?.next(word)
  return [...(state?.accepts ?? [])].sort((a, b) => a - b)
}

test.each([1, 2, 3, 4, 5, 6, 7, 8])('shared states accept exactly what the patterns say (seed %i)', (seed) => {
  const list = patterns(seed, 12)
  const start = compileAutomaton(list.map((pattern, index) => ({pattern, value: index, where: `phrases[${index}]`})))
  const expansions = list.map((pattern) => new Set(expandPattern(pattern).map((words) => words.join(' '))))
  for (const words of sequences(5)) {
    const expected = expansions.flatMap((set, index) => (set.has(words.join(' ')) ? [index] : []))
    expect(accepted(start, words), `${words.join(' ')} over ${JSON.stringify(list)}`).toEqual(expected)
  }
})

test('a phrase that is a prefix of another, and an optional word before a shared one', () => {
  const list = ['a b', 'a [b] c', 'a b c d', '(a | b) c']
  const start = compileAutomaton(list.map((pattern, index) => ({pattern, value: index, where: 'phrases'})))
  expect(accepted(start, ['a', 'b'])).toEqual([0])
  expect(accepted(start, ['a', 'c'])).toEqual([1, 3])
  expect(accepted(start, ['a', 'b', 'c'])).toEqual([1])
  expect(accepted(start, ['b', 'c'])).toEqual([3])
  expect(accepted(start, ['a', 'b', 'c', 'd'])).toEqual([2])
  expect(accepted(start, ['b', 'b', 'c'])).toEqual([])
})

test.each([11, 12, 13, 14])('context automata match exactly the expanded phrasings, both ways (seed %i)', (seed) => {
  const english = new ParseEnglish()
  for (const pattern of patterns(seed, 10)) {
    const context = compileContext({before: pattern, after: pattern})
    const phrasings = expandPattern(pattern).map((words) => words.join(' '))
    for (const words of sequences(4)) {
      const text = words.join(' ')
      const tokens = tokensOf(english.parse(text))
      const prefix = phrasings.some((phrasing) => text === phrasing || text.startsWith(`${phrasing} `))
      const suffix = phrasings.some((phrasing) => text === phrasing || text.endsWith(` ${phrasing}`))
      expect(
        contextHolds({before: undefined, after: context.after}, tokens, 0, 0),
        `${pattern} after, on ${text}`
      ).toBe(prefix)
      expect(
        contextHolds({before: context.before, after: undefined}, tokens, tokens.length, tokens.length),
        `${pattern} before, on ${text}`
      ).toBe(suffix)
    }
  }
})

test.each([21, 22])(
  'conditions that look one way share an automaton and still mean "any of them" (seed %i)',
  (seed) => {
    const english = new ParseEnglish()
    const list = patterns(seed, 8)
    const contexts = [...list.slice(0, 4).map((after) => ({after})), ...list.slice(4).map((before) => ({before}))]
    const compiled = compileContexts(contexts)
    expect(compiled).toHaveLength(2)
    const afters = list.slice(0, 4).flatMap((pattern) => expandPattern(pattern).map((words) => words.join(' ')))
    const befores = list.slice(4).flatMap((pattern) => expandPattern(pattern).map((words) => words.join(' ')))
    for (const words of sequences(4)) {
      const text = words.join(' ')
      const tokens = tokensOf(english.parse(text))
      const expected =
        afters.some((phrasing) => text === phrasing || text.startsWith(`${phrasing} `)) ||
        befores.some((phrasing) => text === phrasing || text.endsWith(` ${phrasing}`))
      // Before the first word for `after`, after the last for `before`: one probe each.
      const holds = compiled.some((context) =>
        context.after
          ? contextHolds(context, tokens, 0, 0)
          : contextHolds(context, tokens, tokens.length, tokens.length)
      )
      expect(holds, `${text} over ${JSON.stringify(contexts)}`).toBe(expected)
    }
  }
)

test('bounded repeats expand to exactly m to n copies, for words and groups', () => {
  expect(expandPattern('a b{1,3}').map((words) => words.join(' '))).toEqual(['a b', 'a b b', 'a b b b'])
  expect(expandPattern('(a | b){2}').map((words) => words.join(' '))).toEqual(['a a', 'a b', 'b a', 'b b'])
  expect([...new Set(expandPattern('a [c]{0,2} d').map((words) => words.join(' ')))].sort()).toEqual([
    'a c c d',
    'a c d',
    'a d'
  ])
  expect(() => expandPattern('a{3,1}')).toThrow(/repeat/)
  expect(() => expandPattern('{1,2}')).toThrow(/Nothing to repeat/)
})

test('phrases with a bounded gap of any words (`<word>{0,2}`) match every length in range, and only words', () => {
  const start = compileAutomaton([{pattern: 'nothing <word>{0,2} can do', value: 0, where: 'phrases'}])
  expect(accepted(start, ['nothing', 'can', 'do'])).toEqual([0])
  expect(accepted(start, ['nothing', 'our', 'can', 'do'])).toEqual([0])
  expect(accepted(start, ['nothing', 'our', 'billing', 'can', 'do'])).toEqual([0])
  expect(accepted(start, ['nothing', 'our', 'billing', 'team', 'can', 'do'])).toEqual([])
  expect(accepted(start, ['nothing', ',', 'can', 'do'])).toEqual([])
  expect(accepted(start, ['nothing', '<placeholder>', 'can', 'do'])).toEqual([])
  const any = compileAutomaton([{pattern: 'ticket <any>{0,3} was merged', value: 1, where: 'phrases'}])
  expect(accepted(any, ['ticket', '#', '<placeholder>', 'was', 'merged'])).toEqual([1])
  expect(() => compileAutomaton([{pattern: 'a <end>', value: 0, where: 'phrases'}])).toThrow(/belong in/)
})

test('<sameline> holds only where no line break comes between the words', () => {
  const english = new ParseEnglish()
  const context = compileContext({after: '. <sameline> <number>'})
  const holds = (text: string) =>
    contextHolds({before: undefined, after: context.after}, tokensOf(english.parse(text)), 1, 1)
  expect(holds('No. 4 is ready')).toBe(true)
  expect(holds('No.\n3. Can I pay later?')).toBe(false)
})
