import type {PhrasePattern} from '../types.js'
import {compileAutomaton, type State} from './automaton.js'
import {compileContexts, contextHolds, type CompiledContext} from './context.js'
import {PatternError} from './pattern.js'
import type {Tokens} from './tokens.js'

/** A phrase entry with its context conditions, compiled when first needed. */
interface CompiledEntry<E extends PhrasePattern> {
  readonly entry: E
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

/** Every phrase of a list of entries, compiled once into one automaton. */
export class PhraseIndex<E extends PhrasePattern = PhrasePattern> {
  private readonly start: State<CompiledEntry<E>>
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
    const phrases: Array<{pattern: string; value: CompiledEntry<E>; where: string}> = []
    entries.forEach((entry, index) => {
      const at = typeof where === 'string' ? `${where}[${index}]` : where(index)
      const compiled: CompiledEntry<E> = {entry}
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
    this.start = compileAutomaton(phrases)
  }

  /**
   * Matches whose context holds; where matches overlap, the longest wins
   * (`the answer is no` over `no`), then the earliest.
   */
  find(tokens: Tokens): PhraseMatch<E>[] {
    if (this.grouping) return this.findGrouped(tokens, this.grouping)
    const found: PhraseMatch<E>[] = []
    let coveredUntil = 0
    for (let start = 0; start < tokens.length; start++) {
      const best = this.matchAt(tokens, start)
      if (!best) continue
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

  /** `find`, with overlaps resolved within each group only: one walk serves every rule. */
  private findGrouped(tokens: Tokens, grouping: Grouping<E>): PhraseMatch<E>[] {
    const found: Array<PhraseMatch<E> | undefined> = []
    // Per group: where its last match ends, and that match's slot in `found`.
    const coveredUntil = new Map<number, number>()
    const lastSlot = new Map<number, number>()
    const best = new Map<number, PhraseMatch<E>>()
    for (let start = 0; start < tokens.length; start++) {
      this.matchesAt(tokens, start, grouping, best)
      if (best.size === 0) continue
      for (const [group, match] of best) {
        const slot = lastSlot.get(group)
        if (slot !== undefined && match.start < coveredUntil.get(group)!) {
          const previous = found[slot]!
          if (match.end - match.start <= previous.end - previous.start) continue
          found[slot] = undefined
        }
        lastSlot.set(group, found.length)
        coveredUntil.set(group, match.end)
        found.push(match)
      }
      best.clear()
    }
    return found.filter((match) => match !== undefined)
  }

  /** The longest match of each group starting at `tokens[start]`, into `best`. */
  private matchesAt(tokens: Tokens, start: number, grouping: Grouping<E>, best: Map<number, PhraseMatch<E>>): void {
    let state = start < tokens.length ? this.start.next(tokens.norm(start)) : undefined
    let end = start + 1
    while (state) {
      if (state.accepts) {
        let seen: number[] | undefined
        for (const compiled of state.accepts) {
          const group = grouping.group(compiled.entry)
          // The first entry of a group that holds at this length wins, as in `matchAt`.
          if (seen?.includes(group)) continue
          if (holds(compiled, tokens, start, end)) {
            best.set(group, {entry: compiled.entry, start, end})
            ;(seen ??= []).push(group)
          }
        }
      }
      if (end >= tokens.length || tokens.sentenceStart(end) || tokens.gap(end) === 'paragraph') break
      state = state.next(tokens.norm(end))
      end++
    }
  }

  /** Whether any phrase matches: stops at the first (the thanks rule needs no more). */
  some(tokens: Tokens): boolean {
    for (let start = 0; start < tokens.length; start++) if (this.matchAt(tokens, start)) return true
    return false
  }

  /**
   * Every match whose context holds, of every entry, at every start and end,
   * in one walk: for lists whose entries are of several kinds (declines,
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
    for (let start = from; start < to; start++) {
      let state = this.start.next(tokens.norm(start))
      let end = start + 1
      while (state) {
        if (state.accepts) {
          for (const compiled of state.accepts)
            if (holds(compiled, tokens, start, end) && visit(compiled.entry, start, end) === true) return
        }
        if (end >= tokens.length || tokens.sentenceStart(end) || tokens.gap(end) === 'paragraph') break
        state = state.next(tokens.norm(end))
        end++
      }
    }
  }

  /** The longest match starting at `tokens[start]` whose context holds. */
  matchAt(tokens: Tokens, start: number): PhraseMatch<E> | undefined {
    let state = start < tokens.length ? this.start.next(tokens.norm(start)) : undefined
    let best: PhraseMatch<E> | undefined
    let end = start + 1
    while (state) {
      if (state.accepts) {
        for (const compiled of state.accepts) {
          if (holds(compiled, tokens, start, end)) {
            best = {entry: compiled.entry, start, end}
            break
          }
        }
      }
      // A phrase never runs across a sentence or a blank line.
      if (end >= tokens.length || tokens.sentenceStart(end) || tokens.gap(end) === 'paragraph') break
      state = state.next(tokens.norm(end))
      end++
    }
    return best
  }
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
  if (compiled.when && !compiled.when.some((context) => contextHolds(context, tokens, start, end))) return false
  return !unless.some((context) => contextHolds(context, tokens, start, end))
}
