// The remark and rehype bridges place each word at its text node's start plus
// its offset in the node's *decoded* value. Where the source spells the text
// longer (`&rsquo;`, `&#33;`, `\*`, CRLF read as LF by HTML, a list item's
// indented continuation line), every word after that point would be reported
// a few characters early. This puts them back on their characters.
import type {Root} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {locate} from './locate.js'
import {alignOffsets, type OffsetMap} from './offsets.js'

interface Text {
  readonly type: string
  readonly value?: string
  readonly children?: readonly Text[]
  readonly position?: {readonly start: Point; readonly end: Point} | undefined
}

/** A text node whose source is longer than its value: decoded index → file offset. */
interface Span {
  readonly start: number
  readonly length: number
  readonly map: OffsetMap
}

/** Move the nlcst made from `source` (an mdast or hast tree of `file`) onto the file's real offsets. */
export function realign(nlcst: Root, source: Text, file: VFile): void {
  const text = String(file.value)
  const spans: Span[] = []
  collect(source)
  if (spans.length === 0) return
  spans.sort((a, b) => a.start - b.start)
  const location = locate(file)
  const toPoint = (offset: number) => location.toPoint(offset)
  move(nlcst)

  function collect(node: Text): void {
    if (node.type === 'text' && typeof node.value === 'string') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined && end - start !== node.value.length) {
        spans.push({start, length: node.value.length, map: alignOffsets(node.value, text.slice(start, end), start)})
      }
    }
    for (const child of node.children ?? []) collect(child)
  }

  function move(node: Text): void {
    const position = node.position as {start: Point; end: Point} | undefined
    if (position) {
      position.start = moved(position.start)
      position.end = moved(position.end)
    }
    for (const child of node.children ?? []) move(child)
  }

  function moved(point: Point): Point {
    const offset = point.offset
    if (offset === undefined) return point
    const span = spanAt(offset)
    if (!span) return point
    const real = span.map[offset - span.start]!
    return toPoint(real) ?? point
  }

  function spanAt(offset: number): Span | undefined {
    let low = 0
    let high = spans.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const span = spans[middle]!
      if (offset < span.start) high = middle - 1
      else if (offset > span.start + span.length) low = middle + 1
      else return span
    }
    return undefined
  }
}
