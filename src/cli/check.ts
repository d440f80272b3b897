import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import type {Root} from 'nlcst'
import type {ParseEnglish} from 'parse-english'
import rehypeRetext from 'rehype-retext'
import remarkRetext from 'remark-retext'
import {messageControl} from 'unified-message-control'
import type {Point} from 'unist'
import {VFile} from 'vfile'
import {locate} from './locate.js'
import type {VFileMessage} from 'vfile-message'
import {ruleIds} from '../options.js'
import {createParser} from '../parser.js'
import {placeholderExtension} from '../placeholders/plugin.js'
import {createChecker, type Checker} from '../preset.js'
import type {Options} from '../types.js'
import type {ReplySource} from './collections.js'
import {optionsFor, type CheckSettings} from './config.js'
import {html, markdown, type DocumentReply, type DocumentTree} from './document.js'
import {encodeJson} from './offsets.js'
import {realign} from './realign.js'

/** A safe fix, in file offsets, with its text encoded for the container. */
export interface Fix {
  readonly start: number
  readonly end: number
  readonly text: string
  /** For a reply inside JSON or YAML: the fix in the decoded reply, to verify the write. */
  readonly reply?: {readonly index: number; readonly start: number; readonly end: number; readonly text: string}
}

const fixes = new WeakMap<VFileMessage, Fix>()
// Where a finding from a reply inside JSON, YAML or a fence came from, so any
// suggestion (not only the safe one) can be written back encoded.
const origins = new WeakMap<
  VFileMessage,
  {container: ReplySource['container']; index: number; start: number; end: number}
>()
// Which reply of its file a finding is about (an index into `replylintReplyNames`).
const replies = new WeakMap<VFileMessage, number>()

/** The index of the reply (in its file) that a finding is about, if it is a reply's. */
export function replyIndexOf(message: VFileMessage): number | undefined {
  return replies.get(message)
}

/** The safe fix of a message, if it has one. */
export function fixOf(message: VFileMessage): Fix | undefined {
  return fixes.get(message)
}

/**
 * The edit that writes `text` (one of a message's `expected`) in place of its
 * span, encoded for the container it sits in; for editors' quick fixes.
 */
export function editOf(message: VFileMessage, text: string, value: string): Fix | undefined {
  const offsets = offsetsOf(message)
  if (!offsets) return undefined
  const origin = origins.get(message)
  if (!origin) return {start: offsets[0], end: offsets[1], text}
  return {
    start: offsets[0],
    end: offsets[1],
    text:
      origin.container === 'json'
        ? encodeJson(text)
        : origin.container === 'yaml'
          ? indentFor(value, offsets[0], text)
          : text,
    reply: {index: origin.index, start: origin.start, end: origin.end, text}
  }
}

declare module 'vfile' {
  interface DataMap {
    /** How many replies the CLI checked in this file. */
    replylintReplies: number
    /** Called after each reply of the file is checked (the CLI moves its findings out, to keep memory flat). */
    replylintAfterReply: (index: number, name: string | undefined) => undefined
    /** Each checked reply's name (a heading, a macro title), `undefined` for a whole file. */
    replylintReplyNames: Array<string | undefined>
  }
}

