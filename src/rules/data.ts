import type {VFile} from 'vfile'
import type {Tokens} from '../engine/tokens.js'
import type {PhraseEntry, PhrasePattern, RuleId, Severity} from '../types.js'

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
  /** Phrases that mark an automated notice, which is not judged for thanks. */
  readonly notices?: readonly PhrasePattern[]
  /** A line of placeholders only, one with a key matching this, is a wrapper template's body. */
  readonly bodyPlaceholderKey?: string
  readonly closings: readonly string[]
  readonly suggestions: readonly string[]
  readonly note: string
}

export interface RequireCustomerNameData extends RuleMeta {
  readonly greetings: readonly string[]
  readonly genericSalutations: readonly string[]
  readonly genericAddressees: readonly string[]
  readonly friendlyAddressees: readonly string[]
  /** A one-word salutation ending in one of these is a role ("Leaseholder"). */
  readonly genericAddresseeSuffixes?: readonly string[]
  readonly titles: readonly string[]
  /** Honorific suffixes joined to a name with a hyphen (`san` in "Tanaka-san"). */
  readonly honorificSuffixes?: readonly string[]
  readonly particles: readonly string[]
  readonly nameKey: string
  readonly notNameKey: string
  readonly notNames: readonly string[]
  readonly suggestions: {readonly placeholder: string}
  readonly note: string
}

export const docsBase = 'https://github.com/replylint/replylint/blob/main/rules/'

export function docsUrl(id: string): string {
  return `${docsBase}${id}.md`
}
