import type {Paragraph, Root, Sentence} from 'nlcst'
import {breakImplicitSentences} from './break-implicit-sentences.js'
import {mergeEnglishAbbreviations, mergeLatinAbbreviations} from './merge-abbreviations.js'
import {mergeElisions} from './merge-elisions.js'
import {mergeInitialisms} from './merge-initialisms.js'
import {mergeInnerWordMarks} from './merge-inner-word-marks.js'
import {mergeNonWordSentences} from './merge-non-word-sentences.js'
import {mergeRemainingFullStops} from './merge-remaining-full-stops.js'
import {mergeAffixExceptions, mergeAffixSymbols} from './merge-sentence-affixes.js'
import {mergeDigitStarts, mergeLowerCaseStarts} from './merge-sentence-starts.js'
import {mergeFinalHyphens, mergeInitialAmpersands, mergeInnerSlashes} from './merge-word-marks.js'
import {patchPosition} from './patch-position.js'
import {removeEmptyNodes} from './remove-empty-nodes.js'
import {makeFinalWhiteSpaceSiblings, makeInitialWhiteSpaceSiblings} from './white-space-siblings.js'

// parse-english's three lists of plugins, each replaced by its equivalent,
// in parse-english's order.

export const sentencePlugins: Array<(node: Sentence) => undefined> = [
  mergeElisions,
  mergeInitialAmpersands,
  mergeFinalHyphens,
  mergeInnerWordMarks,
  mergeInnerSlashes,
  mergeInitialisms,
  patchPosition
]

export const paragraphPlugins: Array<(node: Paragraph) => undefined> = [
  mergeEnglishAbbreviations,
  mergeNonWordSentences,
  mergeAffixSymbols,
  mergeLowerCaseStarts,
  mergeDigitStarts,
  mergeLatinAbbreviations,
  mergeAffixExceptions,
  mergeRemainingFullStops,
  makeInitialWhiteSpaceSiblings,
  makeFinalWhiteSpaceSiblings,
  breakImplicitSentences,
  removeEmptyNodes,
  patchPosition
]

export const rootPlugins: Array<(node: Root) => undefined> = [
  makeInitialWhiteSpaceSiblings,
  makeFinalWhiteSpaceSiblings,
  removeEmptyNodes,
  patchPosition
]
