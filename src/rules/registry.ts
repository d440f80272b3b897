import {ruleData} from '../generated/rules.js'
import type {Options, RuleId, Severity} from '../types.js'
import type {RuleCheck} from './data.js'
import {createOfferAlternativeCheck} from './offer-alternative.js'
import {createPhraseRulesCheck, type PhraseRuleRun, type Suggester} from './phrase-rules.js'
import {createRequireCustomerNameCheck} from './require-customer-name.js'
import {createRequireThanksCheck} from './require-thanks.js'
import {situationalSuggester} from './situations.js'
import {createUnfilledPlaceholderCheck} from './unfilled-placeholder.js'

/** What a rule module is built from: its severity and the checker's options. */
export interface RuleSetup {
  readonly severity: Exclude<Severity, 'off'>
  readonly options: Readonly<Options>
}

/**
 * The rules that data alone cannot say, by id: each is one module. Every
 * other rule in `rules/*.yml` is a list of phrase entries and needs nothing
 * here: it joins the shared phrase automaton.
 */
export const ruleModules: Partial<Record<RuleId, (setup: RuleSetup) => RuleCheck>> = {
  'require-thanks': ({severity, options}) =>
    createRequireThanksCheck({severity, thanksInNotices: options.thanksInNotices}),
  'require-customer-name': ({severity, options}) =>
    createRequireCustomerNameCheck({
      severity,
      customerName: options.customerName,
      namePlaceholder: options.namePlaceholder
    }),
  'unfilled-placeholder': ({severity, options}) =>
    createUnfilledPlaceholderCheck({severity, customerName: options.customerName, draft: options.draft}),
  // Runs after the phrase rules: a refusal banned-phrase flagged in the same sentence carries the alternatives.
  'offer-alternative': ({severity, options}) => createOfferAlternativeCheck({severity, situations: options.situations})
}

/** Phrase rules whose suggestions are fitted to the reply, by id (banned-phrase's come from the situation). */
const suggesters: Partial<Record<RuleId, (options: Readonly<Options>) => Suggester>> = {
  'banned-phrase': (options) => situationalSuggester(options.situations)
}

/** The checks `options` enables, in rule order: the phrase rules as one check. */
export function createRuleChecks(options: Readonly<Options>): RuleCheck[] {
  const checks: RuleCheck[] = []
  const phraseRuns: PhraseRuleRun[] = []
  for (const data of ruleData) {
    const severity = options.rules?.[data.id] ?? data.severity
    if (severity === 'off') continue
    const module = ruleModules[data.id]
    if (module) checks.push(module({severity, options}))
    else if ('entries' in data) phraseRuns.push({data, severity, suggest: suggesters[data.id]?.(options)})
  }
  if (phraseRuns.length > 0) checks.unshift(createPhraseRulesCheck(phraseRuns, options.bannedPhrases ?? []))
  return checks
}
