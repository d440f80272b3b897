import type {PhraseContext} from '../types.js'
import {Nfa} from './nfa.js'
import {type Item, parsePattern, PatternError} from './pattern.js'
import {tokenClassBits, type Tokens} from './tokens.js'

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

/** A set of NFA states before the moves between words (which depend on the boundary there). */
interface Pending {
  readonly members: readonly number[]
  /** By boundary (bit 1) and same line (bit 2): the states reached, or `true` at the final state. */
  readonly closed: Array<Closed | true | undefined>
}

/** A set of NFA states after the moves between words: the edges out of it, and where words led. */
interface Closed {
  readonly words: Map<string, number[]>
  /** The token classes its edges test (`<word>`, `<number>`, …), as bits of `tokenClassBits`. */
  mask: number
  readonly classEdges: Array<[bit: number, target: number]>
  /** Where each word the pattern names led, by the word's classes. */
  readonly known: Map<string, Map<number, Pending | null>>
  /** Where any other word led, by its classes. */
  readonly byClasses: Map<number, Pending | null>
}

/**
 * A context pattern as a small NFA, read over the few words next to a match
 * (leftwards for `before`) as a DFA built lazily: a set of NFA states is
 * made into a state the first time a text reaches it, and each step after
 * that is one look-up. Its size is that of the pattern, however many
 * phrasings its groups multiply into: expanding them instead, and scanning
 * the phrasings at each "no", had doubled the cost of a check, and
 * simulating the NFA word by word was a tenth of a check.
 */
class ContextAutomaton {
  private readonly nfa = new Nfa()
  private readonly final: number
  private readonly start: Pending

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
    this.start = this.pending([0])
  }

  // Sets of NFA states already made, by their sorted members.
  private readonly made = new Map<string, Pending>()

  /** Whether the pattern matches the words from `index` on (or up to it, leftwards). */
  matches(tokens: Tokens, index: number): boolean {
    let pending = this.start
    for (;;) {
      // `<start>`/`<end>` hold between words: at a sentence or line boundary.
      const boundary = this.leftwards ? index === 0 || tokens.isBoundary(index) : tokens.isBoundary(index)
      const sameLine = index > 0 && tokens.sameLine(index)
      const between = (boundary ? 1 : 0) | (sameLine ? 2 : 0)
      const closed = (pending.closed[between] ??= this.close(pending.members, boundary, sameLine))
      if (closed === true) return true
      const word = this.leftwards ? index - 1 : index
      if (word < 0 || word >= tokens.length) return false
      const next = this.step(closed, tokens, word)
      if (next === null) return false
      pending = next
      index = this.leftwards ? index - 1 : index + 1
    }
  }

  /** Where `closed` goes on `tokens[word]`: by the word if the pattern names it, and by its classes. */
  private step(closed: Closed, tokens: Tokens, word: number): Pending | null {
    const classes = closed.mask === 0 ? 0 : tokens.classes(word) & closed.mask
    const norm = tokens.norm(word)
    const targets = closed.words.get(norm)
    if (targets === undefined) {
      let next = closed.byClasses.get(classes)
      if (next === undefined) closed.byClasses.set(classes, (next = this.move(closed, [], classes)))
      return next
    }
    let byClasses = closed.known.get(norm)
    if (!byClasses) closed.known.set(norm, (byClasses = new Map<number, Pending | null>()))
    let next = byClasses.get(classes)
    if (next === undefined) byClasses.set(classes, (next = this.move(closed, targets, classes)))
    return next
  }

  private move(closed: Closed, targets: readonly number[], classes: number): Pending | null {
    const members = new Set(targets)
    for (const [bit, target] of closed.classEdges) if (classes & bit) members.add(target)
    return members.size === 0 ? null : this.pending([...members].sort((a, b) => a - b))
  }

  private pending(members: number[]): Pending {
    const key = members.join(',')
    let state = this.made.get(key)
    if (!state) this.made.set(key, (state = {members, closed: []}))
    return state
  }

  /**
   * Follow epsilon moves (and boundary edges, where one holds) from
   * `members`: `true` when the final state is reached, else the words and
   * classes out of the states reached.
   */
  private close(members: readonly number[], boundary: boolean, sameLine: boolean): Closed | true {
    const {epsilon, classes} = this.nfa
    const seen = new Set<number>(members)
    const stack = [...members]
    const closed: Closed = {words: new Map(), mask: 0, classEdges: [], known: new Map(), byClasses: new Map()}
    while (stack.length > 0) {
      const state = stack.pop()!
      if (state === this.final) return true
      for (const [word, targets] of this.nfa.words[state] ?? []) {
        const list = closed.words.get(word)
        if (list) list.push(...targets.filter((target) => !list.includes(target)))
        else closed.words.set(word, [...targets])
      }
      const follow = [...(epsilon[state] ?? [])]
      for (const [name, target] of classes.get(state) ?? []) {
        if (boundaries.has(name)) {
          if (name === '<sameline>' ? sameLine : boundary) follow.push(target)
          continue
        }
        // A class no token belongs to (a misspelt name) leads nowhere, as before.
        const bit = tokenClassBits[name] ?? 0
        closed.mask |= bit
        if (bit !== 0) closed.classEdges.push([bit, target])
      }
      for (const next of follow) {
        if (seen.has(next)) continue
        seen.add(next)
        stack.push(next)
      }
    }
    return closed
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
    // One slot per reply: matches come in order.
    const last = tokens.recall<{from: number; to: number; found: boolean}>(this)
    if (last && last.from === from && last.to === to) return last.found
    let found = false
    for (let index = from; index < to && !found; index++) found = this.matches(tokens, index)
    tokens.keep(this, {from, to, found})
    return found
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
