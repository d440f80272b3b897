import {printParseErrorCode, visit, type ParseErrorCode} from 'jsonc-parser'
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import {alignOffsets, decodeJsonString, type OffsetMap} from './offsets.js'

/** One reply found in a file, as decoded text and where it came from. */
export interface ReplySource {
  /** The response's title and id, or heading, quoted for messages: `“Refunds” (#12)`. */
  readonly name: string | undefined
  readonly format: 'text' | 'markdown' | 'html'
  readonly text: string
  /** Decoded offset → file offset; absent when the text is the file's own. */
  readonly map?: OffsetMap
  /** How a fix must be written back into the container. */
  readonly container?: 'json' | 'yaml'
}

/** A syntax error with its place in the file. */
export class CollectionError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

// A JSON or YAML value with each string's decoded text and offset map.
type Located =
  | {kind: 'object'; entries: Map<string, Located>}
  | {kind: 'array'; items: Located[]}
  | LazyList
  | {kind: 'string'; value: string; readonly map: OffsetMap}
  | {kind: 'other'; value: unknown}

/**
 * A collection's list of responses, as where each item is in the file: an
 * item is parsed when its turn comes, and forgotten once checked. Built
 * whole, the items of a 100,000-reply export (a Map per macro, an object per
 * string, a reply record each) came to 230 MB beside the file's text, and V8
 * sized the heap to four times what was live after reading them.
 */
interface LazyList {
  readonly kind: 'list'
  readonly length: number
  item(index: number): Located
}

// Where a collection keeps its list of responses (repliesOf reads them in this order).
const listKeys = ['macros', 'replies', 'responses', 'canned_responses', 'items']

// jsonc-parser's codes (`InvalidSymbol`) in words a support-ops person reads.
const jsonProblems: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected `:` after the property name',
  CommaExpected: 'expected `,` between items',
  CloseBraceExpected: 'expected `}`',
  CloseBracketExpected: 'expected `]`',
  EndOfFileExpected: 'unexpected content after the end',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string'
}

export function parseJsonCollection(text: string): Located {
  // A byte order mark is not JSON, but editors write one; read it as a space
  // so every offset still points at the same character.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text
  return readJson(source, text, 0, true)
}

/**
 * Read `source` (the part of `text` that starts at `base`) with jsonc-parser's
 * visitor, not its parseTree, which keeps a node object per value until the
 * end. With `lists`, the file's list of responses is read through (so a
 * syntax error anywhere is found before any reply is checked) but its items
 * are only located; each is read again, alone, when asked for.
 */
function readJson(source: string, text: string, base: number, lists: boolean): Located {
  // `skip`: inside an item of a list, read for its syntax and duplicate keys only.
  type Frame =
    | {mode: 'object'; value: Located & {kind: 'object'}; key: string}
    | {mode: 'array'; value: Located & {kind: 'array'}}
    | {mode: 'list'; spans: number[]}
    | {mode: 'skip'; keys: Set<string> | undefined; item: boolean}
  const stack: Frame[] = []
  let root: Located | undefined
  let error: {code: ParseErrorCode; offset: number} | undefined
  const add = (value: Located) => {
    const top = stack.at(-1)
    if (!top) root = value
    else if (top.mode === 'object') top.value.entries.set(top.key, value)
    else if (top.mode === 'array') top.value.items.push(value)
  }
  visit(
    source,
    {
      onObjectBegin: (offset) => {
        const top = stack.at(-1)
        if (top?.mode === 'list') top.spans.push(base + offset)
        if (top?.mode === 'list' || top?.mode === 'skip')
          stack.push({mode: 'skip', keys: new Set(), item: top.mode === 'list'})
        else stack.push({mode: 'object', value: {kind: 'object', entries: new Map()}, key: ''})
      },
      onObjectProperty: (property, offset) => {
        const top = stack.at(-1)
        const keys = top?.mode === 'object' ? top.value.entries : top?.mode === 'skip' ? top.keys : undefined
        if (!keys) return
        // JSON.parse keeps the last of two equal keys, so an export with one
        // would silently lose a reply: an error at the second, as in YAML.
        if (keys.has(property))
          throw new CollectionError(`Invalid JSON: duplicate key ${JSON.stringify(property)}`, base + offset)
        if (top!.mode === 'object') top!.key = property
        else (keys as Set<string>).add(property)
      },
      onObjectEnd: (offset, length) => closeContainer(offset + length),
      onArrayBegin: (offset) => {
        const top = stack.at(-1)
        if (top?.mode === 'list') top.spans.push(base + offset)
        if (top?.mode === 'list' || top?.mode === 'skip')
          stack.push({mode: 'skip', keys: undefined, item: top.mode === 'list'})
        else if (lists && (!top || (stack.length === 1 && top.mode === 'object' && listKeys.includes(top.key))))
          stack.push({mode: 'list', spans: []})
        else stack.push({mode: 'array', value: {kind: 'array', items: []}})
      },
      onArrayEnd: (offset, length) => closeContainer(offset + length),
      onLiteralValue: (value: unknown, offset, length) => {
        const top = stack.at(-1)
        if (top?.mode === 'list') {
          top.spans.push(base + offset, base + offset + length)
          return
        }
        if (top?.mode === 'skip') return
        if (typeof value !== 'string') {
          add({kind: 'other', value})
          return
        }
        const start = base + offset + 1
        // A slice of the file's text (V8 shares the characters), decoded when
        // read: the decoded copies of 100,000 replies, and their offset maps
        // (4 bytes a character), were most of an export's memory.
        add(new JsonString(text.slice(start, base + offset + length - 1), start))
      },
      onError: (code, offset) => {
        error ??= {code, offset: base + offset}
      }
    },
    {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false}
  )
  if (error) {
    const code = printParseErrorCode(error.code)
    throw new CollectionError(`Invalid JSON: ${jsonProblems[code] ?? code}`, error.offset)
  }
  if (!root) throw new CollectionError('Invalid JSON: empty file', 0)
  return root

  function closeContainer(after: number): void {
    const frame = stack.pop()!
    if (frame.mode === 'skip') {
      if (frame.item) (stack.at(-1) as {spans: number[]}).spans.push(base + after)
      return
    }
    if (frame.mode === 'list') add(lazyList(frame.spans, text))
    else add(frame.value)
  }
}

