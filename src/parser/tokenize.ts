import type {Point} from 'unist'
import type {SentenceContent} from 'nlcst'
import {characterClass, WHITE_SPACE, WORD} from './parse-latin-answers.js'

const types = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const

// Code units below 128 are most of any reply: their classes are read once.
const ascii = Uint8Array.from({length: 128}, (_, code) => characterClass(code))

/**
 * parse-latin's `tokenize`, a run at a time instead of a character at a time
 * (each character tested against three Unicode expressions, a point object
 * copied per character): the same nodes, the same positions. Words and white
 * space are runs of their class; a run of punctuation or symbols is one
 * character repeated, or surrogates (an emoji's two halves, emoji in a row)
 * after the first; lines end at CR, LF and CRLF.
 */
export function tokenize(value: string | null | undefined): SentenceContent[] {
  const children: SentenceContent[] = []
  if (!value) return children
  const length = value.length
  let line = 1
  let column = 1
  let index = 0
  // Each node starts where the one before it ends, at one shared point, and a
  // word's text ends where the word does: a point was three objects of a
  // word's eight, and a megabyte of one-word sentences held 245 MB of tree.
  // Safe while nothing writes to a point's fields: merges and the bridges
  // assign other points to `position.start`/`end`, they never edit one.
  let start: Point = {line, column, offset: 0}
  while (index < length) {
    const from = index
    let code = value.charCodeAt(index)
    const kind = code < 128 ? ascii[code]! : characterClass(code)
    index++
    if (kind === WHITE_SPACE) {
      let previous = -1
      for (;;) {
        if (code === 13 || (code === 10 && previous !== 13)) {
          line++
          column = 1
        } else if (code !== 10) column++
        if (index === length) break
        previous = code
        code = value.charCodeAt(index)
        if ((code < 128 ? ascii[code]! : characterClass(code)) !== WHITE_SPACE) break
        index++
      }
    } else if (kind === WORD) {
      while (index < length) {
        const next = value.charCodeAt(index)
        if ((next < 128 ? ascii[next]! : characterClass(next)) !== WORD) break
        index++
      }
      column += index - from
    } else {
      while (index < length) {
        const next = value.charCodeAt(index)
        if (next !== code && (next < 0xd800 || next > 0xdfff)) break
        if ((next < 128 ? ascii[next]! : characterClass(next)) !== kind) break
        code = next
        index++
      }
      column += index - from
    }
    const text = value.slice(from, index)
    const end: Point = {line, column, offset: index}
    if (kind === WORD) {
      children.push({
        type: 'WordNode',
        children: [{type: 'TextNode', value: text, position: {start, end}}],
        position: {start, end}
      })
    } else {
      children.push({
        type: types[kind] as Exclude<SentenceContent['type'], 'WordNode' | 'SourceNode'>,
        value: text,
        position: {start, end}
      })
    }
    start = end
  }
  return children
}
