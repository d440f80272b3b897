import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Plugin, Processor} from 'unified'
// Its types declare the parser extensions on `Data` (type only: not bundled).
import type {} from 'retext-english'
import {ParseEnglish} from 'parse-english'

// parse-latin merges each sentence without words into its neighbour with an
// `Array#splice` on the paragraph, once per such sentence: a run of
// punctuation (`?!.,;:` × 170,000, a megabyte) took minutes. This is the same
// merge in one pass; test/parser.test.ts checks that it builds the same
// trees as parse-english's own on random, punctuation-heavy text.
const upstream = ParseEnglish.prototype.tokenizeParagraphPlugins

/** Same as parse-latin's `mergeNonWordSentences`, in linear time. */
function mergeNonWordSentences(paragraph: Paragraph): undefined {
  const input = paragraph.children
  const output: Paragraph['children'] = []
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    if (!('children' in child) || child.children.some((node) => node.type === 'WordNode')) {
      output.push(child)
      continue
    }
    const previous = output.at(-1)
    if (previous && 'children' in previous) {
      for (const node of child.children) previous.children.push(node)
      if (previous.position && child.position) previous.position.end = child.position.end
      continue
    }
    const next = input[index + 1]
    if (next && 'children' in next) {
      next.children = [...child.children, ...next.children] as Sentence['children']
      if (next.position && child.position) next.position.start = child.position.start
      // parse-latin moves on past the sentence it merged into.
      output.push(next)
      index++
      continue
    }
    output.push(child)
  }
  paragraph.children = output
}

type Parent = Paragraph | Root

// parse-latin moves white space at the start or end of each sentence (and
// paragraph) out into its parent with one `Array#splice` per move: a
// paragraph of n short sentences ("No. " × 250,000) took n² steps, 15 s a
// megabyte. These are the same moves, building the parent's list once.

/** Same as parse-latin's `makeInitialWhiteSpaceSiblings`, in linear time. */
function makeInitialWhiteSpaceSiblings(parent: Parent): undefined {
  const output: Array<Parent['children'][number]> = []
  for (const child of parent.children) {
    if ('children' in child) {
      const children = child.children as Array<Sentence['children'][number]>
      while (children[0]?.type === 'WhiteSpaceNode') {
        output.push(children.shift() as never)
        const next = children[0]
        if (next?.position && child.position) child.position.start = next.position.start
      }
    }
    output.push(child)
  }
  parent.children = output
}

/** Same as parse-latin's `makeFinalWhiteSpaceSiblings`, in linear time. */
function makeFinalWhiteSpaceSiblings(parent: Parent): undefined {
  const output: Array<Parent['children'][number]> = []
  for (const child of parent.children) {
    output.push(child)
    if (!('children' in child)) continue
    const children = child.children as Array<Sentence['children'][number]>
    const moved: Array<Parent['children'][number]> = []
    while (children.at(-1)?.type === 'WhiteSpaceNode') {
      moved.push(children.pop() as never)
      const previous = children.at(-1)
      if (previous?.position && child.position) child.position.end = previous.position.end
    }
    for (let index = moved.length - 1; index >= 0; index--) output.push(moved[index]!)
  }
  parent.children = output
}

// parse-english puts its own paragraph plugin first, then parse-latin's, whose first is the merge.
const position = upstream.length > 1 && upstream[1]!.length <= 1 ? 1 : -1
// The two white-space moves are the first two plugins the root stage shares
// with the paragraph stage (parse-latin runs them at both levels).
const roots = ParseEnglish.prototype.tokenizeRootPlugins
const moves = roots.slice(0, 2).every((plugin) => upstream.includes(plugin as never)) ? roots.slice(0, 2) : []

function linearMoves<T>(plugins: T[]): void {
  moves.forEach((plugin, index) => {
    const at = plugins.indexOf(plugin as T)
    if (at !== -1) plugins[at] = (index === 0 ? makeInitialWhiteSpaceSiblings : makeFinalWhiteSpaceSiblings) as T
  })
}

/** An English parser whose paragraph and root stages run in linear time. */
export function createParser(): ParseEnglish {
  const parser = new ParseEnglish()
  if (position !== -1) parser.tokenizeParagraphPlugins[position] = mergeNonWordSentences
  linearMoves(parser.tokenizeParagraphPlugins)
  linearMoves(parser.tokenizeRootPlugins)
  // A lone CR (old Mac files, some exports) ends a line for vfile-location
  // and remark, but the rules count line breaks by `\n`: read it as one, a
  // character for a character, so every place stays where it was.
  const tokenize = parser.tokenize.bind(parser)
  parser.tokenize = (value) =>
    tokenize(typeof value === 'string' && value.includes('\r') ? value.replace(/\r(?!\n)/g, '\n') : value)
  return parser
}

/**
 * unified plugin: retext-english's parser (with the extensions that other
 * plugins, such as the placeholders, register) built by `createParser`.
 */
export const retextEnglishParser: Plugin<[], string, Root> = function (this: Processor) {
  const data = () => this.data()
  this.parser = (value: string) => {
    const parser = createParser()
    const extensions = data()
    if (extensions.nlcstParagraphExtensions)
      parser.tokenizeParagraphPlugins.unshift(...(extensions.nlcstParagraphExtensions as never[]))
    if (extensions.nlcstRootExtensions)
      parser.tokenizeRootPlugins.unshift(...(extensions.nlcstRootExtensions as never[]))
    if (extensions.nlcstSentenceExtensions)
      parser.tokenizeSentencePlugins.unshift(...(extensions.nlcstSentenceExtensions as never[]))
    return parser.parse(value)
  }
}