function lazyList(spans: readonly number[], text: string): LazyList {
  return {
    kind: 'list',
    length: spans.length / 2,
    item(index) {
      const start = spans[2 * index] ?? 0
      return readJson(text.slice(start, spans[2 * index + 1]), text, start, false)
    }
  }
}

export function parseYamlCollection(text: string): Located {
  const lineCounter = new LineCounter()
  // Two equal keys in one mapping are an error (the YAML spec's, and a
  // collection would otherwise lose a reply), reported at the second key.
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const [error] = document.errors
  if (error) {
    const reason =
      error.code === 'DUPLICATE_KEY'
        ? `duplicate key ${JSON.stringify(
            /^[^:\n]*/
              .exec(text.slice(error.pos[0]))![0]
              .trim()
              .replace(/^(["'])(.*)\1$/, '$2')
          )}`
        : error.message.split('\n')[0]
    throw new CollectionError(`Invalid YAML: ${reason}`, error.pos[0])
  }
  // A file of comments only is as empty as an empty one.
  if (document.contents === null) return {kind: 'array', items: []}
  return fromYaml(document.contents)

  function fromYaml(node: unknown): Located {
    if (isMap(node)) {
      const entries = new Map<string, Located>()
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        entries.set(key, fromYaml(pair.value))
      }
      return {kind: 'object', entries}
    }
    if (isSeq(node)) return {kind: 'array', items: node.items.map(fromYaml)}
    if (isScalar(node) && typeof node.value === 'string' && (node as YamlNode).range) {
      const [start, end] = (node as YamlNode).range!
      const value = node.value
      return lazyString(
        () => value,
        () => alignOffsets(value, text.slice(start, end), start)
      )
    }
    return {kind: 'other', value: isScalar(node) ? node.value : node}
  }
}

/** A JSON string as its slice of the file: 3 fields, where closures per string cost ~200 bytes. */
class JsonString {
  readonly kind = 'string'
  readonly escaped: boolean
  constructor(
    readonly raw: string,
    readonly start: number
  ) {
    this.escaped = raw.includes('\\')
  }
  get value(): string {
    return this.escaped ? (JSON.parse(`"${this.raw}"`) as string) : this.raw
  }
  get map(): OffsetMap {
    return this.escaped ? decodeJsonString(this.raw, this.start).map : identityMap(this.raw.length, this.start)
  }
}

function lazyString(value: () => string, map: () => OffsetMap): Located {
  return {
    kind: 'string',
    get value() {
      return value()
    },
    get map() {
      return map()
    }
  }
}

function identityMap(length: number, start: number): OffsetMap {
  const map = new Int32Array(length + 1)
  for (let index = 0; index <= length; index++) map[index] = start + index
  return map
}

/**
 * The canned responses in a parsed collection, whatever help desk exported
 * it: a Zendesk macros export, osTicket canned responses or email templates,
 * or our own `[{id, title, body, format}]`. `undefined` for another shape.
 */
export function repliesOf(root: Located, container: 'json' | 'yaml'): ReplySource[] | undefined {
  const replies = replySources(root, container)
  return replies && [...replies]
}

