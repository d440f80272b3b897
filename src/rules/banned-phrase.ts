import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {PhraseIndex} from '../engine/phrase-index.js'
import {tokensOf} from '../engine/tokens.js'
import type {RuleCheck} from './data.js'
import {bannedPhraseData} from '../generated/rules.js'
import {report, slice} from '../report.js'
import type {PhraseEntry, Severity, Situation} from '../types.js'
import {catalogueFor, fallbackSituation, fill, inVoice, speaksAsWe} from './situations.js'
import {offerAlternativeData} from '../generated/rules.js'

export interface BannedPhraseOptions {
  /** `warn` or `error` (default: `error`). */
  readonly severity?: Exclude<Severity, 'off'> | null | undefined
  /** Extra phrases, in the same format as the built-in ones. */
  readonly bannedPhrases?: readonly PhraseEntry[] | null | undefined
  /** Situations whose alternatives fill the built-in suggestions (see `offer-alternative`). */
  readonly situations?: readonly Situation[] | null | undefined
}

const situational = new Set(bannedPhraseData.entries.filter((entry) => offerAlternativeData.bannedPhrases.situational.includes(entry.id)))

let builtIn: PhraseIndex<PhraseEntry> | undefined

/** The built-in phrases with the user's, in one automaton (built-ins cached). */
export function bannedPhraseIndex(extra: readonly PhraseEntry[] = []): PhraseIndex<PhraseEntry> {
  const builtIns = bannedPhraseData.entries.length
  if (extra.length === 0) return (builtIn ??= new PhraseIndex(bannedPhraseData.entries, 'banned-phrase', builtIns))
  // One automaton for both lists; errors name the user's entry by its own index.
  return new PhraseIndex(
    [...bannedPhraseData.entries, ...extra],
    (index) => (index < builtIns ? `banned-phrase[${index}]` : `bannedPhrases[${index - builtIns}]`),
    builtIns
  )
}

/**
 * retext plugin: flag refusals, dead ends and throwaway apologies (and the
 * user's own banned phrases), each with alternative wordings in `expected`.
 */
export default function retextBannedPhrase(options?: Readonly<BannedPhraseOptions> | null) {
  const check = createBannedPhraseCheck(options)
  return (tree: Root, file: VFile): undefined => check(tokensOf(tree), file)
}

export function createBannedPhraseCheck(options?: Readonly<BannedPhraseOptions> | null): RuleCheck {
  const severity = options?.severity ?? bannedPhraseData.severity
  const index = bannedPhraseIndex(options?.bannedPhrases ?? [])
  const catalogue = catalogueFor(options?.situations)

  return function (tokens, file) {
    // The reply's voice, read once (a long text has thousands of findings).
    let we: boolean | undefined
    for (const match of index.find(tokens)) {
      const start = tokens.start(match.start)
      const end = tokens.end(match.end - 1)
      const actual = slice(file, start, end)
      const {entry} = match
      const advice = entry.advice ?? `use \`${entry.suggestions[0]}\` instead`
      let expected = entry.suggestions
      let note = entry.note ?? 'Offer the customer another way to solve the problem.'
      let situation: string | undefined
      // The built-in refusals, dead ends and apologies suggest alternatives
      // that fit what the customer asked for; the stems' slots stay only
      // when no situation is near.
      if (situational.has(entry)) {
        const found = catalogue.situationAt(catalogue.analyse(tokens), match.start)
        we ??= speaksAsWe(tokens)
        const voice = we
        if (found) expected = found.alternatives.map((alternative, at) => inVoice(fill(entry.suggestions[at % entry.suggestions.length]!, alternative), voice))
        else expected = entry.suggestions.map((suggestion) => inVoice(suggestion, voice))
        note = `${note} Situation: ${(found ?? fallbackSituation).label} (\`${(found ?? fallbackSituation).id}\`).`
        situation = (found ?? fallbackSituation).id
      }
      const message = report(file, {
        ruleId: 'banned-phrase',
        severity,
        reason: `Unexpected ${entry.label ? entry.label + ' ' : ''}\`${actual}\`, ${advice}`,
        start,
        end,
        actual,
        expected,
        note,
        safeFix: entry.safe === true
      })
      if (situation !== undefined) message.situation = situation
    }
  }
}
