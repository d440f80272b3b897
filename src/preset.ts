import type {Root} from 'nlcst'
import type {Processor, Transformer} from 'unified'
import {validateOptions} from './options.js'
import retextPlaceholders from './placeholders/plugin.js'
import retextBannedPhrase from './rules/banned-phrase.js'
import retextRequireCustomerName from './rules/require-customer-name.js'
import retextRequireThanks from './rules/require-thanks.js'
import type {Options, RuleId, Severity} from './types.js'

/**
 * The replylint preset: placeholder syntax plus every rule, each at the
 * severity `options.rules` gives it (`off` skips it).
 *
 *     unified().use(retextEnglish).use(replylint, options).use(retextStringify)
 */
export default function replylint(this: Processor, options?: Readonly<Options> | null): Transformer<Root> {
  validateOptions(options)
  retextPlaceholders.call(this, {placeholders: options?.placeholders})

  const severity = (id: RuleId): Exclude<Severity, 'off'> | undefined => {
    const value = options?.rules?.[id]
    return value === 'off' ? undefined : value
  }
  const enabled = (id: RuleId) => options?.rules?.[id] !== 'off'
  const transformers: Array<ReturnType<typeof retextBannedPhrase>> = []

  if (enabled('banned-phrase')) {
    transformers.push(retextBannedPhrase({severity: severity('banned-phrase'), bannedPhrases: options?.bannedPhrases}))
  }
  if (enabled('require-thanks')) {
    transformers.push(retextRequireThanks({severity: severity('require-thanks')}))
  }
  if (enabled('require-customer-name')) {
    transformers.push(
      retextRequireCustomerName({
        severity: severity('require-customer-name'),
        customerName: options?.customerName,
        namePlaceholder: options?.namePlaceholder
      })
    )
  }

  return function (tree, file) {
    for (const transformer of transformers) transformer(tree, file)
  }
}