/**
 * The same replies, read from the collection one item at a time as they
 * are iterated (so only the reply being checked is held); `undefined` for
 * another shape, which is known once the first reply is found.
 */
export function replySources(root: Located, container: 'json' | 'yaml'): Iterable<ReplySource> | undefined {
  const list = root.kind === 'array' || root.kind === 'list' ? root : root.kind === 'object' ? listIn(root) : undefined
  if (list) {
    const replies = listReplies(list)
    const first = replies.next()
    if (first.done) return (list.kind === 'list' ? list.length : list.items.length) === 0 ? [] : undefined
    return (function* () {
      yield first.value
      yield* replies
    })()
  }
  if (root.kind === 'object') {
    const single = root.entries.get('macro') ?? root
    const replies = single.kind === 'object' ? fromItem(single, 0) : []
    return replies.length > 0 ? replies : undefined
  }
  return undefined

  function* listReplies(list: (Located & {kind: 'array'}) | LazyList): Generator<ReplySource, undefined> {
    const length = list.kind === 'list' ? list.length : list.items.length
    for (let index = 0; index < length; index++) {
      const item = list.kind === 'list' ? list.item(index) : list.items[index]!
      if (item.kind === 'object') yield* fromItem(item, index)
    }
    return undefined
  }

  function listIn(object: Located & {kind: 'object'}): (Located & {kind: 'array'}) | LazyList | undefined {
    for (const key of listKeys) {
      const value = object.entries.get(key)
      if (value?.kind === 'array' || value?.kind === 'list') return value
    }
    return undefined
  }

  function fromItem(item: Located & {kind: 'object'}, index: number): ReplySource[] {
    const name = nameOf(item) ?? `#${index + 1}`
    const numbered = (at: number) => (name.endsWith('”') ? `${name.slice(0, -1)} (${at})”` : `${name} (${at})`)
    const actions = item.entries.get('actions')
    // Zendesk macro: each comment action is a reply.
    if (actions?.kind === 'array') {
      const comments = actions.items.flatMap((action) => {
        if (action.kind !== 'object') return []
        const field = action.entries.get('field')
        const kind = field?.kind === 'string' ? field.value : undefined
        if (kind !== 'comment_value' && kind !== 'comment_value_html') return []
        const value = action.entries.get('value')
        const string =
          value?.kind === 'string'
            ? value
            : value?.kind === 'array'
              ? value.items.findLast((entry) => entry.kind === 'string')
              : undefined
        if (string?.kind !== 'string') return []
        return [{string, format: kind === 'comment_value_html' ? ('html' as const) : ('text' as const)}]
      })
      return comments.map(({string, format}, at) => ({
        name: comments.length > 1 ? numbered(at + 1) : name,
        format,
        get text() {
          return string.value
        },
        get map() {
          return string.map
        },
        container
      }))
    }
    // osTicket canned responses (`response`), email templates (`body`), ours
    // (`body`); Help Scout saved replies (`text`), Freshdesk canned responses
    // (`content_html`), Zammad text modules (`content`).
    for (const key of ['response', 'body', 'text', 'content', 'body_html', 'content_html', 'message']) {
      const value = item.entries.get(key)
      if (value?.kind !== 'string') continue
      const declared = item.entries.get('format')
      const format =
        declared?.kind === 'string' && ['text', 'markdown', 'html'].includes(declared.value)
          ? (declared.value as ReplySource['format'])
          : key.endsWith('_html')
            ? 'html'
            : guessFormat(value.value)
      return [
        {
          name,
          format,
          get text() {
            return value.value
          },
          get map() {
            return value.map
          },
          container
        }
      ]
    }
    return []
  }
}

// `“Returns: outside the window” (#360002)`: the title people know, and the
// id a help desk's API knows, when the export has both.
function nameOf(item: Located & {kind: 'object'}): string | undefined {
  const text = (key: string): string | undefined => {
    const value = item.entries.get(key)
    if (value?.kind === 'string' && value.value.trim()) return value.value.trim()
    if (value?.kind === 'other' && (typeof value.value === 'number' || typeof value.value === 'string'))
      return String(value.value)
    return undefined
  }
  const title = text('title') ?? text('name') ?? text('subject')
  const id = text('id')
  if (title && id && id !== title) return `“${title}” (#${id})`
  return title ? `“${title}”` : id === undefined ? undefined : `#${id}`
}

// osTicket responses are HTML fragments ("…<br>…"); plain text has no tags.
function guessFormat(text: string): ReplySource['format'] {
  return /<(br|p|div|strong|em|a|h[1-6]|ul|ol|li|span)\b[^>]*>/i.test(text) ? 'html' : 'text'
}
