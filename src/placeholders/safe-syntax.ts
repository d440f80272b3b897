// A user's placeholder syntax is a regular expression run at many places of
// every reply, so one that backtracks is a denial of service: `(a+)+$` hung a
// check for minutes on 31 characters, and `<<[^>]*>>` read to the end of the
// text from every `<` (quadratic). This checks a syntax when it is loaded and
// says what to change.
//
// Why our own: safe-regex2 (star height only) accepts `(a|a)*$` and
// `\d+\d+$`; redos-detector took 7 s on `(a|a)*$` and flags `\[\[[a-z_]+\]\]`;
// recheck is megabytes, too big for the browser bundle. The rules below are
// stricter than a full analysis, and each error names the part to rewrite.
// Characters are compared with the regular expression engine itself (on
// sample characters), so classes, escapes and `\p{…}` need no tables here.

/** How far a user's syntax may read from where it starts: each try runs on a window this long. */
export const maxPlaceholderLength = 256

/** How much text before its start a user's syntax sees (for a lookbehind such as `(?<!\w)`). */
export const lookbehindLength = 32

interface Term {
  readonly source: string
  readonly atom: Atom
  readonly min: number
  readonly max: number
}
type Atom =
  | {readonly kind: 'char'; readonly source: string}
  | {readonly kind: 'group'; readonly alternatives: Term[][]; readonly lookaround: boolean}
  | {readonly kind: 'assertion'}

export class UnsafeSyntaxError extends Error {}

/**
 * Throw an `UnsafeSyntaxError` saying why, when `source` (valid with the `u`
 * flag) may backtrack: nested quantifiers, repeated alternatives or
 * neighbouring quantifiers that can match the same text, or an unbounded
 * part that can read over the character the syntax starts with (as the
 * built-ins never do: a run of that character would be read again from each).
 */
export function checkSyntax(source: string): void {
  const alternatives = parse(source)
  walk(alternatives, firstChars([{source, atom: {kind: 'group', alternatives, lookaround: false}, min: 1, max: 1}]))
}

function walk(alternatives: readonly Term[][], opening: Chars): void {
  for (const sequence of alternatives) {
    sequence.forEach((term, index) => {
      if (term.atom.kind === 'group') {
        if (term.max > 1) {
          const inner = term.atom.alternatives.flat().find((child) => isVariable(child))
          if (inner)
            throw new UnsafeSyntaxError(
              `\`${term.source}\` repeats \`${inner.source}\`, which has a quantifier of its own (nested quantifiers backtrack exponentially)`
            )
          const chars = term.atom.alternatives.map((sequence) => firstChars(sequence))
          for (let a = 0; a < chars.length; a++) {
            for (let b = a + 1; b < chars.length; b++) {
              if (overlap(chars[a]!, chars[b]!))
                throw new UnsafeSyntaxError(
                  `\`${term.source}\` repeats alternatives that can start with the same character (they backtrack exponentially)`
                )
            }
          }
        }
        walk(term.atom.alternatives, opening)
      }
      if (term.max === Infinity && overlap(allChars(term), opening)) {
        throw new UnsafeSyntaxError(
          `\`${term.source}\` has no upper bound and can read over the character the syntax starts with, so a run of them is read again from each (quadratic time); exclude that character or bound it, as in \`${bounded(term)}\``
        )
      }
      if (!isVariable(term) || term.max < 2) return
      // `\d{1,9}\d{1,9}`: a failed match tries every split between the two.
      const mine = allChars(term)
      for (const next of sequence.slice(index + 1)) {
        if (isVariable(next) && overlap(mine, firstChars([next]))) {
          throw new UnsafeSyntaxError(
            `\`${term.source}\` and \`${next.source}\` can match the same characters next to each other (a failed match tries every split)`
          )
        }
        if (!canBeEmpty(next)) break
      }
    })
  }
}

function bounded(term: Term): string {
  const atom = term.source.replace(/(?:[*+]|\{\d+,\})\??$/, '')
  return `${atom}{${term.min},${Math.max(term.min, 200)}}`
}

function isVariable(term: Term): boolean {
  if (term.min !== term.max) return true
  return (
    term.atom.kind === 'group' &&
    !term.atom.lookaround &&
    term.atom.alternatives.some((sequence) => sequence.some(isVariable))
  )
}

function canBeEmpty(term: Term): boolean {
  if (term.min === 0 || term.atom.kind === 'assertion') return true
  if (term.atom.kind === 'char') return false
  return term.atom.lookaround || term.atom.alternatives.some((sequence) => sequence.every(canBeEmpty))
}

// Character sets as predicates; compared on sample characters.
type Chars = RegExp[]
const samples = [
  ...Array.from({length: 128}, (_, code) => String.fromCharCode(code)),
  '\u00A0',
  'é',
  'ß',
  'Ж',
  '中',
  '٣',
  '’',
  '“',
  '😀',
  '\u2028',
  'İ',
  'ſ',
  '\u212A',
  '_'
]

function overlap(a: Chars, b: Chars): boolean {
  return samples.some((sample) => a.some((one) => one.test(sample)) && b.some((other) => other.test(sample)))
}

