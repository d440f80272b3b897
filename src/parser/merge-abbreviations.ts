import type {Paragraph} from 'nlcst'
import {childrenOf, endAt, hasChildren, isMark, textOf, type Node} from './nodes.js'
import {isEnglishAbbreviation, isLatinAbbreviation} from './parse-latin-answers.js'

// parse-english's `mergeEnglishPrefixExceptions` ("Mr.", "Jan.") and
// parse-latin's `mergePrefixExceptions` ("etc.", "e.g.", "4."): a sentence
// ending in an abbreviation and its full stop takes the full stop into the
// word and the next sentence into itself. Both splice the paragraph once per
// merge ("Mr. " × n: n² steps); these build it in one pass. Both then look at
// the sentence before again (it cannot change: its end is as it was) and the
// merged sentence, which may end in an abbreviation too.

/** parse-english's `mergeEnglishPrefixExceptions`. */
export function mergeEnglishAbbreviations(paragraph: Paragraph): undefined {
  mergeAbbreviations(paragraph, (node) => node.type === 'PunctuationNode', 0, isEnglishAbbreviation)
}

/** parse-latin's `mergePrefixExceptions`. */
export function mergeLatinAbbreviations(paragraph: Paragraph): undefined {
  mergeAbbreviations(paragraph, isMark, 1, isLatinAbbreviation)
}

function mergeAbbreviations(
  paragraph: Paragraph,
  isStop: (node: Node) => boolean,
  fewest: number,
  isAbbreviation: (value: string) => boolean
): void {
  const input = childrenOf(paragraph)
  const output: Node[] = []
  let index = 0
  while (index < input.length) {
    const sentence = input[index]!
    if (hasChildren(sentence) && sentence.children.length > fewest) {
      const children = sentence.children as Node[]
      const period = children[children.length - 1]
      const word = children[children.length - 2]
      if (
        period &&
        isStop(period) &&
        textOf(period) === '.' &&
        word &&
        word.type === 'WordNode' &&
        isAbbreviation(textOf(word))
      ) {
        word.children.push(period as never)
        children.pop()
        endAt(word, period)
        const next = input[index + 1]
        if (next && next.type === 'SentenceNode') {
          for (const node of next.children) children.push(node)
          endAt(sentence, next)
          // The next sentence's slot takes this one; the sentence before goes back into this one's.
          input[index + 1] = sentence
          if (output.length > 0) input[index] = output.pop()!
          else index++
          continue
        }
      }
    }
    output.push(sentence)
    index++
  }
  paragraph.children = output as Paragraph['children']
}
