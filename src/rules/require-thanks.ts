import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {PhraseIndex} from '../engine/phrase-index.js'
import {tokensOf, type Tokens} from '../engine/tokens.js'
import {requireThanksData} from '../generated/rules.js'
import {report} from '../report.js'
import {walking, type RuleCheck} from './data.js'
import type {PhrasePattern, Severity} from '../types.js'
import {signOffIndex} from './sign-off.js'

export interface RequireThanksOptions {
  /** `warn` or `error` (default: `warn`). */
  readonly severity?: Exclude<Severity, 'off'> | null | undefined
  /** Judge automated notices and wrapper templates too (default: `false`). */
  readonly thanksInNotices?: boolean | null | undefined
}

let thanks: PhraseIndex | undefined
let bodyKey: RegExp | undefined

let thanksOrNotices: PhraseIndex | undefined
const thanksEntries = new Set<PhrasePattern>(requireThanksData.thanks)

/**
 * Thanks and notice phrases in one automaton, walked once: whether the reply
 * thanks, and if not, whether it is a notice (two walks had cost a tenth of
 * a check).
 */
function thanksOrNoticeIndex(): PhraseIndex {
  const list = [...requireThanksData.thanks, ...(requireThanksData.notices ?? [])]
  return (thanksOrNotices ??= new PhraseIndex(list, 'require-thanks', list.length))
}

function thanksIndex(): PhraseIndex {
  return (thanks ??= new PhraseIndex(
    requireThanksData.thanks,
    'require-thanks.thanks',
    requireThanksData.thanks.length
  ))
}

function thanksOrNotice(tokens: Tokens): 'thanks' | 'notice' | undefined {
  let notice = false
  for (const match of thanksOrNoticeIndex().longest(tokens)) {
    if (thanksEntries.has(match.entry)) return 'thanks'
    notice = true
  }
  return notice || isWrapper(tokens) ? 'notice' : undefined
}

function isWrapper(tokens: Tokens): boolean {
  bodyKey ??= new RegExp(requireThanksData.bodyPlaceholderKey ?? '(?!)')
  let onlySources = true
  let body = false
  for (let index = 0; index <= tokens.length; index++) {
    if (index === tokens.length || (index > 0 && !tokens.sameLine(index))) {
      if (onlySources && body) return true
      onlySources = true
      body = false
      if (index === tokens.length) break
    }
    if (tokens.kind(index) !== 'source') onlySources = false
    else if (bodyKey.test(placeholderKey(tokens.value(index)))) body = true
  }
  return false
}

// `{{ message_body }}`, `{reply}`, `<%= @comment.body %>`: the key, lower case.
function placeholderKey(value: string): string {
  return value
    .replace(/^[^\p{L}_]+|[^\p{L}\p{N}_]+$/gu, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1_$2')
    .toLowerCase()
}

/** Whether the reply thanks the customer or shows appreciation. */
export function hasThanks(tokens: Tokens): boolean {
  return thanksIndex().some(tokens)
}

/**
 * retext plugin: a reply with no thanks gets one finding, a point before the
 * sign-off, with thank-you sentences to insert there in `expected`.
 */
export default function retextRequireThanks(options?: Readonly<RequireThanksOptions> | null) {
  const check = createRequireThanksCheck(options)
  return (tree: Root, file: VFile): undefined => check(tokensOf(tree, file.data.customerName), file)
}

export function createRequireThanksCheck(options?: Readonly<RequireThanksOptions> | null): RuleCheck {
  const severity = options?.severity ?? requireThanksData.severity
  const judgeNotices = options?.thanksInNotices === true

  return walking([judgeNotices ? thanksIndex() : thanksOrNoticeIndex()], function (tokens, file) {
    if (!tokens.hasWords()) return
    if (judgeNotices ? hasThanks(tokens) : thanksOrNotice(tokens) !== undefined) return

    const before = signOffIndex(tokens)
    const {suggestions} = requireThanksData
    let start
    let expected: string[]
    if (before === undefined) {
      let paragraphs = false
      for (let index = 0; index < tokens.length && !paragraphs; index++) paragraphs = tokens.gap(index) === 'paragraph'
      const separator = paragraphs ? '\n\n' : ' '
      start = tokens.end(tokens.length - 1)
      expected = suggestions.map((sentence) => separator + sentence)
    } else {
      const gap = tokens.gap(before)
      const separator = gap === 'paragraph' ? '\n\n' : gap === 'line' ? '\n' : ' '
      start = tokens.start(before)
      expected = suggestions.map((sentence) => sentence + separator)
    }

    report(file, {
      ruleId: 'require-thanks',
      severity,
      reason: `Expected a thank-you before the sign-off, such as \`${suggestions[0]}\``,
      start,
      actual: '',
      expected,
      note: requireThanksData.note
    })
  })
}
