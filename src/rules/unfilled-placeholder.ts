import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {tokensOf, type Tokens} from '../engine/tokens.js'
import {unfilledPlaceholderData as data} from '../generated/rules.js'
import {report, slice} from '../report.js'
import type {Severity} from '../types.js'
import {isNamePlaceholder, parseCustomerNames} from './customer-name.js'
import {isCriticalKind, type RuleCheck} from './data.js'

export interface UnfilledPlaceholderOptions {
  /** `warn` or `error` (default: `error`). */
  readonly severity?: Exclude<Severity, 'off'> | null | undefined
  /** Check the text as a draft about to be sent; `file.data.replylintDraft` wins. */
  readonly draft?: boolean | null | undefined
  /** The customer's name: a name slot's safe fix. `file.data.customerName` wins. */
  readonly customerName?: string | readonly string[] | null | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** The reply is a draft about to be sent, not a template (set by `checkReply`). */
    replylintDraft: boolean | null | undefined
  }
}

const fillIns = new Set(data.fillIns)
const notFillIns = new Set(data.notFillIns)

/**
 * retext plugin: in a draft about to be sent, a placeholder left in the text
 * (`[Customer Name]`, `{{order.id}}`, `<insert date>`, `XX`, `TBD`, `___`) is
 * an error. A name slot gets the customer's name as a safe fix when it is
 * known. Templates (not drafts) keep their placeholders: nothing is checked.
 */
export default function retextUnfilledPlaceholder(options?: Readonly<UnfilledPlaceholderOptions> | null) {
  const check = createUnfilledPlaceholderCheck(options)
  return (tree: Root, file: VFile): undefined => check(tokensOf(tree), file)
}

export function createUnfilledPlaceholderCheck(options?: Readonly<UnfilledPlaceholderOptions> | null): RuleCheck {
  const severity = options?.severity ?? (data.severity === 'off' ? 'error' : data.severity)

  return function (tokens, file) {
    if (!(file.data.replylintDraft ?? options?.draft)) return
    let names: ReturnType<typeof parseCustomerNames> | undefined
    for (let index = 0; index < tokens.length; index++) {
      const end = slotEnd(tokens, index)
      if (end === index) continue
      const start = tokens.start(index)
      const stop = tokens.end(end - 1)
      const actual = slice(file, start, stop)
      const isName = end === index + 1 && tokens.kind(index) === 'source' && isNamePlaceholder(actual)
      names ??= parseCustomerNames(file.data.customerName ?? options?.customerName)
      const name = isName ? names[0] : undefined
      const fill = name ? (/last|surname/i.test(actual) && name.surname ? name.surname : /full/i.test(actual) ? name.display : name.first) : undefined
      const expected: string[] = fill ? [fill] : isName ? [data.suggestions[0]!] : [describeSlot(actual)]
      report(file, {
        ruleId: 'unfilled-placeholder',
        severity,
        reason: fill ? `Unexpected unfilled placeholder \`${actual}\`, fill in the customer's name: \`${fill}\`` : `Unexpected unfilled placeholder \`${actual}\`, fill it in before sending`,
        start,
        end: stop,
        actual,
        expected,
        note: data.note,
        safeFix: fill !== undefined,
        critical: isCriticalKind(data.score, 'unfilled')
      })
      index = end - 1
    }
  }
}

/** The end of a fill-in starting at `index` (a placeholder, `XX/XX`, `TBD`, `___`), or `index`. */
function slotEnd(tokens: Tokens, index: number): number {
  const kind = tokens.kind(index)
  if (kind === 'source') return isMarkup(tokens.value(index)) ? index : index + 1
  if (!isFillIn(tokens, index)) return index
  // `XX/XX/XXXX`, `$XX.XX`: fill-ins joined by marks with no space between are one.
  let end = index + 1
  while (end + 1 < tokens.length && tokens.gap(end) === 'none' && tokens.gap(end + 1) === 'none' && tokens.kind(end) !== 'word' && isFillIn(tokens, end + 1)) end += 2
  return end
}

function isFillIn(tokens: Tokens, index: number): boolean {
  const value = tokens.value(index)
  if (fillIns.has(value)) return true
  // `XXXX` of any length, also as a date or price (`XX/XX`, `XX.XX`), and blanks to fill: `___`.
  return /^X{2,}(?:[/.:\-]X+)*$/.test(value) || /^_{3,}$/.test(value)
}

// `<br>` and friends are markup that a placeholder syntax happens to match.
function isMarkup(value: string): boolean {
  const tag = /^<\/?([A-Za-z][A-Za-z0-9]*)\s*\/?>$/.exec(value)
  return tag !== null && notFillIns.has(tag[1]!.toLowerCase())
}

/** What a slot asks for, as a hint: `[insert date]` → `the date`. */
function describeSlot(value: string): string {
  const key = value
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.\-/|]+/g, ' ')
    .replace(/^(insert|enter|add|put|fill in|your)\s+/i, '')
    .trim()
    .toLowerCase()
  return key && !/^x+$|^(tbd|tbc|tba)$/.test(key) ? `the ${key}` : 'the missing detail'
}
