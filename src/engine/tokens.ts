import type {Root, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {valueOf} from './node-value.js'
import {isApostrophe, normalizeWord} from './normalize.js'
import {ownWords} from './own-words.js'

/** White space before a token: none, spaces, a line break, or a blank line. */
export type Gap = 'none' | 'space' | 'line' | 'paragraph'

export type TokenKind = 'word' | 'punct' | 'symbol' | 'source'

const kinds: readonly TokenKind[] = ['word', 'punct', 'symbol', 'source']

/**
 * The classes context patterns test a token for, one bit each. A token's
 * bits are worked out once, when a context first reads it: a condition
 * walked at every "No" asked each class of each word again, with a regular
 * expression, at every step.
 */
export const tokenClassBits: Readonly<Record<string, number>> = {
  '<any>': 1,
  '<word>': 2,
  '<number>': 4,
  '<code>': 8,
  '<capitalized>': 16,
  '<punct>': 32,
  '<symbol>': 64,
  '<placeholder>': 128
}
const gaps: readonly Gap[] = ['none', 'space', 'line', 'paragraph']
const sentenceBit = 16

/**
 * The words, marks and placeholders of a reply, flattened out of the nlcst
 * tree, read by index. Kept as parallel arrays rather than an object per
 * word: that halved the cost of building the list and what the garbage
 * collector has to copy while a reply is being checked.
 */
export class Tokens {
  readonly length: number

  constructor(
    private readonly nodes: readonly SentenceContent[],
    private readonly norms: readonly string[],
    // kind (2 bits) | gap (2 bits) << 2 | sentence start << 4
    private readonly flags: readonly number[],
    // Where an apostrophe glued to a word moved its start ("'bout").
    private readonly glued: ReadonlyMap<number, Point>
  ) {
    this.length = nodes.length
  }

  /** `undefined` past the end, so a look-ahead never mistakes nothing for a word. */
  kind(index: number): TokenKind | undefined {
    return index < this.length ? kinds[this.flags[index]! & 3] : undefined
  }

  /** Case, apostrophes and diacritics folded; `<placeholder>` for sources. */
  norm(index: number): string {
    return this.norms[index]!
  }

  value(index: number): string {
    return index < this.length ? valueOf(this.nodes[index]!) : ''
  }

  start(index: number): Point {
    return this.glued.get(index) ?? this.nodes[index]!.position!.start
  }

  end(index: number): Point {
    return this.nodes[index]!.position!.end
  }

  /** White space before the token. */
  gap(index: number): Gap {
    return gaps[(this.flags[index]! >> 2) & 3]!
  }

  sentenceStart(index: number): boolean {
    return (this.flags[index]! & sentenceBit) !== 0
  }

  /** Whether a line break or a sentence boundary comes before `index` (or it is past the end). */
  isBoundary(index: number): boolean {
    if (index >= this.length) return true
    const flags = this.flags[index]!
    return (flags & sentenceBit) !== 0 || ((flags >> 2) & 3) >= 2
  }

  /** Whether `index` is on the same line as the token before it. */
  sameLine(index: number): boolean {
    return index < this.length && ((this.flags[index]! >> 2) & 3) < 2
  }

  /** The nearest index at or before `index` where `isBoundary` holds (0 at the latest). */
  boundaryAtOrBefore(index: number): number {
    const starts = (this.stretches ??= this.stretchStarts())
    return starts[this.stretchOf![index]!]!
  }

  /** The first index after `index` where `isBoundary` holds (`length` past the last). */
  boundaryAfter(index: number): number {
    const starts = (this.stretches ??= this.stretchStarts())
    return starts[this.stretchOf![index]! + 1] ?? this.length
  }

  // Stretches between boundaries, numbered, built on first use: sentence
  // contexts ask for the stretch around each match, and walking to its ends
  // each time made a long sentence of matches quadratic.
  private stretches: number[] | undefined
  private stretchOf: Int32Array | undefined

  private stretchStarts(): number[] {
    const starts: number[] = []
    const of = new Int32Array(this.length)
    for (let index = 0; index < this.length; index++) {
      if (index === 0 || this.isBoundary(index)) starts.push(index)
      of[index] = starts.length - 1
    }
    this.stretchOf = of
    return starts
  }

  /**
   * What an index, a context or a rule worked out about this reply, kept with
   * it: a cache held by the index itself kept the last reply's tree (tens of
   * MB for a 1 MB text) alive until the next check.
   */
  recall<T>(owner: object): T | undefined {
    return this.kept?.get(owner) as T | undefined
  }

  keep<T>(owner: object, value: T): T {
    ;(this.kept ??= new Map()).set(owner, value)
    return value
  }

  /** What `owner` kept for this reply, or what `compute` answers, kept. */
  remember<T>(owner: object, compute: () => T): T {
    return this.recall<T>(owner) ?? this.keep(owner, compute())
  }

  private kept: Map<object, unknown> | undefined

  /** The classes of `tokenClassBits` that the token belongs to. */
  classes(index: number): number {
    const known = (this.classBits ??= new Int32Array(this.length).fill(-1))
    let bits = known[index]!
    if (bits === -1) known[index] = bits = this.classesOf(index)
    return bits
  }

  private classBits: Int32Array | undefined

  private classesOf(index: number): number {
    const kind = this.flags[index]! & 3
    const value = this.value(index)
    let bits = 1
    if (/^[0-9]/.test(value)) bits |= 4
    if (kind === 0) {
      bits |= 2
      if (/\p{N}/u.test(value) && /\p{L}/u.test(value)) bits |= 8
      if (/^\p{Lu}/u.test(value)) bits |= 16
    } else bits |= kind === 1 ? 32 : kind === 2 ? 64 : 128
    return bits
  }

  hasWords(): boolean {
    return this.flags.some((flags) => (flags & 3) === 0)
  }
}

/**
 * Rules look across sentence boundaries ("No. 4" is two sentences to the
 * parser), so they read one flat list. The preset builds it once per tree and
 * hands it to every rule; it is not cached on the side (a WeakMap keyed by
 * tree made every garbage collection slower, ~1.8x the cost of a parse).
 */
export function tokensOf(tree: Root, customerName?: string | readonly string[] | null): Tokens {
  const nodes: SentenceContent[] = []
  const norms: string[] = []
  const flags: number[] = []
  const glued = new Map<number, Point>()
  let gap = 3
  let sentenceStart = true
  let pendingApostrophe: Point | undefined
  let mayQuote = false
  let lineStartAt = 0

  visit(tree.children)
  // Only a reply with a line that could open a quote, a header, a forwarded
  // block or a chat turn (found while the list was built) is filtered.
  return mayQuote
    ? withoutOthersWords(nodes, norms, flags, glued, customerName)
    : new Tokens(nodes, norms, flags, glued)

  // Index loops, not for…of: over 250,000 sentences the iterator's results
  // were a tenth of what building the tokens threw away.
  function visit(list: ReadonlyArray<Root['children'][number] | SentenceContent>): void {
    for (let index = 0; index < list.length; index++) {
      const node = list[index]!
      if (node.type === 'SentenceNode') {
        sentenceStart = true
        visitSentence(node.children)
      } else if (node.type === 'ParagraphNode') {
        // The remark and rehype bridges put block after block with no white
        // space between them: a new paragraph is a blank line all the same.
        if (nodes.length > 0) gap = 3
        visit(node.children)
      } else if (node.type === 'WhiteSpaceNode') {
        addGap(node.value)
      } else {
        // Content outside a sentence (rare, from bridges such as remark-retext).
        visitSentence([node as SentenceContent])
      }
    }
  }

  function visitSentence(children: readonly SentenceContent[]): void {
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.type === 'WhiteSpaceNode') {
        addGap(child.value)
        continue
      }
      if (!child.position) continue
      const value = valueOf(child)
      const kind =
        child.type === 'WordNode' ? 0 : child.type === 'PunctuationNode' ? 1 : child.type === 'SymbolNode' ? 2 : 3
      // "Sorry 'bout that": an apostrophe glued to the next word belongs to it
      // (white space in between clears it, see `addGap`).
      if (kind === 1 && isApostrophe(value)) {
        pendingApostrophe = child.position.start
        continue
      }
      if (kind === 0 && child.type === 'WordNode' && child.children.length === 2) {
        const [text, stop] = child.children
        // The parser keeps "thanks." whole when a lower-case word follows
        // ("ok thanks. no we can't"): split it, unless it is an abbreviation.
        if (
          text?.type === 'TextNode' &&
          stop?.type === 'PunctuationNode' &&
          stop.value === '.' &&
          endsSentence(text.value)
        ) {
          push(text as unknown as SentenceContent, 0, normalizeWord(text.value))
          push(stop, 1, '.')
          sentenceStart = true
          continue
        }
      }
      push(child, kind, kind === 0 ? normalizeWord(value) : kind === 3 ? '<placeholder>' : value)
    }
  }

  function push(child: SentenceContent, kind: number, norm: string): void {
    if (!mayQuote) {
      if (gap >= 2 || nodes.length === 0) {
        lineStartAt = nodes.length
        mayQuote = kind !== 0 || norm === 'on' || norm === 'from' || norm === 'begin'
      } else if (norm === ':' && nodes.length - lineStartAt < 12) mayQuote = true
    }
    if (pendingApostrophe) glued.set(nodes.length, pendingApostrophe)
    nodes.push(child)
    norms.push(norm)
    flags.push(kind | (gap << 2) | (sentenceStart ? sentenceBit : 0))
    pendingApostrophe = undefined
    gap = 0
    sentenceStart = false
  }

  function addGap(value: string): void {
    // White space is half of all nodes: count line breaks without allocating.
    const first = value.indexOf('\n')
    const next = first === -1 ? 1 : value.indexOf('\n', first + 1) === -1 ? 2 : 3
    if (next > gap) gap = next
    pendingApostrophe = undefined
  }
}