function firstChars(sequence: readonly Term[]): Chars {
  const chars: Chars = []
  for (const term of sequence) {
    if (term.atom.kind === 'char') chars.push(predicate(term.atom.source))
    else if (term.atom.kind === 'group' && !term.atom.lookaround)
      for (const inner of term.atom.alternatives) chars.push(...firstChars(inner))
    if (!canBeEmpty(term)) break
  }
  return chars
}

function allChars(term: Term): Chars {
  if (term.atom.kind === 'char') return [predicate(term.atom.source)]
  if (term.atom.kind === 'assertion' || term.atom.lookaround) return []
  return term.atom.alternatives.flat().flatMap(allChars)
}

const predicates = new Map<string, RegExp>()
function predicate(source: string): RegExp {
  let found = predicates.get(source)
  if (!found) {
    // A back reference (`\1`) may be anything: compare it as any character.
    found = /^\\(?:[1-9]|k<)/.test(source) ? /[^]/u : new RegExp(`^(?:${source})$`, 'u')
    predicates.set(source, found)
  }
  return found
}

/** Parse a source that `new RegExp(source, 'u')` accepts into alternatives of terms. */
function parse(source: string): Term[][] {
  let index = 0
  const result = alternatives()
  return result

  function alternatives(): Term[][] {
    const list: Term[][] = [[]]
    while (index < source.length && source[index] !== ')') {
      if (source[index] === '|') {
        index++
        list.push([])
        continue
      }
      const start = index
      const atom = parseAtom()
      const [min, max] = quantifier()
      list.at(-1)!.push({source: source.slice(start, index), atom, min, max})
    }
    return list
  }

  function parseAtom(): Atom {
    const char = source[index]!
    if (char === '(') {
      index++
      let lookaround = false
      if (source.startsWith('?:', index)) index += 2
      else if (/^\?<?[=!]/.test(source.slice(index, index + 3))) {
        lookaround = true
        index += source[index + 1] === '<' ? 3 : 2
      } else if (source.startsWith('?<', index)) index = source.indexOf('>', index) + 1
      const inner = alternatives()
      index++ // `)`
      return {kind: 'group', alternatives: inner, lookaround}
    }
    if (char === '^' || char === '$') {
      index++
      return {kind: 'assertion'}
    }
    if (char === '[') {
      const start = index
      index++
      while (source[index] !== ']') index += source[index] === '\\' ? 2 : 1
      index++
      return {kind: 'char', source: source.slice(start, index)}
    }
    if (char === '\\') {
      const start = index
      const next = source[index + 1]!
      if (next === 'b' || next === 'B') {
        index += 2
        return {kind: 'assertion'}
      }
      if (/[pPk]/.test(next) && /[{<]/.test(source[index + 2] ?? ''))
        index = source.indexOf(next === 'k' ? '>' : '}', index) + 1
      else if (next === 'u' && source[index + 2] === '{') index = source.indexOf('}', index) + 1
      else if (next === 'u') index += 6
      else if (next === 'x') index += 4
      else if (next === 'c') index += 3
      else if (/[1-9]/.test(next)) {
        index += 2
        while (/[0-9]/.test(source[index] ?? '')) index++
      } else index += 2
      return {kind: 'char', source: source.slice(start, index)}
    }
    const start = index
    index += (source.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
    return {kind: 'char', source: source.slice(start, index)}
  }

  function quantifier(): [number, number] {
    const char = source[index]
    let range: [number, number] = [1, 1]
    if (char === '*') range = [0, Infinity]
    else if (char === '+') range = [1, Infinity]
    else if (char === '?') range = [0, 1]
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index))
      if (!match) return range
      const min = Number(match[1])
      range = [min, match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])]
      index += match[0].length - 1
    } else return range
    index++
    if (source[index] === '?') index++
    return range
  }
}

/** A user's syntax, checked: a `TypeError` naming the entry for an invalid or unsafe one. */
export function checkedSyntax(source: unknown, index: number): RegExp {
  const at = `placeholders[${index}]`
  if (typeof source !== 'string')
    throw new TypeError(`Expected \`${at}\` to be a regular expression source, not \`${typeof source}\``)
  let expression: RegExp
  try {
    expression = new RegExp(source, 'uy')
  } catch (error) {
    throw new TypeError(`Invalid \`${at}\` (\`${source}\`): ${(error as Error).message}`)
  }
  try {
    checkSyntax(source)
  } catch (error) {
    if (error instanceof UnsafeSyntaxError) throw new TypeError(`Unsafe \`${at}\` (\`${source}\`): ${error.message}`)
    throw error
  }
  if (expression.test('')) throw new TypeError(`Invalid \`${at}\` (\`${source}\`): it matches empty text`)
  return expression
}

/** Whether a syntax can start with `char` (so it is tried only there). */
export function startsWith(source: string): (char: string) => boolean {
  const chars = firstChars(
    parse(source).flat().length === 0
      ? []
      : [{source, atom: {kind: 'group', alternatives: parse(source), lookaround: false}, min: 1, max: 1}]
  )
  const known = new Map<string, boolean>()
  return (char) => {
    let result = known.get(char)
    if (result === undefined) {
      result = chars.some((one) => one.test(char))
      if (known.size < 4096) known.set(char, result)
    }
    return result
  }
}
