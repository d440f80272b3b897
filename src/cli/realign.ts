// The remark and rehype bridges place each word at its text node's start plus
// its offset in the node's *decoded* value. Where the source spells the text
// longer (`&rsquo;`, `&#33;`, `\*`, CRLF read as LF by HTML, a list item's
// indented continuation line), every word after that point would be reported
// a few characters early. This puts them back on their characters.
import type {Root} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

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
  readonly map: Int32Array
}

/** Move the nlcst made from `source` (an mdast or hast tree of `file`) onto the file's real offsets. */
export function realign(nlcst: Root, source: Text, file: VFile): void {
  const text = String(file.value)
  const spans: Span[] = []
  collect(source)
  if (spans.length === 0) return
  spans.sort((a, b) => a.start - b.start)
  const toPoint = location(file).toPoint
  move(nlcst as Text)

  function collect(node: Text): void {
    if (node.type === 'text' && typeof node.value === 'string') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined && end - start !== node.value.length) {
        spans.push({start, length: node.value.length, map: align(text.slice(start, end), node.value, start)})
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

const reference = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/

/**
 * Walk the raw source and its decoded value together. Each value unit maps to
 * where it starts in the raw text; what the value lacks (a backslash, an
 * entity's spelling, a CR, indentation) is stepped over.
 */
export function align(raw: string, value: string, base: number): Int32Array {
  const map = new Int32Array(value.length + 1)
  let index = 0
  let unit = 0
  while (unit < value.length) {
    if (index >= raw.length) {
      map[unit++] = base + raw.length
      continue
    }
    const char = raw[index]!
    const wanted = value[unit]!
    if (char === '&' && !value.startsWith(raw.slice(index, index + 2), unit)) {
      const match = reference.exec(raw.slice(index, index + 40))
      if (match) {
        // One character reference is one code point: two units when astral.
        const units = (value.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1
        for (let step = 0; step < units && unit < value.length; step++) map[unit++] = base + index
        index += match[0].length
        continue
      }
    }
    if (char === wanted) map[unit++] = base + index++
    else if (char === '\r' && wanted === '\n') {
      map[unit++] = base + index
      index += raw[index + 1] === '\n' ? 2 : 1
    } else if (char === '\\' && raw[index + 1] === wanted) {
      map[unit++] = base + index
      index += 2
    } else index++
  }
  map[value.length] = base + raw.length
  return map
}
