import type {Sentence, SentenceContent, Source} from 'nlcst'
import type {Processor} from 'unified'
import {valueOf} from '../engine/node-value.js'
import {placeholderSyntaxes} from './syntaxes.js'

export interface PlaceholderOptions {
  /** Extra syntaxes, as regular expression sources matching a whole placeholder. */
  readonly placeholders?: readonly string[] | null | undefined
}

/**
 * Turn template placeholders (`{{ticket.requester.first_name}}`,
 * `%{recipient.name.first}`, `[Customer Name]`, …) into `SourceNode`s, as
 * retext-syntax-urls does for URLs, so that no word rule matches inside one
 * and the name rule can recognise a name placeholder.
 */
export default function retextPlaceholders(this: Processor, options?: Readonly<PlaceholderOptions> | null): undefined {
  const data = this.data()
  const list = data.nlcstSentenceExtensions ?? (data.nlcstSentenceExtensions = [])
  list.push(placeholderExtension(options?.placeholders ?? []))
}

/** The sentence extension itself, for parsers built by hand (the CLI's). */
export function placeholderExtension(extra: readonly string[]): (node: Sentence) => undefined {
  const expression = placeholderExpression(extra)
  // A syntax of the user's may start with any character: scan the whole text.
  const anywhere = extra.length > 0
  return (node) => {
    mergePlaceholders(node, expression, anywhere)
  }
}

/** One sticky expression for every syntax: it is tried where a placeholder may start. */
export function placeholderExpression(extra: readonly string[]): RegExp {
  const sources = [...extra, ...placeholderSyntaxes.map((syntax) => syntax.pattern)]
  // Only the user's syntaxes need checking one by one; the built-in ones are tested.
  extra.forEach((source, index) => {
    try {
      new RegExp(source, 'u')
    } catch (error) {
      throw new TypeError(`Invalid \`placeholders[${index}]\`: ${(error as Error).message}`)
    }
  })
  return new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'uy')
}

// Every built-in syntax opens with one of these marks, which the tokenizer
// never puts inside a word, and a run of marks is one node of one character.
const openers = new Set([...'{[%<*#$(!@~^:'].map((character) => character.charCodeAt(0)))

// Marks that are common in prose ("(", "!", ":", "@") open a placeholder only
// when doubled (`((x))`, `!!x!!`, `@@x@@`) or, for ":", glued to a lower-case
// key (`:customer_name`); no placeholder has white space right after its
// opening mark. Checking the next node first keeps the expression, and the
// window it reads, off nearly every mark of ordinary text.
function mayOpen(mark: string, next: SentenceContent | undefined): boolean {
  // A run of marks in one node (`{{`, `<<`) is doubled already.
  if (mark.length > 1) return true
  if (!next || next.type === 'WhiteSpaceNode') return false
  const first = valueOf(next).charAt(0)
  switch (mark.charAt(0)) {
    case '(':
    case '!':
    case '@':
    case '~':
    case '^':
      return first === mark.charAt(0)
    case ':':
      return next.type === 'WordNode' && /^[a-z]/.test(first)
    default:
      return true
  }
}

// No built-in syntax is longer (200 characters inside, plus delimiters).
const longest = 210

// The parser runs sentence extensions on the whole text before splitting it
// into sentences, so a placeholder with a full stop inside stays whole.
function mergePlaceholders(sentence: Sentence, expression: RegExp, anywhere: boolean): void {
  const children = sentence.children
  const spans = anywhere ? spansAnywhere(children, expression) : spansAtOpeners(children, expression)
  if (spans.length === 0) return

  const result: SentenceContent[] = []
  let from = 0
  for (const [start, end] of spans) {
    for (let index = from; index < start; index++) result.push(children[index]!)
    const first = children[start]!
    const last = children[end - 1]!
    let value = ''
    for (let index = start; index < end; index++) value += valueOf(children[index]!)
    // Built in one literal, in the parser's own property order: a node whose
    // shape differs from the parser's makes its hot loops polymorphic, which
    // slowed every later parse in the process by half.
    const node: Source = {type: 'SourceNode', value, position: {start: first.position!.start, end: last.position!.end}}
    result.push(node)
    from = end
  }
  for (let index = from; index < children.length; index++) result.push(children[index]!)
  sentence.children = result
}

/**
 * Node spans `[start, end)` of placeholders, tried only at opening marks and
 * on a short window of text from there: most texts have no opening mark and
 * cost one pass over their nodes, and none is joined into one string.
 */
function spansAtOpeners(children: readonly SentenceContent[], expression: RegExp): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if ((child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') || !openers.has(child.value.charCodeAt(0))) continue
    if (!mayOpen(child.value, children[index + 1])) continue
    let window = ''
    const lengths: number[] = []
    for (let end = index; end < children.length && window.length < longest; end++) {
      const value = valueOf(children[end]!)
      window += value
      lengths.push(value.length)
    }
    expression.lastIndex = 0
    const match = expression.exec(window)
    if (!match || match[0].length === 0) continue
    // A node the placeholder ends inside of joins it.
    let covered = 0
    let end = index
    while (covered < match[0].length) covered += lengths[end++ - index]!
    spans.push([index, end])
    index = end - 1
  }
  return spans
}

// A syntax of the user's may start anywhere: try every node over the whole text.
function spansAnywhere(children: readonly SentenceContent[], expression: RegExp): Array<[number, number]> {
  const values = children.map(valueOf)
  const text = values.join('')
  const spans: Array<[number, number]> = []
  let offset = 0
  for (let index = 0; index < children.length; index++) {
    const start = offset
    offset += values[index]!.length
    expression.lastIndex = start
    const match = expression.exec(text)
    if (!match || match[0].length === 0) continue
    let end = index + 1
    while (offset < start + match[0].length && end < children.length) offset += values[end++]!.length
    spans.push([index, end])
    index = end - 1
  }
  return spans
}
