import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Processor} from 'unified'
import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {locate} from './locate.js'
import {
  CollectionError,
  parseJsonCollection,
  parseYamlCollection,
  replySources,
  type ReplySource
} from './collections.js'
import {markdownReplies} from './markdown.js'
import {withoutByteOrderMark} from '../source-text.js'
import {formatOf, type Format} from './formats.js'

declare module 'vfile' {
  interface DataMap {
    /** The file starts with a byte order mark, which is not part of `value` (`--fix` writes it back). */
    byteOrderMark: boolean
  }
}

/** A reply whose text is the file's own: no offset map needed. */
export type InFileReply =
  | {kind: 'text'; name: string | undefined}
  | {kind: 'prose'; name: string | undefined; root: MdastRoot}
  | {kind: 'html'; name: string | undefined; root: HastRoot}

export type DocumentReply = InFileReply | {kind: 'source'; source: ReplySource}

/** What the parser hands the checker: the replies of one file. */
export interface DocumentTree extends Node {
  type: 'replylintDocument'
  format: Format
  /** Read once, in order: a collection's replies are parsed as they are reached. */
  replies: Iterable<DocumentReply>
  /** The Markdown or HTML tree, for `<!-- replylint-disable -->` comments. */
  markers?: MdastRoot | HastRoot
}

/** Markup parsers, shared by the document parser and the checks of nested replies. */
export const markdown = unified().use(remarkParse).freeze()
export const html = unified().use(rehypeParse, {fragment: true}).freeze()

/**
 * unified plugin: parse any supported file into its replies. Syntax errors
 * and binary files become a fatal message on the file (with its place), so
 * the engine goes on with the other files.
 */
export default function replylintDocument(this: Processor): undefined {
  this.parser = parse
  // The CLI writes fixes itself (atomically); the engine never stringifies.
  this.compiler = (_: unknown, file: VFile) => String(file.value)
}

export function parse(raw: string, file: VFile): DocumentTree {
  // Every reader below (remark, rehype, JSON, YAML, vfile-location) sees the
  // text an editor shows, so findings land where they do without the mark.
  const {text: value, byteOrderMark} = withoutByteOrderMark(raw)
  if (byteOrderMark) {
    file.value = value
    file.data.byteOrderMark = true
  }
  const format = formatOf(file)
  const tree: DocumentTree = {type: 'replylintDocument', format, replies: []}
  if (isBinary(value)) {
    fail(file, 'Cannot check a binary file', 'binary-file')
    return tree
  }
  switch (format) {
    case 'text':
      tree.replies = [{kind: 'text', name: undefined}]
      break
    case 'markdown': {
      const root = markdown.parse(file)
      tree.markers = root
      tree.replies = markdownReplies(root, file)
      break
    }
    case 'html': {
      const root = html.parse(file)
      tree.markers = root
      tree.replies = [{kind: 'html', name: undefined, root}]
      break
    }
    case 'json':
    case 'yaml': {
      // An empty export holds no replies: an empty result, as for any other format.
      if (value.trim() === '') break
      try {
        const located = format === 'json' ? parseJsonCollection(value) : parseYamlCollection(value)
        const replies = replySources(located, format)
        if (replies) tree.replies = sources(replies)
        else {
          const message = file.info(
            `Not a canned-response collection (Zendesk macros, osTicket responses, or \`[{id, title, body}]\`); skipped`
          )
          message.source = 'replylint'
          message.ruleId = 'unknown-shape'
        }
      } catch (error) {
        if (!(error instanceof CollectionError)) throw error
        fail(file, error.message, 'parse-error', error.offset)
      }
      break
    }
  }
  return tree
}

function* sources(replies: Iterable<ReplySource>): Generator<DocumentReply> {
  for (const source of replies) yield {kind: 'source', source}
}

/** A fatal, file-level error (the CLI exits 2 for these). */
export function fail(file: VFile, reason: string, ruleId: string, offset?: number): void {
  const place = offset === undefined ? undefined : locate(file).toPoint(offset)
  const message = file.message(reason, {place, ruleId, source: 'replylint'})
  message.fatal = true
}

// NUL bytes, or a run of undecodable bytes, mean this is not text.
function isBinary(value: string): boolean {
  const head = value.slice(0, 8000)
  if (head.includes('\u0000')) return true
  const replacement = head.match(/\uFFFD/g)?.length ?? 0
  return replacement > 8 && replacement > head.length / 20
}
