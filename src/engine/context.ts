import type {PhraseContext} from '../types.js'
import {expandPattern} from './pattern.js'
import {isBoundary, type Token} from './tokens.js'

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
export function contextHolds(context: CompiledContext, tokens: readonly Token[], start: number, end: number): boolean {
  if (context.before && !context.before.some((words) => matchesBefore(words, tokens, start))) return false
  if (context.after && !context.after.some((words) => matchesAfter(words, tokens, end))) return false
  return true
}

function matchesAfter(words: readonly string[], tokens: readonly Token[], from: number): boolean {
  let index = from
  for (const word of words) {
    if (word === '<end>' || word === '<start>') {
      if (!isBoundary(tokens, index)) return false
      continue
    }
    const token = tokens[index]
    if (!token || !tokenIs(token, word)) return false
    index++
  }
  return true
}

function matchesBefore(words: readonly string[], tokens: readonly Token[], to: number): boolean {
  // Walk leftwards: `index` is the token right after the boundary being read.
  let index = to
  for (let position = words.length - 1; position >= 0; position--) {
    const word = words[position]!
    if (word === '<start>' || word === '<end>') {
      if (!isBoundary(tokens, index)) return false
      continue
    }
    const token = tokens[index - 1]
    if (!token || !tokenIs(token, word)) return false
    index--
  }
  return true
}

export function tokenIs(token: Token, word: string): boolean {
  switch (word) {
    case '<number>':
      return /^[0-9]/.test(token.value)
    case '<word>':
      return token.kind === 'word'
    case '<capitalized>':
      return token.kind === 'word' && /^\p{Lu}/u.test(token.value)
    case '<punct>':
      return token.kind === 'punct'
    case '<symbol>':
      return token.kind === 'symbol'
    case '<placeholder>':
      return token.kind === 'source'
    default:
      return token.norm === word
  }
}
