import type {PhraseContext} from '../types.js'
import {expandPattern} from './pattern.js'
import type {Tokens} from './tokens.js'

/**
 * A context condition: its phrasings in a trie (read leftwards for `before`),
 * so checking one costs a walk over the few words around a match, not a scan
 * of every phrasing (a context of a few thousand phrasings, scanned at each
 * "no", had doubled the cost of a check).
 */
export interface CompiledContext {
  readonly before: ContextNode | undefined
  readonly after: ContextNode | undefined
}

interface ContextNode {
  final: boolean
  readonly words: Map<string, ContextNode>
  /** Class edges (`<end>`, `<word>`, …), tried before the word edge. */
  classes: Array<[string, ContextNode]> | undefined
}

export function compileContext(context: PhraseContext): CompiledContext {
  return {
    before: context.before === undefined ? undefined : trieOf(expandPattern(context.before), true),
    after: context.after === undefined ? undefined : trieOf(expandPattern(context.after), false)
  }
}

function trieOf(sequences: readonly string[][], reversed: boolean): ContextNode {
  const root = newNode()
  for (const sequence of sequences) {
    let node = root
    for (const word of reversed ? [...sequence].reverse() : sequence) {
      if (/^<[a-z]+>$/.test(word)) {
        const classes = (node.classes ??= [])
        let entry = classes.find(([name]) => name === word)
        if (!entry) classes.push((entry = [word, newNode()]))
        node = entry[1]
      } else {
        let next = node.words.get(word)
        if (!next) node.words.set(word, (next = newNode()))
        node = next
      }
    }
    node.final = true
  }
  return root
}

function newNode(): ContextNode {
  return {final: false, words: new Map(), classes: undefined}
}

/** Whether the words around `tokens[start..end)` satisfy the condition. */
export function contextHolds(context: CompiledContext, tokens: Tokens, start: number, end: number): boolean {
  if (context.before && !matchesBefore(context.before, tokens, start)) return false
  if (context.after && !matchesAfter(context.after, tokens, end)) return false
  return true
}

function isBoundaryClass(name: string): boolean {
  return name === '<end>' || name === '<start>'
}

function matchesAfter(node: ContextNode, tokens: Tokens, index: number): boolean {
  if (node.final) return true
  if (node.classes) {
    for (const [name, next] of node.classes) {
      if (isBoundaryClass(name)) {
        if (tokens.isBoundary(index) && matchesAfter(next, tokens, index)) return true
      } else if (index < tokens.length && tokenIs(tokens, index, name) && matchesAfter(next, tokens, index + 1)) return true
    }
  }
  if (index >= tokens.length) return false
  const next = node.words.get(tokens.norm(index))
  return next !== undefined && matchesAfter(next, tokens, index + 1)
}

// Walks leftwards: `index` is the token right after the boundary being read.
function matchesBefore(node: ContextNode, tokens: Tokens, index: number): boolean {
  if (node.final) return true
  if (node.classes) {
    for (const [name, next] of node.classes) {
      if (isBoundaryClass(name)) {
        if ((index === 0 || tokens.isBoundary(index)) && matchesBefore(next, tokens, index)) return true
      } else if (index > 0 && tokenIs(tokens, index - 1, name) && matchesBefore(next, tokens, index - 1)) return true
    }
  }
  if (index < 1) return false
  const next = node.words.get(tokens.norm(index - 1))
  return next !== undefined && matchesBefore(next, tokens, index - 1)
}

export function tokenIs(tokens: Tokens, index: number, word: string): boolean {
  switch (word) {
    case '<number>':
      return /^[0-9]/.test(tokens.value(index))
    case '<word>':
      return tokens.kind(index) === 'word'
    case '<capitalized>':
      return tokens.kind(index) === 'word' && /^\p{Lu}/u.test(tokens.value(index))
    case '<punct>':
      return tokens.kind(index) === 'punct'
    case '<symbol>':
      return tokens.kind(index) === 'symbol'
    case '<placeholder>':
      return tokens.kind(index) === 'source'
    default:
      return tokens.norm(index) === word
  }
}
