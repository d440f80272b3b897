import type {PhrasePattern} from '../types.js'
import {compileAutomaton, type State} from './automaton.js'
import {compileContexts, contextHolds, type CompiledContext} from './context.js'
import {PatternError} from './pattern.js'
import type {Tokens} from './tokens.js'

/** A phrase entry with its context conditions, compiled when first needed. */
interface CompiledEntry<E extends PhrasePattern> {
  readonly entry: E
  /** Its place in the list: of two entries matching the same words, the earlier wins. */
  readonly order: number
  when?: CompiledContext[] | undefined
  unless?: CompiledContext[]
}

// A method, not a function-typed field, so that an index of narrower entries
// is still a `PhraseIndex<PhrasePattern>` (methods are bivariant).
interface Grouping<E> {
  group(entry: E): number
}

/** A match of one entry over `tokens[start..end)`. */
export interface PhraseMatch<E extends PhrasePattern = PhrasePattern> {
  readonly entry: E
  readonly start: number
  readonly end: number
}

/** Where phrases of one index end at `tokens[start..end)`, before any context is checked. */
interface Candidate<E extends PhrasePattern> {
  readonly start: number
  readonly end: number
  readonly accepts: ReadonlyArray<CompiledEntry<E>>
}

type Phrase<V> = {pattern: string; value: V; where: string}

/** Every phrase of a list of entries, compiled once into one automaton. */
export class PhraseIndex<E extends PhrasePattern = PhrasePattern> {
  /** The patterns, for this index's own automaton or a walk shared with others (`SharedWalk`). */
  readonly phrases: ReadonlyArray<Phrase<CompiledEntry<E>>>
  private own: State<CompiledEntry<E>> | undefined
  /**
   * Groups whose matches never hide each other: the rules that share this
   * automaton. Within a group, overlapping matches resolve to the longest.
   */
  private readonly grouping: Grouping<E> | undefined

  /**
   * `where` names entry `index` in errors: a list name, or a function for
   * combined lists. Contexts of entries from `checkedBefore` on compile now,
   * so a user's bad pattern fails here; built-in entries before it, checked
   * by their examples in the test suite, compile on their first match, which
   * keeps them out of a cold first check.
   */
  constructor(
    entries: readonly E[],
    where: string | ((index: number) => string) = 'phrases',
    checkedBefore = 0,
    groupOf?: (entry: E) => number
  ) {
    this.grouping = groupOf && {group: groupOf}
    const phrases: Array<Phrase<CompiledEntry<E>>> = []
    entries.forEach((entry, index) => {
      const at = typeof where === 'string' ? `${where}[${index}]` : where(index)
      const compiled: CompiledEntry<E> = {entry, order: index}
      if (index >= checkedBefore) {
        try {
          compileEntryContexts(compiled)
        } catch (error) {
          if (error instanceof PatternError)
            throw new TypeError(`Invalid context in \`${at}\` (\`${entry.id}\`): ${error.message}`)
          throw error
        }
      }
      for (const pattern of entry.phrases) phrases.push({pattern, value: compiled, where: at})
    })
    this.phrases = phrases
    // A user's patterns compile now, so a bad one fails where it is given,
    // even in an index only ever walked as part of a shared walk; built-in
    // ones wait until this index walks on its own (often never).
    if (checkedBefore < entries.length) this.own = compileAutomaton(phrases)
  }

  /** Compile the automaton now: a user's patterns fail where they are given. */
  compile(): this {
    this.automaton()
    return this
  }

  /** Hand over the candidates a shared walk found in `tokens` (see `SharedWalk`). */
  receive(tokens: Tokens, candidates: Array<Candidate<E>>): void {
    tokens.keep(this, candidates)
  }

  // The candidates of a reply, kept with it: handed over by a shared walk,
  // or from this index's own walk.
  private candidates(tokens: Tokens): ReadonlyArray<Candidate<E>> {
    return tokens.remember(this, () => this.walkAlone(tokens, 0, tokens.length))
  }

  /** This index's own walk, for starts in `[from, to)`. */
  private walkAlone(tokens: Tokens, from: number, to: number): Array<Candidate<E>> {
    return walk(this.automaton(), tokens, from, to, 1, (accepts) => [sortedByOrder(accepts)])[0]!
  }

  private automaton(): State<CompiledEntry<E>> {
    return (this.own ??= compileAutomaton(this.phrases))
  }

  /**
   * Matches whose context holds; where matches overlap, the longest wins
   * (`the answer is no` over `no`), then the earliest.
   */
  find(tokens: Tokens): PhraseMatch<E>[] {
    if (this.grouping) return this.findGrouped(tokens, this.grouping)
    const found: PhraseMatch<E>[] = []
    let coveredUntil = 0
    for (const best of this.longest(tokens)) {
      const previous = found.at(-1)
      if (previous && best.start < coveredUntil) {
        if (best.end - best.start <= previous.end - previous.start) continue
        found.pop()
      }
      found.push(best)
      coveredUntil = best.end
    }
    return found
  }

