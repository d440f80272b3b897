import type {VFile} from 'vfile'
import type {PhraseIndex} from '../engine/phrase-index.js'
import type {Tokens} from '../engine/tokens.js'
import type {PhraseContext, PhraseEntry, PhrasePattern, RuleId, Severity} from '../types.js'

/** A rule's check over one reply's tokens, reporting on the file. */
export type RuleCheck = ((tokens: Tokens, file: VFile) => undefined) & {
  /** The phrase indexes the check reads whole replies with: the checker walks them together (`SharedWalk`). */
  readonly walks?: readonly PhraseIndex[]
}

/** `check`, declaring the indexes it walks whole replies with. */
export function walking(walks: readonly PhraseIndex[], check: (tokens: Tokens, file: VFile) => undefined): RuleCheck {
  return Object.assign(check, {walks})
}

// The shapes of the built-in rule data in `rules/*.yml`, as compiled into
// `src/generated/rules.ts` by `scripts/build-rules.mjs`.

/** How a rule's findings lower the care score (see `src/score.ts`). */
export interface RuleScore {
  /** Points the first finding costs (later ones cost less: see `src/score.ts`). */
  readonly weight: number
  /**
   * Findings that cap the score, as a QA scorecard's critical categories do:
   * every finding (`true`), or those of these kinds (entry ids for phrase
   * rules, such as `refusal-no`; a module's own kinds, such as `wrong-name`).
   */
  readonly critical?: true | readonly string[]
  /** Patterns anywhere in the reply that make a critical finding ordinary (an alternative offered). */
  readonly criticalUnless?: readonly string[]
}

export interface RuleMeta {
  readonly id: RuleId
  readonly description: string
  readonly severity: Severity
  readonly score: RuleScore
  /** Why the rule is off by default (its blind figures), for its page and the README. */
  readonly offBecause?: string
  /** The rule checks drafts only (`options.draft`). */
  readonly draftOnly?: boolean
  readonly note?: string
}

/**
 * A rule that is a list of phrase entries: data alone says it. Every phrase
 * rule's entries compile into one automaton per checker (`phrase-rules.ts`).
 */
export interface PhraseRuleData extends RuleMeta {
  readonly entries: readonly PhraseEntry[]
}

export interface BannedPhraseData extends PhraseRuleData {
  readonly severity: Exclude<Severity, 'off'>
}

export interface RequireThanksData extends RuleMeta {
  readonly severity: Exclude<Severity, 'off'>
  readonly thanks: readonly PhrasePattern[]
  /** Phrases that mark an automated notice, which is not judged for thanks. */
  readonly notices?: readonly PhrasePattern[]
  /** A line of placeholders only, one with a key matching this, is a wrapper template's body. */
  readonly bodyPlaceholderKey?: string
  readonly closings: readonly string[]
  readonly suggestions: readonly string[]
  readonly note: string
}

export interface UnfilledPlaceholderData extends RuleMeta {
  /** Words that stand for text still to be written (`XX`, `TBD`), matched as written. */
  readonly fillIns: readonly string[]
  /** Placeholder-shaped tokens that are markup, not fill-ins (`<br>`). */
  readonly notFillIns: readonly string[]
  /** Parts of a date or time format mask (`DD`, `YYYY`); two joined by a mark are a fill-in. */
  readonly maskParts: readonly string[]
  /** Words right before a slot that show the customer what it is: a mention, not a slot (with `mentionsThatSpread`). */
  readonly mentionedAfter: readonly string[]
  /** Words right before a slot that make it a mention, and the customer's wherever it stands in the reply (`replace`, `type`). */
  readonly mentionsThatSpread: readonly string[]
  /** Words right after a slot (a comma between read over) that make it a mention. */
  readonly mentionedBefore: readonly string[]
  /** Words right before a date mask that name it as a format (`as YYYY-MM-DD`), not a date left to fill. */
  readonly maskNamedAfter: readonly string[]
  /** Fill-in words that are also statuses (`TBD`) … */
  readonly statusWords: readonly string[]
  /** … quoted from a record when right after one of these ("lists it as TBD") … */
  readonly quotedStatus: readonly string[]
  /** … or right before one of these, naming whose decision it waits for ("TBC by the board"). */
  readonly statusBy: readonly string[]
  /** Bracketed editor's notes (`[attached]`, `[sic]`), not slots. */
  readonly editorialNotes: readonly string[]
  /** Words of a paragraph about code: an environment variable there (`%PATH%`) is not a slot. */
  readonly codeWords: readonly string[]
  /** Words of a paragraph that explains template syntax: no slot there is left to fill. */
  readonly syntaxWords: readonly string[]
  /** Words before a paragraph's closing colon that introduce a snippet: the next paragraph shows its slots. */
  readonly snippetIntros: readonly string[]
  /** Keys of a keyboard (`[Shift]`, `[Esc]`): in brackets, a key to press, not a slot. */
  readonly keyNames: readonly string[]
  /** Verbs of pressing (`click`, `tap`, `>` of a menu path): a capitalised bracket after one is a control, whatever its words, in a reply that names controls. */
  readonly pressVerbs: readonly string[]
  /** Verbs of a screen before a bracketed label (with `pressVerbs`) (`click [Edit]`): a label, not a slot. */
  readonly uiVerbs: readonly string[]
  /** Words that name what a slot holds (`[Order Number]`, `[Agent]`): a bracket without one may be a label or a value. */
  readonly slotNouns: readonly string[]
  /** Of those, the words that name a label ("a field labelled [Signer Name]"): a label whatever its words. */
  readonly labelWords: readonly string[]
  /** Verbs a control's label starts with ("[Change time]"): after a verb of pressing, a control whatever its other words. */
  readonly labelVerbs: readonly string[]
  /** Verbs of a screen showing something ("the display shows [NO COMMS]"): a bracket after one that names no slot is what it shows. */
  readonly showVerbs: readonly string[]
  /** Last words of a lower-case status in brackets ("[renewal included]", "[fully booked]"): a note, not a slot. */
  readonly statusNotes: readonly string[]
  /** Screens and devices named right before a verb of showing ("the display shows [NO COMMS]"). */
  readonly screens: readonly string[]
  /** Words that ask the customer to fill in a form ("fill in", "complete the form"): a blank after a field's label is theirs. */
  readonly formRequests: readonly string[]
  readonly suggestions: readonly string[]
  readonly note: string
}

export interface RequireCustomerNameData extends RuleMeta {
  readonly severity: Exclude<Severity, 'off'>
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

/** Whether findings of `kind` are critical by a rule's score data (`criticalUnless` aside). */
export function isCriticalKind(score: RuleScore, kind: string): boolean {
  return score.critical === true || (score.critical?.includes(kind) ?? false)
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

export interface OfferAlternativeData extends RuleMeta {
  readonly note: string
  readonly declines: readonly AlternativePattern[]
  readonly offers: readonly AlternativePattern[]
  readonly situations: readonly BuiltInSituation[]
  readonly fallback: {readonly label: string; readonly alternatives: readonly string[]}
  readonly bannedPhrases: {readonly situational: readonly string[]; readonly declines: readonly string[]}
  readonly bannedDeclineUnless: readonly PhraseContext[]
}

export const docsBase = 'https://github.com/replylint/replylint/blob/main/rules/'

const urls = new Map<string, string>()

export function docsUrl(id: string): string {
  let url = urls.get(id)
  // One string per rule, not one per finding (a long text has thousands).
  if (url === undefined) urls.set(id, (url = `${docsBase}${id}.md`))
  return url
}
