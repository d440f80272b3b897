import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
// Its types declare the parser extensions on `Data` (type only: not bundled).
import type {} from 'retext-english'
import {ParseEnglish} from 'parse-english'
import {paragraphPlugins, rootPlugins, sentencePlugins} from './parser/plugins.js'
import {stockPlugins} from './parser/stock-plugins.js'
import {tokenize} from './parser/tokenize.js'

// Why our own parser: parse-english builds the trees every rule reads, and
// was half the time of a check. parse-latin's tokenizer tests each character
// against three Unicode expressions and copies a point object per
// character; its plugins run through a driver that calls back per child and
// splice the list once per merge, which made whole classes of text take n²
// steps ("No. " × 250,000: 15 s a megabyte; `?!.,;:` × 170,000: minutes).
// These are parse-english's tokenizer and plugins, one by one, rewritten as
// runs and single passes (src/parser/): the same trees, positions included,
// which test/parser-differential.test.ts checks against parse-english's own
// on every fixture, rule example and a seeded random generator. Measured
// side by side in one process (bench/parser.mjs, 7 rounds, medians), against
// retext-english's parse: 0.50× the time on the bench corpus (main's
// parser, which only had the three linear plugins: 0.98×), 0.64× on
// `No. ` × 50,000 and 0.66× on `?!.,;:` × 5,000.

/** An English parser that builds parse-english's trees in linear time. */
export function createParser(): ParseEnglish {
  const parser = new ParseEnglish()
  let split = parser.tokenize.bind(parser)
  if (stockPlugins) {
    parser.tokenizeSentencePlugins = [...sentencePlugins]
    parser.tokenizeParagraphPlugins = [...paragraphPlugins]
    parser.tokenizeRootPlugins = [...rootPlugins]
    split = tokenize
  }
  // A lone CR (old Mac files, some exports) ends a line for vfile-location
  // and remark, but the rules count line breaks by `\n`: read it as one, a
  // character for a character, so every place stays where it was.
  parser.tokenize = (value) =>
    split(typeof value === 'string' && value.includes('\r') ? value.replace(/\r(?!\n)/g, '\n') : value)
  return parser
}

/** Whether createParser uses its own plugins (false: parse-english's lists changed). */
export const ownPlugins = stockPlugins !== undefined

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
