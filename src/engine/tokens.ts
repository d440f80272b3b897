import type {Root, Sentence, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {valueOf} from './node-value.js'
import {isApostrophe, normalizeWord} from './normalize.js'

/** White space before a token: none, spaces, a line break, or a blank line. */
export type Gap = 'none' | 'space' | 'line' | 'paragraph'

/** A word, mark or placeholder of a reply, flattened out of the nlcst tree. */
export interface Token {
  readonly kind: 'word' | 'punct' | 'symbol' | 'source'
  readonly value: string
  /** Case, apostrophes and diacritics folded; `<placeholder>` for sources. */
  readonly norm: string
  readonly start: Point
  readonly end: Point
  readonly gap: Gap
  readonly sentenceStart: boolean
}

const cache = new WeakMap<Root, Token[]>()

// Rules look across sentence boundaries ("No. 4" is two sentences to the
// parser), so every rule reads one flat list, built once per tree.
export function tokensOf(tree: Root): Token[] {
  let tokens = cache.get(tree)
  if (!tokens) {
    tokens = flatten(tree)
    cache.set(tree, tokens)
  }
  return tokens
}

function flatten(tree: Root): Token[] {
  const tokens: Token[] = []
  let gap: Gap = 'paragraph'
  let sentenceStart = true
  let pendingApostrophe: Point | undefined

  visit(tree.children)
  return tokens

  function visit(nodes: ReadonlyArray<Root['children'][number] | SentenceContent>): void {
    for (const node of nodes) {
      if (node.type === 'SentenceNode') {
        sentenceStart = true
        visitSentence(node)
      } else if (node.type === 'ParagraphNode') {
        visit(node.children)
      } else if (node.type === 'WhiteSpaceNode') {
        addGap(node.value)
      } else {
        // Content outside a sentence (rare, from bridges such as remark-retext).
        visitSentence({type: 'SentenceNode', children: [node as SentenceContent]})
      }
    }
  }

  function visitSentence(sentence: Sentence): void {
    for (const child of sentence.children) {
      if (child.type === 'WhiteSpaceNode') {
        addGap(child.value)
        continue
      }
      if (!child.position) continue
      const value = valueOf(child)
      const kind =
        child.type === 'WordNode' ? 'word' : child.type === 'PunctuationNode' ? 'punct' : child.type === 'SymbolNode' ? 'symbol' : 'source'
      // "Sorry 'bout that": an apostrophe glued to the next word belongs to it
      // (white space in between clears it, see `addGap`).
      if (kind === 'punct' && isApostrophe(value)) {
        pendingApostrophe = child.position.start
        continue
      }
      const glued = pendingApostrophe !== undefined
      tokens.push({
        kind,
        value,
        norm: kind === 'source' ? '<placeholder>' : kind === 'word' ? normalizeWord(value) : value,
        start: glued ? pendingApostrophe! : child.position.start,
        end: child.position.end,
        gap,
        sentenceStart
      })
      pendingApostrophe = undefined
      gap = 'none'
      sentenceStart = false
    }
  }

  function addGap(value: string): void {
    // White space is half of all nodes: count line breaks without allocating.
    const first = value.indexOf('\n')
    const next: Gap = first === -1 ? 'space' : value.indexOf('\n', first + 1) === -1 ? 'line' : 'paragraph'
    if (rank[next] > rank[gap]) gap = next
    pendingApostrophe = undefined
  }
}

const rank: Record<Gap, number> = {none: 0, space: 1, line: 2, paragraph: 3}

/** Whether a line break or sentence boundary comes before `tokens[index]`. */
export function isBoundary(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  return !token || token.sentenceStart || token.gap === 'line' || token.gap === 'paragraph'
}
