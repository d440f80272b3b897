import type {Code, Heading, Root as MdastRoot, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {locate} from './locate.js'
import type {ReplySource} from './collections.js'
import {alignOffsets} from './offsets.js'

/** A reply of a Markdown file: prose in the file's own coordinates, or a fenced block. */
export type MarkdownReply =
  {kind: 'prose'; name: string | undefined; root: MdastRoot} | {kind: 'source'; source: ReplySource}

// Fences without a language (or a prose one) hold the reply itself, as in
// GitHub's saved-replies files; any other fence is code and is skipped.
const replyFences = new Set(['', 'md', 'markdown', 'text', 'txt', 'plain', 'plaintext'])

/**
 * Split a Markdown file into replies. A file with two or more headings of one
 * depth is a collection, one reply per heading (the text before the first is
 * a preamble, not a reply); any other file is one reply.
 */
export function markdownReplies(tree: MdastRoot, file: VFile): MarkdownReply[] {
  const depth = collectionDepth(tree)
  if (depth === undefined) return [{kind: 'prose', name: undefined, root: tree}]

  const replies: MarkdownReply[] = []
  let current: {heading: Heading; nodes: RootContent[]} | undefined
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= depth) {
      if (current) replies.push(...section(current.heading, current.nodes, file))
      current = node.depth === depth ? {heading: node, nodes: []} : undefined
    } else if (current) current.nodes.push(node)
  }
  if (current) replies.push(...section(current.heading, current.nodes, file))
  return replies
}

/** The heading depth that splits a collection into replies; undefined for a one-reply file. */
export function collectionDepth(tree: MdastRoot): number | undefined {
  const counts = new Map<number, number>()
  for (const node of tree.children)
    if (node.type === 'heading') counts.set(node.depth, (counts.get(node.depth) ?? 0) + 1)
  return [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .map(([depth]) => depth)
    .sort((a, b) => a - b)[0]
}

function section(heading: Heading, nodes: RootContent[], file: VFile): MarkdownReply[] {
  const title = textOf(heading).trim()
  const name = title ? `“${title}”` : undefined
  const fences = nodes.filter(
    (node): node is Code =>
      node.type === 'code' && replyFences.has((node.lang ?? '').toLowerCase()) && isFenced(node, file)
  )
  if (fences.length === 0) {
    const first = nodes[0]?.position
    const last = nodes.at(-1)?.position
    // mdast-util-to-nlcst needs the root's place; an empty section has no reply.
    if (!first || !last) return []
    return [{kind: 'prose', name, root: {type: 'root', children: nodes, position: {start: first.start, end: last.end}}}]
  }
  const location = locate(file)
  const toOffset = (point: Parameters<typeof location.toOffset>[0]) => location.toOffset(point)
  return fences.map((code, index) => {
    // The reply starts on the line after the opening fence.
    const from = toOffset({line: code.position!.start.line + 1, column: 1}) ?? code.position!.start.offset!
    const to = code.position!.end.offset!
    const raw = String(file.value).slice(from, to)
    return {
      kind: 'source',
      source: {
        name: fences.length > 1 ? `“${title || 'reply'} (${index + 1})”` : name,
        format: 'markdown',
        text: code.value,
        map: alignOffsets(code.value, raw, from)
      }
    }
  })
}

function isFenced(code: Code, file: VFile): boolean {
  const start = code.position?.start.offset
  if (start === undefined) return false
  return /^\s*(`{3,}|~{3,})/.test(String(file.value).slice(start, start + 10))
}

function textOf(node: {children?: unknown[]; value?: unknown}): string {
  if (typeof node.value === 'string') return node.value
  return (node.children ?? []).map((child) => textOf(child as typeof node)).join('')
}
