import {boundedMemo} from './memo.js'
import {normalizeWord} from './normalize.js'

// The phrase pattern language, shared by built-in rules and users' phrases:
//   words separated by spaces      `sorry about that`
//   `(a|b c)` one of alternatives  `(we|i) can do`
//   `[a|b]` optional alternatives  `[really|honestly] sorry`
//   `\(` a literal grammar character
//   `<end>`, `<start>`, `<sameline>`, `<number>`, `<word>`, `<capitalized>`,
//   `<punct>`, `<symbol>`, `<placeholder>`: classes, for context patterns
//   (`<word>`, `<number>`, `<placeholder>` and `<any>`, one token of any
//   kind, in phrases too)
//   `x{m,n}` m to n of the item before (a word, a class, a group): a bounded
//   gap such as `<word>{0,3}` ("nothing our billing team can do").
// Phrases compile into one automaton (automaton.ts), context patterns each
// into a small one (context.ts): neither enumerates the phrasings a pattern's
// groups multiply into.

export type Item = {kind: 'word'; value: string} | {kind: 'group'; optional: boolean; alternatives: Item[][]}

export class PatternError extends Error {}

// Built-in patterns recur: the refusals are both banned-phrase's phrases and
// offer-alternative's declines, and their contexts are compiled for each.
// Parsed once, shared (nothing mutates a parse).
/** Parse a pattern into alternatives of item sequences; words come normalised. */
export const parsePattern: (pattern: string) => Item[][] = boundedMemo(5000, parseFresh)

function parseFresh(pattern: string): Item[][] {
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
      // Most tokens are plain words: the regular expressions below (a
      // backtracking one among them) ran on every word of every built-in
      // pattern at start-up, in code not yet compiled.
      if (token.length > 1 && !token.includes('{') && !token.includes('\\')) {
        alternatives.at(-1)!.push({kind: 'word', value: wordOf(token)})
        continue
      }
      const repeat = /^\{(\d+)(?:,(\d+))?\}$/.exec(token)
      if (repeat) {
        const sequence = alternatives.at(-1)!
        const item = sequence.pop()
        if (!item) throw new PatternError(`Nothing to repeat before \`${token}\` in pattern \`${pattern}\``)
        sequence.push(...repeated(item, token, repeat))
        continue
      }
      const glued = /^(.*[^\\])(\{\d+(?:,\d+)?\})$/.exec(token)
      if (glued) {
        alternatives
          .at(-1)!
          .push(
            ...repeated({kind: 'word', value: wordOf(glued[1]!)}, glued[2]!, /^\{(\d+)(?:,(\d+))?\}$/.exec(glued[2]!)!)
          )
        continue
      }
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

// `x{m,n}`: m copies of x, then n - m optional ones, nested so that each
// length is reached one way only (`x [x [x]]`).
function repeated(item: Item, token: string, match: RegExpExecArray): Item[] {
  const least = Number(match[1])
  const most = match[2] === undefined ? least : Number(match[2])
  if (most < least || most === 0 || most > 8)
    throw new PatternError(`Unexpected repeat \`${token}\`: expected \`{m,n}\` with m ≤ n, 0 < n ≤ 8`)
  const items: Item[] = Array.from({length: least}, () => item)
  let optional: Item[] = []
  for (let count = most - least; count > 0; count--)
    optional = [{kind: 'group', optional: true, alternatives: [[item, ...optional]]}]
  return [...items, ...optional]
}

function wordOf(value: string): string {
  return value.startsWith('<') && value.endsWith('>') && value.length > 2 ? value.toLowerCase() : normalizeWord(value)
}

// A backslash makes a grammar character literal: `\(`, `\)`, `\[`, `\]`, `\|`.
function lex(pattern: string): string[] {
  return pattern.match(/(?:\\.|[^\s()[\]|\\])+|[()[\]|]/g) ?? []
}
