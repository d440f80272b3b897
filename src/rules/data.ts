import type {VFile} from 'vfile'
import type {Tokens} from '../engine/tokens.js'
import type {PhraseContext, PhraseEntry, PhrasePattern, RuleId, Severity} from '../types.js'

/** A rule's check over one reply's tokens, reporting on the file. */
export type RuleCheck = (tokens: Tokens, file: VFile) => undefined

// The shapes of the built-in rule data in `rules/*.yml`, as compiled into
// `src/generated/rules.ts` by `scripts/build-rules.mjs`.

export interface RuleMeta {
  readonly id: RuleId
  readonly description: string
  readonly severity: Exclude<Severity, 'off'>
}

export interface BannedPhraseData extends RuleMeta {
  readonly entries: readonly PhraseEntry[]
}

export interface RequireThanksData extends RuleMeta {
  readonly thanks: readonly PhrasePattern[]
  readonly closings: readonly string[]
  readonly suggestions: readonly string[]
  readonly note: string
}

export interface RequireCustomerNameData extends RuleMeta {
  readonly greetings: readonly string[]
  readonly genericSalutations: readonly string[]
  readonly genericAddressees: readonly string[]
  readonly friendlyAddressees: readonly string[]
  readonly titles: readonly string[]
  readonly particles: readonly string[]
  readonly nameKey: string
  readonly notNameKey: string
  readonly notNames: readonly string[]
  readonly suggestions: {readonly placeholder: string}
  readonly note: string
}

export interface AlternativePattern extends PhrasePattern {
  /** Offers only: counts only in a later clause than the decline. */
  readonly separate?: boolean
}

export interface BuiltInSituation {
  readonly id: string
  readonly label: string
  readonly triggers: readonly string[]
  readonly alternatives: readonly string[]
}

export interface OfferAlternativeData extends Omit<RuleMeta, 'severity'> {
  /** `off` while the rule has not reached its accuracy bar. */
  readonly severity: Severity
  readonly note: string
  readonly declines: readonly AlternativePattern[]
  readonly offers: readonly AlternativePattern[]
  readonly situations: readonly BuiltInSituation[]
  readonly fallback: {readonly label: string; readonly alternatives: readonly string[]}
  readonly bannedPhrases: {readonly situational: readonly string[]; readonly declines: readonly string[]}
  readonly bannedDeclineUnless: readonly PhraseContext[]
}

export const docsBase = 'https://github.com/replylint/replylint/blob/main/rules/'

export function docsUrl(id: string): string {
  return `${docsBase}${id}.md`
}