// Words that take a full stop without ending a sentence ("Mr. lee", "approx. five").
const abbreviations = new Set(
  (
    'mr mrs ms mx dr prof rev capt sr sra srta dra mme mlle jr st mt ft etc vs approx apt inc ltd co corp dept est fig vol ' +
    'ref tel ext min max incl excl misc ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mon tue tues wed thu thur thurs fri sat sun hr hrs mins sec secs pt pts qty acct attn govt intl pp cf al viz ca'
  ).split(' ')
)

function endsSentence(word: string): boolean {
  return word.length > 1 && /^\p{L}+$/u.test(word) && !abbreviations.has(word.toLowerCase())
}

/**
 * The writer's own words only: quoted lines, forwarded blocks and a
 * transcript's customer turns dropped (see own-words.ts). A token after a
 * dropped line opens a line (and a sentence) of its own.
 */
function withoutOthersWords(
  nodes: SentenceContent[],
  norms: string[],
  flags: number[],
  glued: Map<number, Point>,
  customerName: string | readonly string[] | null | undefined
): Tokens {
  const view = {
    length: nodes.length,
    norm: (index: number) => norms[index] ?? '',
    value: (index: number) => (index < nodes.length ? valueOf(nodes[index]!) : ''),
    kind: (index: number) => (index < nodes.length ? kinds[flags[index]! & 3] : undefined),
    lineStart: (index: number) => ((flags[index]! >> 2) & 3) >= 2
  }
  const keep = ownWords(view, firstNames(customerName))
  if (!keep) return new Tokens(nodes, norms, flags, glued)
  const keptNodes: SentenceContent[] = []
  const keptNorms: string[] = []
  const keptFlags: number[] = []
  const keptGlued = new Map<number, Point>()
  let previous = -1
  for (const index of keep) {
    let flag = flags[index]!
    if (index !== previous + 1) {
      // Something was dropped before this token: it inherits the widest gap
      // and any sentence start in between.
      let gap = (flag >> 2) & 3
      let start = flag & sentenceBit
      for (let between = previous + 1; between < index; between++) {
        gap = Math.max(gap, (flags[between]! >> 2) & 3)
        start |= flags[between]! & sentenceBit
      }
      if (keptNodes.length === 0) gap = 3
      flag = (flag & 3) | (gap << 2) | (gap >= 2 ? sentenceBit : start)
    }
    const point = glued.get(index)
    if (point) keptGlued.set(keptNodes.length, point)
    keptNodes.push(nodes[index]!)
    keptNorms.push(norms[index]!)
    keptFlags.push(flag)
    previous = index
  }
  return new Tokens(keptNodes, keptNorms, keptFlags, keptGlued)
}

function firstNames(customerName: string | readonly string[] | null | undefined): string[] {
  if (customerName === null || customerName === undefined) return []
  const list = typeof customerName === 'string' ? [customerName] : customerName
  return list
    .map((name) =>
      normalizeWord(
        String(name)
          .replace(/^[^,]*,\s*/, '')
          .trim()
          .split(/\s+/)[0] ?? ''
      )
    )
    .filter(Boolean)
}
