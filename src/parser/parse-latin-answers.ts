import type {Paragraph, Sentence, SentenceContent, Word} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {boundedMemo} from '../engine/memo.js'
import {stockPlugins} from './stock-plugins.js'

// parse-latin decides what a character is, and whether a word starts in
// lower case or a mark may close a sentence, with Unicode tables generated
// into lib/expressions.js (17 KB of expressions, which its package does not
// export). A copy would age apart from the parser it must agree with, and
// add to every bundle: each question is put instead to parse-latin itself,
// on a tree of one or two nodes, once per character or value, and its answer
// kept.

export const WHITE_SPACE = 1
export const PUNCTUATION = 2
export const WORD = 3
export const SYMBOL = 4

const kinds: Record<string, number> = {
  WhiteSpaceNode: WHITE_SPACE,
  PunctuationNode: PUNCTUATION,
  WordNode: WORD,
  SymbolNode: SYMBOL
}
const classes = new Uint8Array(0x10000)
const latin = new ParseEnglish()

/** The class parse-latin's tokenizer gives a UTF-16 code unit (it reads one at a time). */
export function characterClass(code: number): number {
  let kind = classes[code]!
  if (kind === 0) {
    kind = kinds[latin.tokenize(String.fromCharCode(code))[0]!.type]!
    classes[code] = kind
  }
  return kind
}

const limit = 4096
const word = (value: string): Word => ({type: 'WordNode', children: [{type: 'TextNode', value}]})
const sentence = (...children: SentenceContent[]): Sentence => ({type: 'SentenceNode', children})
const paragraph = (...children: Sentence[]): Paragraph => ({type: 'ParagraphNode', children})
const fullStop = () => ({type: 'PunctuationNode', value: '.'}) as const

// parse-latin's `lowerInitial` reads the first character only: one code
// unit, or two for a surrogate pair.
const lowerStart = boundedMemo(limit, (start) => {
  const tree = paragraph(sentence(word('a')), sentence(word(start)))
  stockPlugins!.mergeInitialLowerCaseLetterSentences(tree)
  return tree.children.length === 1
})

/** parse-latin's `lowerInitial.test(value)`. */
export function startsLowerCase(value: string): boolean {
  return lowerStart(value.slice(0, 2))
}

/** parse-latin's `numerical.test(value)`, for a value of at most one code unit. */
export const isNumerical = boundedMemo(limit, (value) => {
  const tree = sentence(
    {type: 'WordNode', children: [{type: 'TextNode', value}, fullStop(), {type: 'TextNode', value}]},
    fullStop()
  )
  // mergeInitialisms takes the full stop into the word unless every letter is a digit.
  stockPlugins!.mergeInitialisms(tree)
  return tree.children.length === 2
})

/** parse-latin's `affixSymbol.test(value)`: a mark that may close the sentence before it. */
export const isAffixSymbol = boundedMemo(limit, (value) => {
  const second = sentence({type: 'PunctuationNode', value}, word('b'))
  stockPlugins!.mergeAffixSymbol(paragraph(sentence(word('a')), second))
  return second.children.length === 1
})

/** parse-english's `abbreviations.test(value.toLowerCase()) || abbreviationsSensitive.test(value)`. */
export const isEnglishAbbreviation = boundedMemo(limit, (value) => {
  const tree = sentence(word(value), fullStop())
  stockPlugins!.mergeEnglishPrefixExceptions(paragraph(tree))
  return tree.children.length === 1
})

/** parse-latin's `abbreviationPrefix.test(value.toLowerCase())` (in merge-prefix-exceptions). */
export const isLatinAbbreviation = boundedMemo(limit, (value) => {
  const tree = sentence(word(value), fullStop())
  stockPlugins!.mergePrefixExceptions(paragraph(tree))
  return tree.children.length === 1
})
