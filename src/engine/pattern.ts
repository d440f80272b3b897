import {normalizeWord} from './normalize.js'

// The phrase pattern language, shared by built-in rules and users' phrases:
//   words separated by spaces      `sorry about that`
//   `(a|b c)` one of alternatives  `(we|i) can do`
//   `[a|b]` optional alternatives  `[really|honestly] sorry`
//   `\(` a literal grammar character
//   `<end>`, `<start>`, `<number>`, `<word>`, `<capitalized>`, `<punct>`,
//   `<symbol>`, `<placeholder>`: classes, for context patterns.
// Phrases compile into an automaton (see phrase-index.ts); context patterns,
// which are short, expand into every word sequence they allow, and the cap
// keeps a careless one from exploding.
export const maxExpansions = 4096

export type Item = {kind: 'word'; value: string} | {kind: 'group'; optional: boolean; alternatives: Item[][]}

export class PatternError extends Error {}

/** Parse a pattern into alternatives of item sequences; words come normalised. */
export function parsePattern(pattern: string): Item[][] {
  const tokens = lex(pattern)
  let index = 0
  const alternatives = parseAlternatives(')')
  if (index < tokens.length) throw new PatternError(`Unexpected \`${tokens[index]}\` in pattern \`${pattern}\``)
  if (tokens.length === 0) throw new PatternError('Empty pattern')
  return alternatives

  function parseAlternatives(close: string): Item[][] {
    const alternatives: Item[][] = [[]]
    while (index < tokens.length) {
      const token = tokens[index]!
      if (token === ')' || token === ']') {
        if (token !== close) throw new PatternError(`Unbalanced \`${token}\` in pattern \`${pattern}\``)
        return alternatives
      }
      index++
      if (token === '|') alternatives.push([])
      else if (token === '(' || token === '[') {
        const inner = parseAlternatives(token === '(' ? ')' : ']')
        if (tokens[index] === undefined) throw new PatternError(`Unclosed \`${token}\` in pattern \`${pattern}\``)
        index++
        alternatives.at(-1)!.push({kind: 'group', optional: token === '[', alternatives: inner})
      } else alternatives.at(-1)!.push({kind: 'word', value: wordOf(token.replace(/\\(.)/g, '$1'))})
    }
    return alternatives
  }
}

/**
 * Throw what `expandPattern` would throw (too many phrasings, or one that is
 * empty) by counting on the parsed pattern, without building the phrasings:
 * contexts expand lazily, but a bad one must still fail when compiled.
 */
export function checkExpandable(pattern: string): void {
  for (const sequence of parsePattern(pattern)) {
    if (measureSequence(sequence).empty) throw new PatternError(`Pattern \`${pattern}\` can match nothing`)
  }

  function measureSequence(sequence: Item[]): {count: number; empty: boolean} {
    let count = 1
    let empty = true
    for (const item of sequence) {
      const measure = item.kind === 'word' ? {count: 1, empty: false} : measureGroup(item)
      count *= measure.count
      if (count > maxExpansions) throw new PatternError(`Pattern \`${pattern}\` allows more than ${maxExpansions} phrasings; split it`)
      empty &&= measure.empty
    }
    return {count, empty}
  }

  function measureGroup(group: Item & {kind: 'group'}): {count: number; empty: boolean} {
    let count = group.optional ? 1 : 0
    let empty = group.optional
    for (const sequence of group.alternatives) {
      const measure = measureSequence(sequence)
      count += measure.count
      empty ||= measure.empty
    }
    return {count, empty}
  }
}

/** Every word sequence a (small) pattern allows: for context patterns. */
export function expandPattern(pattern: string): string[][] {
  const alternatives = parsePattern(pattern)
  const result: string[][] = []
  for (const sequence of alternatives) {
    for (const words of expandSequence(sequence)) {
      if (words.length === 0) throw new PatternError(`Pattern \`${pattern}\` can match nothing`)
      result.push(words)
    }
  }
  return result

  function expandSequence(sequence: Item[]): string[][] {
    let results: string[][] = [[]]
    for (const item of sequence) {
      const options = item.kind === 'word' ? [[item.value]] : expandGroup(item)
      const next: string[][] = []
      for (const head of results) for (const tail of options) next.push([...head, ...tail])
      if (next.length > maxExpansions) {
        throw new PatternError(`Pattern \`${pattern}\` allows more than ${maxExpansions} phrasings; split it`)
      }
      results = next
    }
    return results
  }

  function expandGroup(group: Item & {kind: 'group'}): string[][] {
    const options = group.alternatives.flatMap((sequence) => expandSequence(sequence))
    return group.optional ? [[], ...options] : options
  }
}

function wordOf(value: string): string {
  return value.startsWith('<') && value.endsWith('>') && value.length > 2 ? value.toLowerCase() : normalizeWord(value)
}

// A backslash makes a grammar character literal: `\(`, `\)`, `\[`, `\]`, `\|`.
function lex(pattern: string): string[] {
  return pattern.match(/(?:\\.|[^\s()[\]|\\])+|[()[\]|]/g) ?? []
}