  /** The longest match at each start whose context holds (the first entry, of several over the same words). */
  longest(tokens: Tokens): PhraseMatch<E>[] {
    const found: PhraseMatch<E>[] = []
    let best: PhraseMatch<E> | undefined
    for (const {start, end, accepts} of this.candidates(tokens)) {
      if (best && best.start !== start) {
        found.push(best)
        best = undefined
      }
      for (const compiled of accepts) {
        if (holds(compiled, tokens, start, end)) {
          best = {entry: compiled.entry, start, end}
          break
        }
      }
    }
    if (best) found.push(best)
    return found
  }

  /** `find`, with overlaps resolved within each group only: one walk serves every rule. */
  private findGrouped(tokens: Tokens, grouping: Grouping<E>): PhraseMatch<E>[] {
    const found: Array<PhraseMatch<E> | undefined> = []
    // Per group (the rules sharing the index: small numbers, so arrays, not
    // maps, which cost a tenth of a text of many findings): where its last
    // match ends, and that match's slot in `found`.
    const coveredUntil: number[] = []
    const lastSlot: number[] = []
    // The longest match of each group at the current start, and the groups in the order met.
    const best: Array<PhraseMatch<E> | undefined> = []
    const met: number[] = []
    const settle = () => {
      for (let at = 0; at < met.length; at++) {
        const group = met[at]!
        const match = best[group]!
        best[group] = undefined
        const slot = lastSlot[group]
        if (slot !== undefined && match.start < coveredUntil[group]!) {
          const previous = found[slot]!
          if (match.end - match.start <= previous.end - previous.start) continue
          found[slot] = undefined
        }
        lastSlot[group] = found.length
        coveredUntil[group] = match.end
        found.push(match)
      }
      met.length = 0
    }
    let current = -1
    const candidates = this.candidates(tokens)
    for (let at = 0; at < candidates.length; at++) {
      const {start, end, accepts} = candidates[at]!
      if (start !== current) {
        settle()
        current = start
      }
      let seen: number[] | undefined
      for (let which = 0; which < accepts.length; which++) {
        const compiled = accepts[which]!
        const group = grouping.group(compiled.entry)
        // The first entry of a group that holds at this length wins, as in `matchAt`.
        if (seen !== undefined && seen.includes(group)) continue
        if (holds(compiled, tokens, start, end)) {
          if (best[group] === undefined) met.push(group)
          best[group] = {entry: compiled.entry, start, end}
          // Most candidates hold for one group: the list is made for a second.
          if (accepts.length > 1) (seen ??= []).push(group)
        }
      }
    }
    settle()
    return found.filter((match) => match !== undefined)
  }

  /** Whether any phrase matches: stops at the first (the thanks rule needs no more). */
  some(tokens: Tokens): boolean {
    for (const {start, end, accepts} of this.candidates(tokens))
      for (const compiled of accepts) if (holds(compiled, tokens, start, end)) return true
    return false
  }

  /**
   * Every match whose context holds, of every entry, at every start and end,
   * in order: for lists whose entries are of several kinds (declines,
   * offers, situation triggers), where a longest-match choice would let one
   * kind hide another. `from`/`to` bound where matches may start; `visit`
   * returns `true` to stop.
   */
  scan(
    tokens: Tokens,
    visit: (entry: E, start: number, end: number) => boolean | void,
    from = 0,
    to = tokens.length
  ): void {
    // A window (triggers near one finding) is walked on its own; a whole
    // reply reads the candidates, walked once (or handed over by a shared walk).
    const candidates =
      tokens.recall(this) !== undefined || (from === 0 && to === tokens.length)
        ? this.candidates(tokens)
        : this.walkAlone(tokens, from, to)
    // Candidates are in order of start: a window's first is found by halving,
    // so a long text with a finding in each sentence stays linear.
    for (let index = firstFrom(candidates, from); index < candidates.length; index++) {
      const {start, end, accepts} = candidates[index]!
      if (start >= to) return
      for (const compiled of accepts)
        if (holds(compiled, tokens, start, end) && visit(compiled.entry, start, end) === true) return
    }
  }

  /** The longest match starting at `tokens[start]` whose context holds. */
  matchAt(tokens: Tokens, start: number): PhraseMatch<E> | undefined {
    if (start >= tokens.length) return undefined
    let best: PhraseMatch<E> | undefined
    for (const {end, accepts} of this.walkAlone(tokens, start, start + 1)) {
      const compiled = accepts.find((candidate) => holds(candidate, tokens, start, end))
      if (compiled) best = {entry: compiled.entry, start, end}
    }
    return best
  }
}

/**
 * Several indexes walked as one: their phrases in one automaton, and one
 * pass over a reply hands each index its candidates. The rules of a checker
 * (phrase rules, declines and offers, thanks, …) each walked the reply on
 * their own, five walks of one word look-up each per word.
 */
export class SharedWalk {
  private readonly start: State<{slot: number; compiled: CompiledEntry<PhrasePattern>}>
  private readonly split = new Map<object, Array<Array<CompiledEntry<PhrasePattern>>>>()

