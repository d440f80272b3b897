import {normalizeWord} from './normalize.js'

// The phrase pattern language, shared by built-in rules and users' phrases:
//   words separated by spaces      `sorry about that`
//   `(a|b c)` one of alternatives  `(we|i) can do`
//   `[a|b]` optional alternatives  `[really|honestly] sorry`
//   `\(` a literal grammar character
//   `<end>`, `<start>`, `<number>`, `<word>`, `<capitalized>`, `<punct>`,
//   `<symbol>`, `<placeholder>`: classes, for context patterns.
// Phrases compile into one automaton (automaton.ts), context patterns each
// into a small one (context.ts): neither enumerates the phrasings a pattern's
// groups multiply into.

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

function wordOf(value: string): string {
  return value.startsWith('<') && value.endsWith('>') && value.length > 2 ? value.toLowerCase() : normalizeWord(value)
}

// A backslash makes a grammar character literal: `\(`, `\)`, `\[`, `\]`, `\|`.
function lex(pattern: string): string[] {
  return pattern.match(/(?:\\.|[^\s()[\]|\\])+|[()[\]|]/g) ?? []
}
