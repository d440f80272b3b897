import {Nfa} from './nfa.js'
import {type Item, parsePattern, PatternError} from './pattern.js'

/** A state of the compiled automaton: the next word leads to one state. */
export interface State<T> {
  next(word: string): State<T> | undefined
  /** What a match ending here may be (in the order the phrases were given). */
  readonly accepts: readonly T[] | undefined
}

/**
 * Compile phrase patterns into one deterministic word automaton. Optional and
 * alternative groups become epsilon moves of an NFA, and subset construction
 * turns it into a DFA: walking a reply costs one map look-up per word however
 * many phrases there are, and `[really|honestly] … [else|more] …` shares its
 * continuations instead of multiplying into thousands of trie branches.
 *
 * The DFA is built lazily: a state is made the first time a text reaches it
 * and then kept. Start-up pays only for the NFA (building the whole DFA up
 * front was most of a cold first check), and memory stays bounded by the
 * DFA's real size, since words that lead nowhere are not remembered.
 */
// Classes a phrase may use: they depend on a token's normalised text alone,
// which is all the automaton sees (`<placeholder>` is a source's norm).
const phraseClasses = new Set(['<word>', '<number>', '<placeholder>', '<any>'])

function classHolds(name: string, norm: string): boolean {
  switch (name) {
    case '<number>':
      return /^[0-9]/.test(norm)
    case '<placeholder>':
      return norm === '<placeholder>'
    case '<any>':
      return true
    default:
      return norm !== '<placeholder>' && /^[\p{L}\p{N}]/u.test(norm)
  }
}

// The classes a word belongs to, as bits: which class edges it may take.
const classBit: Record<string, number> = {'<any>': 1, '<word>': 2, '<number>': 4, '<placeholder>': 8}

/** `classHolds` for every class at once, as bits; plain ASCII without a regular expression (every word asks). */
function signature(norm: string): number {
  if (norm === '<placeholder>') return 1 | 8
  const code = norm.charCodeAt(0)
  if (code >= 48 && code <= 57) return 1 | 2 | 4
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 | 2 : 1
  return classHolds('<word>', norm) ? 1 | 2 : 1
}

export function compileAutomaton<T>(phrases: ReadonlyArray<{pattern: string; value: T; where: string}>): State<T> {
  const nfa = new Nfa()
  // Only phrase ends accept: a map, not a slot per state.
  const acceptsAt = new Map<number, T[]>()

  for (const {pattern, value, where} of phrases) {
    let alternatives: Item[][]
    try {
      alternatives = parsePattern(pattern)
      const classes =
        (pattern.includes('<') ? pattern.match(/<[a-z]+>/g) : null)?.filter((name) => !phraseClasses.has(name)) ?? []
      if (classes.length > 0)
        throw new PatternError(
          `classes such as \`${classes[0]}\` belong in \`when\`/\`unless\`; phrases take \`<word>\`, \`<number>\`, \`<placeholder>\` and \`<any>\` only`
        )
    } catch (error) {
      if (error instanceof PatternError)
        throw new TypeError(`Invalid pattern \`${pattern}\` in \`${where}\`: ${error.message}`)
      throw error
    }
    const end = nfa.build(alternatives, 0)
    if (nfa.reaches(0, end)) throw new TypeError(`Invalid pattern \`${pattern}\` in \`${where}\`: it can match nothing`)
    const list = acceptsAt.get(end)
    if (list) list.push(value)
    else acceptsAt.set(end, [value])
  }

  return new Builder(nfa, acceptsAt).start()
}

/** What the states of one automaton share: its NFA, its accepting ends, and the states made so far. */
class Builder<T> {
  private readonly built = new Map<string, LazyState<T>>()

  constructor(
    readonly nfa: Nfa,
    private readonly acceptsAt: ReadonlyMap<number, T[]>
  ) {}

  start(): LazyState<T> {
    return this.intern(this.nfa.closure([0]))
  }

  intern(members: number[]): LazyState<T> {
    const key = members.join(',')
    let state = this.built.get(key)
    if (!state) {
      const accepts: T[] = []
      for (const member of members)
        for (const value of this.acceptsAt.get(member) ?? []) if (!accepts.includes(value)) accepts.push(value)
      state = new LazyState(this, members, accepts.length > 0 ? accepts : undefined)
      this.built.set(key, state)
    }
    return state
  }
}

// One class for the states of every automaton (it was declared inside the
// compiler, a new class per automaton): the walk's `state.next` call then
// sees one shape, not one per rule's automaton.
class LazyState<T> implements State<T> {
  // On the first visit, the words out of this state (with their NFA
  // targets); each target state is made when a text first goes there.
  private edges: Map<string, LazyState<T> | number[]> | undefined
  // Class edges (`<word>`) out of this state: any word may follow, so
  // the targets of each word met are worked out when it is met.
  private classEdges: Array<[string, readonly number[]]> | undefined
  private classStates: Array<LazyState<T> | null | undefined> | undefined

  constructor(
    private readonly builder: Builder<T>,
    private readonly members: readonly number[],
    readonly accepts: readonly T[] | undefined
  ) {}

  next(word: string): LazyState<T> | undefined {
    const edges = (this.edges ??= this.collect())
    const target = edges.get(word)
    if (target instanceof LazyState) return target
    if (target === undefined) return this.classEdges && this.byClass(signature(word))
    // A word of the phrases, met for the first time here: its own edges
    // and any class it belongs to.
    const extra = this.classEdges?.filter(([name]) => classHolds(name, word)).flatMap(([, next]) => next) ?? []
    const state = this.builder.intern(this.builder.nfa.closure([...target, ...extra]))
    edges.set(word, state)
    return state
  }

  // Any other word goes where its classes lead: one state per set of
  // classes, so the words of every text met are never remembered here.
  private byClass(classes: number): LazyState<T> | undefined {
    const known = (this.classStates ??= [])[classes]
    if (known !== undefined) return known ?? undefined
    const targets = this.classEdges!.filter(([name]) => classBit[name]! & classes).flatMap(([, next]) => next)
    const state = targets.length > 0 ? this.builder.intern(this.builder.nfa.closure(targets)) : null
    this.classStates[classes] = state
    return state ?? undefined
  }

  private collect(): Map<string, LazyState<T> | number[]> {
    const {nfa} = this.builder
    const edges = new Map<string, number[]>()
    for (const member of this.members) {
      for (const [word, next] of nfa.words[member] ?? []) {
        const list = edges.get(word)
        if (list) list.push(...next)
        else edges.set(word, [...next])
      }
      for (const [name, next] of nfa.classes.get(member) ?? []) (this.classEdges ??= []).push([name, [next]])
    }
    return edges
  }
}
