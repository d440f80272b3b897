import type {PhraseContext} from '../types.js'
import {Nfa} from './nfa.js'
import {type Item, parsePattern, PatternError} from './pattern.js'
import type {Tokens} from './tokens.js'

/** A context condition: what must (or must not) come before and after a match. */
export interface CompiledContext {
  readonly before: ContextAutomaton | undefined
  readonly after: ContextAutomaton | undefined
  /** Matches somewhere in the match's sentence (or line). */
  readonly sentence?: ContextAutomaton | undefined
}

/**
 * Compile a list of conditions, any of which may hold. Those that look one
 * way only share one automaton per side: "No" passes through twenty `unless`
 * conditions of the refusal entry, and one walk is cheaper than twenty.
 */
export function compileContexts(contexts: readonly PhraseContext[]): CompiledContext[] {
  const only = (side: keyof PhraseContext) =>
    contexts.flatMap((context) =>
      context[side] !== undefined && Object.values(context).filter((value) => value !== undefined).length === 1
        ? [context[side]]
        : []
    )
  const after = only('after')
  const before = only('before')
  const sentence = only('sentence')
  const compiled: CompiledContext[] = []
  if (after.length > 0) compiled.push({before: undefined, after: new ContextAutomaton(after, false)})
  if (before.length > 0) compiled.push({before: new ContextAutomaton(before, true), after: undefined})
  if (sentence.length > 0)
    compiled.push({before: undefined, after: undefined, sentence: new ContextAutomaton(sentence, false)})
  for (const context of contexts) {
    if (Object.values(context).filter((value) => value !== undefined).length !== 1)
      compiled.push(compileContext(context))
  }
  return compiled
}

export function compileContext(context: PhraseContext): CompiledContext {
  return {
    before: context.before === undefined ? undefined : new ContextAutomaton([context.before], true),
    after: context.after === undefined ? undefined : new ContextAutomaton([context.after], false),
    sentence: context.sentence === undefined ? undefined : new ContextAutomaton([context.sentence], false)
  }
}

/** Whether the words around `tokens[start..end)` satisfy the condition. */
export function contextHolds(context: CompiledContext, tokens: Tokens, start: number, end: number): boolean {
  if (context.before && !context.before.matches(tokens, start)) return false
  if (context.after && !context.after.matches(tokens, end)) return false
  if (context.sentence && !context.sentence.occurs(tokens, start, end)) return false
  return true
}

// Classes that hold between words, not on one: `<start>`/`<end>` at a
// sentence or line boundary, `<sameline>` where no line break comes between
// ("No. 4" is a number; "No.\n3. Can I …" is an answer and a list item).
const boundaries = new Set(['<end>', '<start>', '<sameline>'])

/**
 * A context pattern as a small NFA, simulated over the few words next to a
 * match (leftwards for `before`). Its size is that of the pattern, however
 * many phrasings its groups multiply into: expanding them instead, and
 * scanning the phrasings at each "no", had doubled the cost of a check, and
 * building them was most of a cold first check.
 */
class ContextAutomaton {
  private readonly nfa = new Nfa()
  private readonly final: number
  private readonly seen: Uint32Array
  private stamp = 0

  /** Any of `patterns`: each is built from the start state to an end of its own, then joined. */
  constructor(
    patterns: readonly string[],
    private readonly leftwards: boolean
  ) {
    const nfa = this.nfa
    this.final = nfa.add()
    for (const pattern of patterns) {
      const alternatives = parsePattern(pattern)
      const end = nfa.build(leftwards ? reversed(alternatives) : alternatives, 0)
      // Other patterns' moves from the start never enter this one's states.
      if (nfa.reaches(0, end)) throw new PatternError(`Pattern \`${pattern}\` can match nothing`)
      nfa.link(end, this.final)
    }
    this.seen = new Uint32Array(nfa.size)
  }

  /** Whether the pattern matches the words from `index` on (or up to it, leftwards). */
  matches(tokens: Tokens, index: number): boolean {
    const {words, classes} = this.nfa
    let current = [0]
    for (;;) {
      // `<start>`/`<end>` hold between words: at a sentence or line boundary.
      const boundary = this.leftwards ? index === 0 || tokens.isBoundary(index) : tokens.isBoundary(index)
      const sameLine = index > 0 && tokens.sameLine(index)
      const states: number[] = []
      if (this.reachesFinal(current, boundary, sameLine, states)) return true
      const word = this.leftwards ? index - 1 : index
      if (word < 0 || word >= tokens.length) return false
      const norm = tokens.norm(word)
      const next: number[] = []
      // A gap (`<word>{0,6}`) puts many states with the same class edge in
      // play at once: each class is tested once per word, not once per state.
      let isWord: boolean | undefined
      for (const state of states) {
        const targets = words[state]?.get(norm)
        if (targets) for (const target of targets) next.push(target)
        const edges = classes.get(state)
        if (edges === undefined) continue
        for (const [name, target] of edges) {
          if (name === '<word>') {
            if ((isWord ??= tokens.kind(word) === 'word')) next.push(target)
          } else if (!boundaries.has(name) && tokenIs(tokens, word, name)) next.push(target)
        }
      }
      if (next.length === 0) return false
      current = next
      index = this.leftwards ? index - 1 : index + 1
    }
  }

  /**
   * Whether the pattern matches starting anywhere in the sentence (or line)
   * around `tokens[start..end)`. Only a match's candidates pay for this walk.
   */
  occurs(tokens: Tokens, start: number, end: number): boolean {
    let from = start
    while (from > 0 && !tokens.isBoundary(from)) from--
    let to = end
    while (to < tokens.length && !tokens.isBoundary(to)) to++
    for (let index = from; index < to; index++) if (this.matches(tokens, index)) return true
    return false
  }

  /** Follow epsilon moves (and boundary classes, where one holds) from `from`, collecting states. */
  private reachesFinal(from: readonly number[], boundary: boolean, sameLine: boolean, states: number[]): boolean {
    const {epsilon, classes} = this.nfa
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0)
      this.stamp = 1
    }
    const stack = from.slice()
    while (stack.length > 0) {
      const state = stack.pop()!
      if (this.seen[state] === this.stamp) continue
      this.seen[state] = this.stamp
      if (state === this.final) return true
      states.push(state)
      for (const next of epsilon[state] ?? []) stack.push(next)
      for (const [name, next] of classes.get(state) ?? []) {
        if (name === '<sameline>' ? sameLine : boundary && boundaries.has(name)) stack.push(next)
      }
    }
    return false
  }
}

/** The pattern read right to left, for `before` contexts walked leftwards. */
function reversed(alternatives: Item[][]): Item[][] {
  return alternatives.map((sequence) =>
    [...sequence]
      .reverse()
      .map((item) => (item.kind === 'word' ? item : {...item, alternatives: reversed(item.alternatives)}))
  )
}

export function tokenIs(tokens: Tokens, index: number, word: string): boolean {
  switch (word) {
    case '<number>':
      return /^[0-9]/.test(tokens.value(index))
    case '<any>':
      return true
    case '<code>':
      // A reference such as "SC123456" or "BES870": letters and digits in one word.
      return tokens.kind(index) === 'word' && /\p{N}/u.test(tokens.value(index)) && /\p{L}/u.test(tokens.value(index))
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