  constructor(private readonly members: ReadonlyArray<PhraseIndex<PhrasePattern>>) {
    this.start = compileAutomaton(
      members.flatMap((member, slot) =>
        member.phrases.map(({pattern, value, where}) => ({pattern, value: {slot, compiled: value}, where}))
      )
    )
  }

  /** Walk `tokens` once and hand every member its candidates. */
  walk(tokens: Tokens): void {
    const count = this.members.length
    const lists = walk(this.start, tokens, 0, tokens.length, count, (accepts, state) => {
      let bySlot = this.split.get(state)
      if (!bySlot) {
        bySlot = Array.from({length: count}, () => [])
        for (const {slot, compiled} of accepts) bySlot[slot]!.push(compiled)
        for (const list of bySlot) list.sort(byOrder)
        this.split.set(state, bySlot)
      }
      return bySlot
    })
    this.members.forEach((member, slot) => member.receive(tokens, lists[slot]!))
  }
}

// Checkers with the same indexes (the built-in rules at any severity) share one walk.
const walks = new WeakMap<PhraseIndex<PhrasePattern>, Array<{members: readonly PhraseIndex[]; walk: SharedWalk}>>()

/** One walk for `indexes` (duplicates dropped), or `undefined` when fewer than two would share it. */
export function sharedWalkFor(indexes: readonly PhraseIndex[]): SharedWalk | undefined {
  const members = [...new Set(indexes)]
  if (members.length < 2) return undefined
  const known = walks.get(members[0]!) ?? []
  const same = known.find(
    (entry) => entry.members.length === members.length && entry.members.every((member, at) => member === members[at])
  )
  if (same) return same.walk
  const walk = new SharedWalk(members)
  known.push({members, walk})
  walks.set(members[0]!, known)
  return walk
}

/** The index of the first candidate starting at or after `from`. */
function firstFrom(candidates: ReadonlyArray<{start: number}>, from: number): number {
  let low = 0
  let high = candidates.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (candidates[middle]!.start < from) low = middle + 1
    else high = middle
  }
  return low
}

/** A phrase never runs across a sentence or a blank line. */
function stops(tokens: Tokens, end: number): boolean {
  return end >= tokens.length || tokens.sentenceStart(end) || tokens.gap(end) === 'paragraph'
}

/**
 * Every place a phrase ends, for starts in `[from, to)`, in order of start
 * then end, sorted into `slots` lists by `split` (which gets each accepting
 * state's values, and the state, to cache by).
 */
function walk<V, E extends PhrasePattern>(
  root: State<V>,
  tokens: Tokens,
  from: number,
  to: number,
  slots: number,
  split: (accepts: readonly V[], state: State<V>) => ReadonlyArray<ReadonlyArray<CompiledEntry<E>>>
): Array<Array<Candidate<E>>> {
  const lists: Array<Array<Candidate<E>>> = Array.from({length: slots}, () => [])
  for (let start = from; start < to; start++) {
    let state = root.next(tokens.norm(start))
    let end = start + 1
    while (state) {
      if (state.accepts) {
        const bySlot = split(state.accepts, state)
        for (let slot = 0; slot < slots; slot++) {
          const accepts = bySlot[slot]!
          if (accepts.length > 0) lists[slot]!.push({start, end, accepts})
        }
      }
      if (stops(tokens, end)) break
      state = state.next(tokens.norm(end))
      end++
    }
  }
  return lists
}

const sorted = new WeakMap<object, ReadonlyArray<CompiledEntry<PhrasePattern>>>()

/** A state's accepts in entry order, worked out once per state. */
function sortedByOrder<E extends PhrasePattern>(
  accepts: ReadonlyArray<CompiledEntry<E>>
): ReadonlyArray<CompiledEntry<E>> {
  if (accepts.length < 2) return accepts
  let list = sorted.get(accepts)
  if (!list) {
    list = [...accepts].sort(byOrder)
    sorted.set(accepts, list)
  }
  return list as ReadonlyArray<CompiledEntry<E>>
}

function byOrder(a: {order: number}, b: {order: number}): number {
  return a.order - b.order
}

function compileEntryContexts<E extends PhrasePattern>(compiled: CompiledEntry<E>): CompiledContext[] {
  compiled.when = compiled.entry.when && compileContexts(compiled.entry.when)
  return (compiled.unless = compileContexts(compiled.entry.unless ?? []))
}

function holds<E extends PhrasePattern>(
  compiled: CompiledEntry<E>,
  tokens: Tokens,
  start: number,
  end: number
): boolean {
  const unless = compiled.unless ?? compileEntryContexts(compiled)
  // Loops, not `some` with an arrow: a closure per call, for every candidate
  // of every rule, was a tenth of what a text of many findings threw away.
  const when = compiled.when
  if (when) {
    let held = false
    for (let index = 0; index < when.length && !held; index++) held = contextHolds(when[index]!, tokens, start, end)
    if (!held) return false
  }
  for (let index = 0; index < unless.length; index++) if (contextHolds(unless[index]!, tokens, start, end)) return false
  return true
}
