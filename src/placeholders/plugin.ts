import type {Sentence, SentenceContent, Source} from 'nlcst'
import type {Processor} from 'unified'
import {valueOf} from '../engine/node-value.js'
import {checkedSyntax, lookbehindLength, maxPlaceholderLength, startsWith} from './safe-syntax.js'
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
  // Built at the first opening mark, not when the plugin is attached: the
  // expression of every syntax costs ~12 ms to parse and compile, a tenth of
  // a cold start, and most replies never open a placeholder.
  let expression: RegExp | undefined
  const builtIn = () => (expression ??= placeholderExpression([]))
  // Checked (linear time, bounded length) and tried only where each can start.
  const user = extra.map((source, index) => ({expression: checkedSyntax(source, index), starts: startsWith(source)}))
  return (node) => {
    mergePlaceholders(node, builtIn, user)
  }
}

/** One sticky expression for every syntax: it is tried where a placeholder may start. */
export function placeholderExpression(extra: readonly string[]): RegExp {
  extra.forEach(checkedSyntax)
  const sources = [...extra, ...placeholderSyntaxes.map((syntax) => syntax.pattern)]
  return new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'uy')
}

interface UserSyntax {
  readonly expression: RegExp
  readonly starts: (char: string) => boolean
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

// The parser runs sentence extensions on the whole text before splitting it
// into sentences, so a placeholder with a full stop inside stays whole.
function mergePlaceholders(sentence: Sentence, builtIn: () => RegExp, user: readonly UserSyntax[]): void {
  const children = sentence.children
  const spans = spansOf(children, builtIn, user)
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
 * Node spans `[start, end)` of placeholders, tried only at nodes where one
 * may start: most texts have no opening mark and cost one pass over their
 * nodes. From the first such node on, the nodes' text is joined once and
 * every try runs on it in place: building a 210-character window at each
 * opener made 1 MB of `%{` cost 25 times a reply's time per byte. Each
 * syntax reads a bounded stretch (the built-ins by their quantifiers and
 * classes, a user's by safe-syntax.ts), so a text costs time linear in its
 * length.
 */
function spansOf(
  children: readonly SentenceContent[],
  builtIn: () => RegExp,
  user: readonly UserSyntax[]
): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let first = -1
  for (let index = 0; index < children.length && first === -1; index++)
    if (candidate(children[index]!, children[index + 1])) first = index
  if (first === -1) return spans

  const values: string[] = []
  const offsets = new Int32Array(children.length - first + 1)
  let length = 0
  for (let index = first; index < children.length; index++) {
    const value = valueOf(children[index]!)
    values.push(value)
    offsets[index - first] = length
    length += value.length
  }
  offsets[children.length - first] = length
  const text = values.join('')

  for (let index = first; index < children.length; index++) {
    const child = children[index]!
    // Most nodes open nothing: without a user's syntax, only marks are looked at.
    if (user.length === 0 && !isOpener(child)) continue
    const at = offsets[index - first]!
    let matched = 0
    const char = user.length === 0 ? '' : (text[at] ?? '')
    for (const syntax of user) {
      if (!syntax.starts(char)) continue
      // A window, as the built-ins have by construction: no try reads further.
      const from = Math.max(0, at - lookbehindLength)
      syntax.expression.lastIndex = at - from
      const match = syntax.expression.exec(text.slice(from, at + maxPlaceholderLength))
      if (match && match[0].length > 0) {
        matched = match[0].length
        break
      }
    }
    if (matched === 0 && isOpener(child) && mayOpen(valueOf(child), children[index + 1])) {
      const expression = builtIn()
      expression.lastIndex = at
      const match = expression.exec(text)
      if (match) matched = match[0].length
    }
    if (matched === 0) continue
    // A node the placeholder ends inside of joins it.
    let end = index + 1
    while (end < children.length && offsets[end - first]! < at + matched) end++
    spans.push([index, end])
    index = end - 1
  }
  return spans

  function candidate(child: SentenceContent, next: SentenceContent | undefined): boolean {
    if (isOpener(child) && mayOpen(valueOf(child), next)) return true
    if (user.length === 0) return false
    const value = valueOf(child)
    return user.some((syntax) => syntax.starts(value.charAt(0)))
  }
}

function isOpener(child: SentenceContent): boolean {
  return (child.type === 'PunctuationNode' || child.type === 'SymbolNode') && openers.has(child.value.charCodeAt(0))
}
