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
  sources.forEach((source, index) => {
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
const openers = new Set([...'{[%<*#$'].map((character) => character.charCodeAt(0)))

// The parser runs sentence extensions on the whole text before splitting it
// into sentences, so a placeholder with a full stop inside stays whole.
function mergePlaceholders(sentence: Sentence, expression: RegExp, anywhere: boolean): void {
  const children = sentence.children
  // Most texts have no opening mark, and cost no string building at all.
  let candidates: number[] | undefined
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if ((child.type === 'PunctuationNode' || child.type === 'SymbolNode') && openers.has(child.value.charCodeAt(0))) {
      ;(candidates ??= []).push(index)
    }
  }
  if (!candidates && !anywhere) return

  const values = children.map(valueOf)
  const starts: number[] = []
  let length = 0
  for (const value of values) {
    starts.push(length)
    length += value.length
  }
  const text = values.join('')
  // Try the expression only where a placeholder can start: each opening mark
  // (or, with syntaxes of the user's, every node).
  const ranges: Array<[number, number]> = []
  let covered = 0
  for (const index of anywhere ? children.keys() : candidates!) {
    const at = starts[index]!
    if (at < covered) continue
    expression.lastIndex = at
    const match = expression.exec(text)
    if (match && match[0].length > 0) {
      covered = at + match[0].length
      ranges.push([at, covered])
    }
  }
  if (ranges.length === 0) return

  const result: SentenceContent[] = []
  let offset = 0
  let range = 0
  let pending: SentenceContent[] = []
  for (const [index, child] of children.entries()) {
    const start = offset
    offset += values[index]!.length
    while (ranges[range] && ranges[range]![1] <= start) range++
    const current = ranges[range]
    // A node inside (or overlapping) a placeholder joins it.
    if (current && start < current[1] && offset > current[0]) {
      pending.push(child)
      if (offset >= current[1]) flush()
    } else {
      flush()
      result.push(child)
    }
  }
  flush()
  sentence.children = result

  function flush(): void {
    if (pending.length === 0) return
    const first = pending[0]!
    const last = pending.at(-1)!
    // Built in one literal, in the parser's own property order: a node whose
    // shape differs from the parser's makes its hot loops polymorphic, which
    // slowed every later parse in the process by half.
    const node: Source = {
      type: 'SourceNode',
      value: pending.map(valueOf).join(''),
      position: {start: first.position!.start, end: last.position!.end}
    }
    result.push(node)
    pending = []
  }
}
