import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {tokensOf} from '../engine/tokens.js'
import {bannedPhraseData} from '../generated/rules.js'
import type {PhraseEntry, Severity, Situation} from '../types.js'
import type {RuleCheck} from './data.js'
import {createPhraseRulesCheck} from './phrase-rules.js'
import {situationalSuggester} from './situations.js'

export interface BannedPhraseOptions {
  /** `warn` or `error` (default: `error`). */
  readonly severity?: Exclude<Severity, 'off'> | null | undefined
  /** Extra phrases, in the same format as the built-in ones. */
  readonly bannedPhrases?: readonly PhraseEntry[] | null | undefined
  /** Situations whose alternatives fill the built-in suggestions (see `offer-alternative`). */
  readonly situations?: readonly Situation[] | null | undefined
}

/**
 * retext plugin: flag refusals, dead ends and throwaway apologies (and the
 * user's own banned phrases), each with alternative wordings in `expected`.
 */
export default function retextBannedPhrase(options?: Readonly<BannedPhraseOptions> | null) {
  const check = createBannedPhraseCheck(options)
  return (tree: Root, file: VFile): undefined => check(tokensOf(tree, file.data.customerName), file)
}

export function createBannedPhraseCheck(options?: Readonly<BannedPhraseOptions> | null): RuleCheck {
  return createPhraseRulesCheck(
    [
      {
        data: bannedPhraseData,
        severity: options?.severity ?? bannedPhraseData.severity,
        suggest: situationalSuggester(options?.situations)
      }
    ],
    options?.bannedPhrases ?? []
  )
}
