import type {Root} from 'nlcst'
import type {Processor, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {validateOptions} from './options.js'
import retextPlaceholders from './placeholders/plugin.js'
import retextBannedPhrase from './rules/banned-phrase.js'
import retextRequireCustomerName from './rules/require-customer-name.js'
import retextRequireThanks from './rules/require-thanks.js'
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
  const enabled = (id: RuleId) => options?.rules?.[id] !== 'off'
  const transformers: Checker[] = []

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
