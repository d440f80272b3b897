import type {Paragraph, Root, Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'

type Plugin<T> = (node: T) => undefined | void

/**
 * parse-english's own plugins, by the job each does, read off its lists
 * (parse-latin does not export them). `undefined` when the lists are not the
 * ones this parser was written against (an upgrade moved, added or dropped
 * one): createParser then uses them as they are, and test/parser.test.ts
 * fails, so that an upgrade is read before it is taken.
 */
export const stockPlugins = readPlugins()

function readPlugins() {
  const sentence = ParseEnglish.prototype.tokenizeSentencePlugins as Array<Plugin<Sentence>>
  const paragraph = ParseEnglish.prototype.tokenizeParagraphPlugins as Array<Plugin<Paragraph>>
  const root = ParseEnglish.prototype.tokenizeRootPlugins as Array<Plugin<Root>>
  const shared = (a: unknown, b: unknown) => a !== undefined && a === b
  if (
    sentence.length !== 7 ||
    paragraph.length !== 13 ||
    root.length !== 4 ||
    // parse-latin runs the same white-space, clean-up and position plugins at every level.
    !shared(sentence[6], paragraph[12]) ||
    !shared(paragraph[12], root[3]) ||
    !shared(paragraph[8], root[0]) ||
    !shared(paragraph[9], root[1]) ||
    !shared(paragraph[11], root[2])
  )
    return undefined
  return {
    mergeInitialisms: sentence[5]!,
    mergeEnglishPrefixExceptions: paragraph[0]!,
    mergeAffixSymbol: paragraph[2]!,
    mergeInitialLowerCaseLetterSentences: paragraph[3]!,
    mergePrefixExceptions: paragraph[5]!
  }
}
