import type {Item} from './pattern.js'

/**
 * A word NFA built from parsed patterns, shared by the phrase automaton and
 * the context automata. One index per state, in parallel arrays: most states
 * have one edge and no epsilon moves, so those stay `undefined` instead of an
 * object with empty collections each (10,000 phrases kept 17 MB alive that
 * way, and every full garbage collection walked it). State 0 is the start.
 */
export class Nfa {
  readonly words: Array<Map<string, number[]> | undefined> = []
  /** Class edges (`<end>`, `<word>`, …): context patterns only, so a sparse map. */
  readonly classes = new Map<number, Array<[string, number]>>()
  readonly epsilon: Array<number[] | undefined> = []
  /** States entered by exactly one word edge, which patterns may share (a trie). */
  private readonly shared: boolean[] = []

  constructor() {
    this.add()
  }

  add(shared = false): number {
    this.words.push(undefined)
    this.epsilon.push(undefined)
    this.shared.push(shared)
    return this.shared.length - 1
  }

  link(from: number, to: number): void {
    ;(this.epsilon[from] ??= []).push(to)
  }

  /**
   * Build `alternatives` from state `from`; returns the state where they end.
   * `optional` groups need an end state of their own: an epsilon move into a
   * shared state would let other patterns' continuations follow it.
   */
  build(alternatives: readonly Item[][], from: number, optional = false): number {
    if (alternatives.length === 1 && !optional) return this.sequence(alternatives[0]!, from)
    const end = this.add()
    for (const sequence of alternatives) this.link(this.sequence(sequence, from), end)
    if (optional) this.link(from, end)
    return end
  }

  /** Whether `to` is reached from `from` by epsilon moves alone (a pattern that can match nothing). */
  reaches(from: number, to: number): boolean {
    return this.closure([from]).includes(to)
  }

  /** The states reached by epsilon moves, sorted. */
  closure(states: readonly number[]): number[] {
    const seen = new Set(states)
    const stack = [...states]
    while (stack.length > 0) {
      for (const next of this.epsilon[stack.pop()!] ?? []) {
        if (!seen.has(next)) {
          seen.add(next)
          stack.push(next)
        }
      }
    }
    return [...seen].sort((a, b) => a - b)
  }

  private sequence(sequence: readonly Item[], from: number): number {
    let current = from
    for (const item of sequence) {
      if (item.kind === 'group') {
        current = this.build(item.alternatives, current, item.optional)
        continue
      }
      if (item.value.charCodeAt(0) === 60 && /^<[a-z]+>$/.test(item.value)) {
        const next = this.add()
        const list = this.classes.get(current)
        if (list) list.push([item.value, next])
        else this.classes.set(current, [[item.value, next]])
        current = next
        continue
      }
      // Patterns with the same start share its states, as in a trie: a state
      // entered by one word edge only is reached by one prefix, so what
      // follows it holds for every pattern that goes through it.
      const edges = (this.words[current] ??= new Map<string, number[]>())
      const targets = edges.get(item.value)
      const reuse = targets?.find((target: number) => this.shared[target])
      if (reuse !== undefined) {
        current = reuse
        continue
      }
      const next = this.add(true)
      if (targets) targets.push(next)
      else edges.set(item.value, [next])
      current = next
    }
    return current
  }
}
