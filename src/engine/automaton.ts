import {type Item, parsePattern, PatternError} from './pattern.js'

/** A state of the compiled automaton: the next word leads to one state. */
export interface State<T> {
  next(word: string): State<T> | undefined
  /** What a match ending here may be (in the order the phrases were given). */
  readonly accepts: readonly T[] | undefined
}

/**
 * The NFA, one index per state, in parallel arrays: most states have one
 * edge and no epsilon moves or accepts, so those stay `undefined` instead of
 * an object with three empty collections each (10,000 phrases kept 17 MB
 * alive that way, and every full garbage collection walked it).
 */
interface Nfa<T> {
  readonly edges: Array<Map<string, number[]> | undefined>
  readonly epsilon: Array<number[] | undefined>
  readonly accepts: Array<T[] | undefined>
  /** States entered by exactly one word edge, which phrases may share (a trie). */
  readonly shared: boolean[]
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
export function compileAutomaton<T>(phrases: ReadonlyArray<{pattern: string; value: T; where: string}>): State<T> {
  const nfa: Nfa<T> = {edges: [], epsilon: [], accepts: [], shared: []}
  add(false)

  for (const {pattern, value, where} of phrases) {
    let alternatives: Item[][]
    try {
      alternatives = parsePattern(pattern)
      if (/<[a-z]+>/.test(pattern)) throw new PatternError('classes such as `<end>` belong in `when`/`unless`, not in phrases')
    } catch (error) {
      if (error instanceof PatternError) throw new TypeError(`Invalid pattern \`${pattern}\` in \`${where}\`: ${error.message}`)
      throw error
    }
    const end = buildAlternatives(alternatives, 0, false)
    if (reaches(0, end)) throw new TypeError(`Invalid pattern \`${pattern}\` in \`${where}\`: it can match nothing`)
    push(nfa.accepts, end, value)
  }

  return determinize()

  function add(shared: boolean): number {
    const index = nfa.shared.length
    nfa.edges.push(undefined)
    nfa.epsilon.push(undefined)
    nfa.accepts.push(undefined)
    nfa.shared.push(shared)
    return index
  }

  function push<V>(lists: Array<V[] | undefined>, index: number, value: V): void {
    const list = lists[index]
    if (list) list.push(value)
    else lists[index] = [value]
  }

  // `optional` groups need an end state of their own: an epsilon move into a
  // shared state would let other phrases' continuations follow it.
  function buildAlternatives(alternatives: Item[][], from: number, optional: boolean): number {
    if (alternatives.length === 1 && !optional) return buildSequence(alternatives[0]!, from)
    const end = add(false)
    for (const sequence of alternatives) push(nfa.epsilon, buildSequence(sequence, from), end)
    if (optional) push(nfa.epsilon, from, end)
    return end
  }

  function buildSequence(sequence: Item[], from: number): number {
    let current = from
    for (const item of sequence) {
      if (item.kind === 'group') {
        current = buildAlternatives(item.alternatives, current, item.optional)
        continue
      }
      // Phrases with the same start share its states, as in a trie: a state
      // entered by one word edge only is reached by one prefix, so what
      // follows it holds for every phrase that goes through it.
      const edges = (nfa.edges[current] ??= new Map())
      const targets = edges.get(item.value)
      const reuse = targets?.find((target: number) => nfa.shared[target])
      if (reuse !== undefined) {
        current = reuse
        continue
      }
      const next = add(true)
      if (targets) targets.push(next)
      else edges.set(item.value, [next])
      current = next
    }
    return current
  }

  function reaches(from: number, to: number): boolean {
    return closure([from]).includes(to)
  }

  function closure(states: readonly number[]): number[] {
    const seen = new Set(states)
    const stack = [...states]
    while (stack.length > 0) {
      for (const next of nfa.epsilon[stack.pop()!] ?? []) {
        if (!seen.has(next)) {
          seen.add(next)
          stack.push(next)
        }
      }
    }
    return [...seen].sort((a, b) => a - b)
  }

  function determinize(): State<T> {
    const built = new Map<string, LazyState>()

    class LazyState implements State<T> {
      // On the first visit, the words out of this state (with their NFA
      // targets); each target state is made when a text first goes there.
      private edges: Map<string, LazyState | number[]> | undefined

      constructor(
        private readonly members: readonly number[],
        readonly accepts: readonly T[] | undefined
      ) {}

      next(word: string): LazyState | undefined {
        const edges = (this.edges ??= this.collect())
        const target = edges.get(word)
        if (target === undefined || target instanceof LazyState) return target
        const state = intern(closure(target))
        edges.set(word, state)
        return state
      }

      private collect(): Map<string, LazyState | number[]> {
        const edges = new Map<string, number[]>()
        for (const member of this.members) {
          for (const [word, next] of nfa.edges[member] ?? []) {
            const list = edges.get(word)
            if (list) list.push(...next)
            else edges.set(word, [...next])
          }
        }
        return edges
      }
    }

    const intern = (members: number[]): LazyState => {
      const key = members.join(',')
      let state = built.get(key)
      if (!state) {
        const accepts: T[] = []
        for (const member of members) for (const value of nfa.accepts[member] ?? []) if (!accepts.includes(value)) accepts.push(value)
        state = new LazyState(members, accepts.length > 0 ? accepts : undefined)
        built.set(key, state)
      }
      return state
    }

    return intern(closure([0]))
  }
}