// Markdown nodes that are not the writer's prose: code, quoted customer text, raw HTML.
const ignoreMarkdown = ['code', 'blockquote', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition']

/**
 * unified plugin (for unified-engine): check every reply of a parsed document
 * with the shared checker, put findings from replies inside JSON, YAML or a
 * fenced block back on the original file's line and column, name each
 * finding's reply, honour `<!-- replylint-disable -->` comments, and record
 * safe fixes for `--fix`.
 */
export default function replylintCheck(settings: CheckSettings) {
  const checkers = new Map<string, {check: Checker; parser: () => ParseEnglish}>()

  return function (tree: DocumentTree, file: VFile): undefined {
    const {options, key} = optionsFor(settings, file.path, file.cwd)
    let entry = checkers.get(key)
    if (!entry) {
      entry = {check: createChecker(options), parser: parserFactory(options)}
      checkers.set(key, entry)
    }
    const {check, parser} = entry

    const after = file.data.replylintAfterReply
    const names: Array<string | undefined> = []
    // A collection's replies come from an iterator, each parsed when it is
    // reached and dropped once checked: an export of 100,000 replies never
    // holds them all.
    let count = 0
    for (const reply of tree.replies) {
      checkReply(reply, count)
      after?.(count, names[count])
      count++
    }
    tree.replies = []
    file.data.replylintReplies = count
    file.data.replylintReplyNames = names

    function checkReply(reply: DocumentReply, index: number): void {
      const before = file.messages.length
      names.push(reply.kind === 'source' ? reply.source.name : reply.name)
      if (reply.kind === 'source') {
        checkSource(reply.source, index, file, check, parser)
        for (const message of file.messages.slice(before)) replies.set(message, index)
        return
      }
      const nlcst =
        reply.kind === 'text'
          ? nlcstOf('text', file, parser())
          : reply.kind === 'prose'
            ? nlcstOf('markdown', file, parser(), reply.root)
            : nlcstOf('html', file, parser(), reply.root)
      check(nlcst, file)
      for (const message of file.messages.slice(before)) {
        replies.set(message, index)
        name(message, reply.name)
        const offsets = offsetsOf(message)
        if (message.safeFix && offsets)
          fixes.set(message, {start: offsets[0], end: offsets[1], text: message.expected![0]!})
      }
    }

    // Markers are comments: a file without `<!--` has none, and walking its
    // whole tree for them cost ~50 µs a Markdown file (2% of a 10,000-file run).
    if (tree.markers && String(file.value).includes('<!--')) {
      const isHtml = tree.format === 'html'
      messageControl(tree.markers, {
        file,
        name: 'replylint',
        known: [...ruleIds],
        test: isHtml ? 'comment' : 'html',
        marker: ((node: never) => dashed(isHtml ? hastMarker(node) : commentMarker(node))) as never
      })
    }
  }
}

/** One reply as nlcst, through the remark or rehype bridge for markup; parsed from `file` unless given. */
function nlcstOf(format: ReplySource['format'], file: VFile, parser: ParseEnglish, root?: MdastRoot | HastRoot): Root {
  if (format === 'text') return parser.parse(String(file.value))
  const source = root ?? (format === 'markdown' ? markdown.parse(file) : html.parse(file))
  // An empty document has no place, which the bridges require: nothing to check.
  if (!source.position) return {type: 'RootNode', children: []}
  const nlcst =
    format === 'markdown'
      ? remarkRetext(parser, {ignore: ignoreMarkdown})(source as MdastRoot, file)
      : rehypeRetext(parser)(asFlow(source as HastRoot), file)
  realign(nlcst, source, file)
  return nlcst
}

// hast-util-to-nlcst reads text inside paragraphs and flow elements only; a
// fragment such as osTicket's "Hi %{…},<br>…" has its text at the root.
function asFlow(root: HastRoot): HastRoot {
  const loose = root.children.some((child) => child.type === 'text' && child.value.trim() !== '')
  if (!loose) return root
  return {
    ...root,
    children: [
      {
        type: 'element',
        tagName: 'div',
        properties: {},
        children: root.children as never,
        ...(root.position ? {position: root.position} : {})
      }
    ]
  }
}

function parserFactory(options: Options): () => ParseEnglish {
  const extension = placeholderExtension(options.placeholders ?? [])
  return () => {
    const parser = createParser()
    parser.tokenizeSentencePlugins.unshift(extension)
    return parser
  }
}

/** Check a reply held inside the file (JSON, YAML, a fence) and map findings back. */
function checkSource(
  source: ReplySource,
  index: number,
  file: VFile,
  check: Checker,
  parser: () => ParseEnglish
): void {
  const sub = new VFile({value: source.text, path: file.path})
  if (file.data.replylintDraft) sub.data.replylintDraft = true
  check(nlcstOf(source.format, sub, parser()), sub)

  const map = source.map
  const location = locate(file)
  const toPoint = (offset: number) => location.toPoint(offset)
  const at = (offset: number): Point => {
    const mapped = map ? map[Math.max(0, Math.min(offset, map.length - 1))]! : offset
    return toPoint(mapped) ?? {line: 1, column: 1, offset: mapped}
  }
  // A VFileMessage is an Error: skip its stack trace, as report() does.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const found of sub.messages) mapBack(found)
  } finally {
    Error.stackTraceLimit = limit
  }

  function mapBack(found: VFileMessage): void {
    const offsets = offsetsOf(found)
    if (!offsets) return
    const start = at(offsets[0])
    const end = at(offsets[1])
    const isPoint = offsets[0] === offsets[1]
    const message = file.message(found.reason, {
      place: isPoint ? start : {start, end},
      ruleId: found.ruleId,
      source: found.source
    })
    message.actual = found.actual
    message.expected = found.expected
    message.note = found.note
    message.url = found.url
    message.fatal = found.fatal
    message.safeFix = found.safeFix
    if (found.critical) message.critical = true
    name(message, source.name)
    origins.set(message, {container: source.container, index, start: offsets[0], end: offsets[1]})
    if (found.safeFix && found.expected?.[0] !== undefined && start.offset !== undefined && end.offset !== undefined) {
      const text = found.expected[0]
      fixes.set(message, {
        start: start.offset,
        end: end.offset,
        text:
          source.container === 'json'
            ? encodeJson(text)
            : source.container === 'yaml'
              ? indentFor(String(file.value), start.offset, text)
              : text,
        reply: {index, start: offsets[0], end: offsets[1], text}
      })
    }
  }
}

// A line break inserted into a YAML block scalar must keep its indentation.
function indentFor(value: string, offset: number, text: string): string {
  const lineStart = value.lastIndexOf('\n', offset - 1) + 1
  const indent = /^[ \t]*/.exec(value.slice(lineStart))![0]
  return text.replace(/\n/g, '\n' + indent)
}

function name(message: VFileMessage, reply: string | undefined): void {
  if (reply === undefined) return
  message.reason = `${message.reason} (in ${reply})`
  message.message = message.reason
}

function offsetsOf(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    return place.start.offset === undefined || place.end.offset === undefined
      ? undefined
      : [place.start.offset, place.end.offset]
  }
  return place.offset === undefined ? undefined : [place.offset, place.offset]
}

// `<!-- replylint-disable rule -->` (ESLint's spelling) reads as the
// `<!-- replylint disable rule -->` that unified-message-control expects.
function dashed(mark: ReturnType<typeof commentMarker>): ReturnType<typeof commentMarker> {
  const verb = /^replylint-(disable|enable|ignore)$/.exec(mark?.name ?? '')?.[1]
  if (!mark || !verb) return mark
  return {...mark, name: 'replylint', attributes: `${verb} ${mark.attributes}`.trim()}
}

// In HTML, a comment node holds what is inside `<!--` and `-->`.
function hastMarker(node: {type: string; value?: string; position?: unknown}) {
  if (node.type !== 'comment' || typeof node.value !== 'string') return undefined
  return commentMarker({type: 'html', value: `<!--${node.value}-->`, position: node.position})
}
