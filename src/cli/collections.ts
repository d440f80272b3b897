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
  | {kind: 'string'; value: string; readonly map: OffsetMap}
  | {kind: 'other'; value: unknown}

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
  // jsonc-parser's visitor, not its parseTree: the tree of a 100,000-reply
  // export (a node object per value, kept whole until the end) was most of
  // the memory of checking it; here each value is built once, as read.
  type Frame = {value: Located & {kind: 'object'}; key: string} | {value: Located & {kind: 'array'}}
  const stack: Frame[] = []
  let root: Located | undefined
  let error: {code: ParseErrorCode; offset: number} | undefined
  const add = (value: Located) => {
    const top = stack.at(-1)
    if (!top) root = value
    else if ('key' in top) top.value.entries.set(top.key, value)
    else top.value.items.push(value)
  }
  visit(
    source,
    {
      onObjectBegin: () => {
        stack.push({value: {kind: 'object', entries: new Map()}, key: ''})
      },
      onObjectProperty: (property, offset) => {
        const top = stack.at(-1)
        if (!top || !('key' in top)) return
        // JSON.parse keeps the last of two equal keys, so an export with one
        // would silently lose a reply: an error at the second, as in YAML.
        if (top.value.entries.has(property))
          throw new CollectionError(`Invalid JSON: duplicate key ${JSON.stringify(property)}`, offset)
        top.key = property
      },
      onObjectEnd: () => add(stack.pop()!.value),
      onArrayBegin: () => {
        stack.push({value: {kind: 'array', items: []}})
      },
      onArrayEnd: () => add(stack.pop()!.value),
      onLiteralValue: (value: unknown, offset, length) => {
        if (typeof value !== 'string') {
          add({kind: 'other', value})
          return
        }
        const start = offset + 1
        // A slice of the file's text (V8 shares the characters), decoded when
        // read: the decoded copies of 100,000 replies, and their offset maps
        // (4 bytes a character), were most of an export's memory.
        add(new JsonString(text.slice(start, offset + length - 1), start))
      },
      onError: (code, offset) => {
        error ??= {code, offset}
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
  const list = root.kind === 'array' ? root.items : root.kind === 'object' ? listIn(root) : undefined
  if (list) {
    const replies = list.flatMap((item, index) => (item.kind === 'object' ? fromItem(item, index) : []))
    return replies.length > 0 || list.length === 0 ? replies : undefined
  }
  if (root.kind === 'object') {
    const single = root.entries.get('macro') ?? root
    const replies = single.kind === 'object' ? fromItem(single, 0) : []
    return replies.length > 0 ? replies : undefined
  }
  return undefined

  function listIn(object: Located & {kind: 'object'}): Located[] | undefined {
    for (const key of ['macros', 'replies', 'responses', 'canned_responses', 'items']) {
      const value = object.entries.get(key)
      if (value?.kind === 'array') return value.items
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
