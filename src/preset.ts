import type {Root} from 'nlcst'
import type {Processor, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {validateOptions} from './options.js'
import retextPlaceholders from './placeholders/plugin.js'
import {sharedWalkFor} from './engine/phrase-index.js'
import {tokensOf} from './engine/tokens.js'
import type {RuleCheck} from './rules/data.js'
import {createRuleChecks} from './rules/registry.js'
import type {Options} from './types.js'

/** Run every enabled rule over one reply's nlcst tree. */
export type Checker = (tree: Root, file: VFile) => undefined

/**
 * The rules `options` enables, each at its severity, as one function: the
 * preset and the CLI (which builds trees from Markdown, HTML and JSON
 * itself) share it, so there is one implementation of the checks.
 */
export function createChecker(options?: Readonly<Options> | null): Checker {
  validateOptions(options)
  const checks: RuleCheck[] = createRuleChecks(options ?? {})
  const walk = sharedWalkFor(checks.flatMap((check) => check.walks ?? []))

  return function (tree, file) {
    if (checks.length === 0) return
    // One token list, shared by every rule, and one walk of it for every rule's phrases.
    const tokens = tokensOf(tree, file.data.customerName ?? options?.customerName)
    walk?.walk(tokens)
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
