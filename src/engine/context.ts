import type {PhraseContext} from '../types.js'
import {expandPattern} from './pattern.js'
import type {Tokens} from './tokens.js'

/** A context condition, expanded into word sequences. */
export interface CompiledContext {
  readonly before: string[][] | undefined
  readonly after: string[][] | undefined
}

export function compileContext(context: PhraseContext): CompiledContext {
  return {
    before: context.before === undefined ? undefined : expandPattern(context.before),
    after: context.after === undefined ? undefined : expandPattern(context.after)
  }
}

/** Whether the words around `tokens[start..end)` satisfy the condition. */
export function contextHolds(context: CompiledContext, tokens: Tokens, start: number, end: number): boolean {
  if (context.before && !context.before.some((words) => matchesBefore(words, tokens, start))) return false
  if (context.after && !context.after.some((words) => matchesAfter(words, tokens, end))) return false
  return true
}

function matchesAfter(words: readonly string[], tokens: Tokens, from: number): boolean {
  let index = from
  for (const word of words) {
    if (word === '<end>' || word === '<start>') {
      if (!tokens.isBoundary(index)) return false
      continue
    }
    if (index >= tokens.length || !tokenIs(tokens, index, word)) return false
    index++
  }
  return true
}

function matchesBefore(words: readonly string[], tokens: Tokens, to: number): boolean {
  // Walk leftwards: `index` is the token right after the boundary being read.
  let index = to
  for (let position = words.length - 1; position >= 0; position--) {
    const word = words[position]!
    if (word === '<start>' || word === '<end>') {
      if (index > 0 && !tokens.isBoundary(index)) return false
      continue
    }
    if (index < 1 || !tokenIs(tokens, index - 1, word)) return false
    index--
  }
  return true
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
