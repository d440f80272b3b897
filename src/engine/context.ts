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
  // Per state, split once: boundary edges (followed between words) and
  // token-class edges (followed on a word); `undefined` for most states.
  private readonly boundaryEdges: Array<Array<[sameLine: boolean, target: number]> | undefined> = []
  private readonly tokenEdges: Array<Array<[name: string, target: number]> | undefined> = []
  // The simulation's working sets, allocated once: every match of every
  // phrase runs its contexts, and fresh arrays per word made garbage
  // collection a quarter of a finding's cost.
  private readonly seen: Uint32Array
  private readonly queued: Uint32Array
  private readonly sets: [Int32Array, Int32Array]
  private readonly closed: Int32Array
  private readonly stack: Int32Array
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
    for (const [state, edges] of nfa.classes) {
      for (const [name, target] of edges) {
        if (boundaries.has(name)) (this.boundaryEdges[state] ??= []).push([name === '<sameline>', target])
        else (this.tokenEdges[state] ??= []).push([name, target])
      }
    }
    const size = nfa.size
    this.seen = new Uint32Array(size)
    this.queued = new Uint32Array(size)
    this.sets = [new Int32Array(size), new Int32Array(size)]
    this.closed = new Int32Array(size)
    this.stack = new Int32Array(size)
  }

  /** Whether the pattern matches the words from `index` on (or up to it, leftwards). */
  matches(tokens: Tokens, index: number): boolean {
    const {words} = this.nfa
    const {closed, queued} = this
    let [current, next] = this.sets
    current[0] = 0
    let count = 1
    for (;;) {
      // `<start>`/`<end>` hold between words: at a sentence or line boundary.
      const boundary = this.leftwards ? index === 0 || tokens.isBoundary(index) : tokens.isBoundary(index)
      const sameLine = index > 0 && tokens.sameLine(index)
      const size = this.close(current, count, boundary, sameLine)
      if (size === -1) return true
      const word = this.leftwards ? index - 1 : index
      if (word < 0 || word >= tokens.length) return false
      const norm = tokens.norm(word)
      const stamp = this.stamp
      count = 0
      // A gap (`<word>{0,6}`) puts many states with the same class edge in
      // play at once: each class is tested once per word, not once per state.
      let isWord: boolean | undefined
      for (let at = 0; at < size; at++) {
        const state = closed[at]!
        const targets = words[state]?.get(norm)
        if (targets) {
          for (const target of targets) {
            if (queued[target] === stamp) continue
            queued[target] = stamp
            next[count++] = target
          }
        }
        const edges = this.tokenEdges[state]
        if (edges === undefined) continue
        for (const [name, target] of edges) {
          if (queued[target] === stamp) continue
          if (name === '<word>' ? (isWord ??= tokens.kind(word) === 'word') : tokenIs(tokens, word, name)) {
            queued[target] = stamp
            next[count++] = target
          }
        }
      }
      if (count === 0) return false
      ;[current, next] = [next, current]
      index = this.leftwards ? index - 1 : index + 1
    }
  }

  /**
   * Whether the pattern matches starting anywhere in the sentence (or line)
   * around `tokens[start..end)`. Only a match's candidates pay for this walk.
   */
  occurs(tokens: Tokens, start: number, end: number): boolean {
    const from = tokens.boundaryAtOrBefore(start)
    const to = end < tokens.length && !tokens.isBoundary(end) ? tokens.boundaryAfter(end) : end
    // Every match in one stretch asks the same question: the answer is kept,
    // or a sentence of n findings ("ASAP ASAP …", no full stop) would walk
    // its n words n times.
    const last = this.lastOccurs
    if (last && last.tokens === tokens && last.from === from && last.to === to) return last.found
    let found = false
    for (let index = from; index < to && !found; index++) found = this.matches(tokens, index)
    this.lastOccurs = {tokens, from, to, found}
    return found
  }

  // The last sentence `occurs` walked, with its answer (one slot: matches come in order).
  private lastOccurs: {tokens: Tokens; from: number; to: number; found: boolean} | undefined

  /**
   * Follow epsilon moves (and boundary edges, where one holds) from the
   * `count` states of `from` into `closed`: how many it holds, or -1 when
   * the final state is reached.
   */
  private close(from: Int32Array, count: number, boundary: boolean, sameLine: boolean): number {
    const {epsilon} = this.nfa
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0)
      this.queued.fill(0)
      this.stamp = 1
    }
    const {seen, stack, closed, stamp} = this
    let depth = 0
    for (let at = 0; at < count; at++) {
      const state = from[at]!
      if (seen[state] === stamp) continue
      seen[state] = stamp
      stack[depth++] = state
    }
    let size = 0
    while (depth > 0) {
      const state = stack[--depth]!
      if (state === this.final) return -1
      closed[size++] = state
      for (const next of epsilon[state] ?? []) {
        if (seen[next] === stamp) continue
        seen[next] = stamp
        stack[depth++] = next
      }
      for (const [onSameLine, next] of this.boundaryEdges[state] ?? []) {
        if (!(onSameLine ? sameLine : boundary) || seen[next] === stamp) continue
        seen[next] = stamp
        stack[depth++] = next
      }
    }
    return size
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
