import type {Parents, RootContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Position} from 'unist'

// parse-latin's plugins move nodes between levels (a sentence's children
// into a word, a paragraph's into a sentence) without regard to nlcst's
// content types, and so do their equivalents here: they read every list as
// a list of any node.

export type Node = RootContent

export type Parent = Extract<Node, Parents>

export function hasChildren(node: Node): node is Parent {
  return 'children' in node
}

export function childrenOf(parent: Parents): Node[] {
  return parent.children as Node[]
}

/** A symbol or punctuation mark: the plugins treat the two alike. */
export function isMark(node: Node): boolean {
  return node.type === 'SymbolNode' || node.type === 'PunctuationNode'
}

/**
 * `toString(node)`, without its checks and joins for the literals that most
 * nodes are, and the words of one text node that most words are (a list and
 * a join per call: the plugins ask for a word's text several times each).
 */
export function textOf(node: Node): string {
  if ('value' in node) return node.value
  const children = node.children
  if (children.length === 1) {
    const only = children[0]!
    if ('value' in only) return only.value
  }
  return toString(node)
}

interface Placed {
  position?: Position | undefined
}

/** `node` now ends where `last` ends (parse-latin's merges move an end only when both have positions). */
export function endAt(node: Placed, last: Placed | undefined): undefined {
  if (node.position && last?.position) node.position.end = last.position.end
}

/** `node` now starts where `first` starts (when both have positions). */
export function startAt(node: Placed, first: Placed | undefined): undefined {
  if (node.position && first?.position) node.position.start = first.position.start
}
