import type {Root} from 'nlcst'
import type {Processor, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {validateOptions} from './options.js'
import retextPlaceholders from './placeholders/plugin.js'
import {tokensOf} from './engine/tokens.js'
import {createBannedPhraseCheck} from './rules/banned-phrase.js'
import type {RuleCheck} from './rules/data.js'
import {createRequireCustomerNameCheck} from './rules/require-customer-name.js'
import {createRequireThanksCheck} from './rules/require-thanks.js'
import {createOfferAlternativeCheck} from './rules/offer-alternative.js'
import {offerAlternativeData} from './generated/rules.js'
import type {Options, RuleId, Severity} from './types.js'

/** Run every enabled rule over one reply's nlcst tree. */
export type Checker = (tree: Root, file: VFile) => undefined

/**
 * The rules `options` enables, each at its severity, as one function: the
 * preset and the CLI (which builds trees from Markdown, HTML and JSON
 * itself) share it, so there is one implementation of the checks.
 */
export function createChecker(options?: Readonly<Options> | null): Checker {
  validateOptions(options)
  const severity = (id: RuleId): Exclude<Severity, 'off'> | undefined => {
    const value = options?.rules?.[id]
    return value === 'off' ? undefined : value
  }
  // A rule whose data ships it `off` runs only when `options.rules` turns it on.
  const defaults: Partial<Record<RuleId, Severity>> = {'offer-alternative': offerAlternativeData.severity}
  const enabled = (id: RuleId) => (options?.rules?.[id] ?? defaults[id]) !== 'off'
  const checks: RuleCheck[] = []

  if (enabled('banned-phrase')) {
    checks.push(createBannedPhraseCheck({severity: severity('banned-phrase'), bannedPhrases: options?.bannedPhrases, situations: options?.situations}))
  }
  if (enabled('require-thanks')) {
    checks.push(createRequireThanksCheck({severity: severity('require-thanks')}))
  }
  if (enabled('require-customer-name')) {
    checks.push(
      createRequireCustomerNameCheck({
        severity: severity('require-customer-name'),
        customerName: options?.customerName,
        namePlaceholder: options?.namePlaceholder
      })
    )
  }

  // After banned-phrase: a refusal it flagged in the same sentence carries the alternatives.
  if (enabled('offer-alternative')) {
    checks.push(createOfferAlternativeCheck({severity: severity('offer-alternative'), situations: options?.situations}))
  }

  return function (tree, file) {
    if (checks.length === 0) return
    // One token list, shared by every rule.
    const tokens = tokensOf(tree)
    for (const check of checks) check(tokens, file)
  }
}

/**
 * The replylint preset: placeholder syntax plus every rule, each at the
 * severity `options.rules` gives it (`off` skips it).
 *
 *     unified().use(retextEnglish).use(replylint, options).use(retextStringify)
 */
export default function replylint(this: Processor, options?: Readonly<Options> | null): Transformer<Root> {
  const checker = createChecker(options)
  retextPlaceholders.call(this, {placeholders: options?.placeholders})
  return checker
}
