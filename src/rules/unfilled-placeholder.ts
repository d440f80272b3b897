import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {tokensOf, type Tokens} from '../engine/tokens.js'
import {unfilledPlaceholderData as data} from '../generated/rules.js'
import {report, slice} from '../report.js'
import type {Severity} from '../types.js'
import {isNamePlaceholder, parseCustomerNames} from './customer-name.js'
import {isCriticalKind, type RuleCheck} from './data.js'
import {ownGreeting} from './unfilled-placeholder/greetings.js'
import {isFormBlank} from './unfilled-placeholder/forms.js'
import {
  isBracketNumber,
  isBracketValue,
  isEditorialNote,
  isKey,
  isLabelShaped,
  isMarkup,
  isQuotedStatus,
  isScreenText,
  isUiLabel,
  pressVerbs
} from './unfilled-placeholder/labels.js'
import {datesWritten, maskAfter, maskEnd, maskMark, maskedNumberEnd} from './unfilled-placeholder/masks.js'
import {paragraphsOf} from './unfilled-placeholder/paragraphs.js'
import {
  explained,
  explainsSyntax,
  familyKey,
  gluedToShown,
  inFormatString,
  inUrl,
  isCodeVariable,
  isConfigSection,
  isFormatConversion,
  isMention,
  isShownAsSyntax,
  isTemplateLogic,
  singleQuoted,
  spreads
} from './unfilled-placeholder/shown.js'

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
    // Slots shown as code (a URL's, a path's, a setting's part, a shell's
    // variable) or explained (by what they stand for, as the customer's to
    // type or replace, in a paragraph that explains syntax): named again
    // anywhere in the reply ("… and {iso_time} is in UTC"), they are shown,
    // not left to fill; a greeting's slot of the reply's own is still one.
    const shown = new Set<string>()
    // A paragraph that shows one slot of a syntax as syntax ("type [Tenant
    // Name] where the name should go … The same works for [Unit]") shows
    // that syntax's other slots too: its findings wait for the paragraph's
    // verdict. Only a placeholder named by a word of showing counts (not a
    // quoted status or "XX for example"), only slots that open with the same
    // mark are hidden, and a greeting's slot stays one.
    const showing = new Set<string>()
    // A reply that names one control in brackets ("tap [Devices], then
    // [Add device]") names its other capitalised brackets so ("if the app
    // shows [Retry]", a numbered step's "use [Edit] in the same row"); after
    // a verb of pressing, one with a slot's words too ("click [My account]").
    // Measured over every blind set, a stricter place (after a verb of using
    // one) lost nine of these for no slot found: "booked for [Weekday]" in
    // such a reply is a known miss.
    let controlNamed = false
    const found: Array<{index: number; end: number; mask: boolean}> = []
    const text = String(file.value)
    let dates: Set<string> | undefined
    // A reply that names one date mask as a format ("receipts show dates as
    // MM/DD/YYYY") talks of formats: "to switch to DD/MM/YYYY, go to …".
    const masksNamed = new Set<number>()
    for (let index = 0; index < tokens.length; index++) {
      const end = slotEnd(tokens, index)
      // Liquid or Handlebars logic (`{% if … %}`) shows the paragraph's braces as template code.
      if (end === index && tokens.kind(index) === 'source' && isTemplateLogic(tokens.value(index)))
        showing.add(familyKey(tokens, index))
      if (end === index) continue
      // Slot-shaped text that is not a slot left to fill (see the rule data).
      const masked = maskedNumberEnd(tokens, index)
      const code = inUrl(tokens, index) || isCodeVariable(tokens, index) || isConfigSection(tokens, index)
      const value = tokens.value(index)
      const mask = maskEnd(tokens, index) === end
      const explainedHere = explained(tokens, index, end)
      const inSyntax = explainsSyntax(tokens, index)
      const shownAsSyntax = isShownAsSyntax(tokens, index, explainedHere)
      const mention =
        shownAsSyntax ||
        isMention(tokens, index, end) ||
        singleQuoted(text, tokens, index, end) ||
        (mask &&
          ((index > 0 && maskAfter.has(tokens.norm(index - 1))) ||
            (dates ??= datesWritten(text)).has(maskMark(tokens, index, end))))
      // Explained once as code or by what it stands for, a slot is shown
      // wherever it stands ("host: ${DB_HOST} … the ${DB_HOST} part is filled
      // in at deploy time"); a slot only quoted or named as a tag is not.
      // What a screen shows ("the display shows [NO COMMS]") is that wherever it is named again ("if it still says [NO COMMS]").
      const screen = isScreenText(tokens, index)
      if (code || explainedHere || spreads(tokens, index) || inSyntax || screen) shown.add(value)
      if (mention && mask) masksNamed.add(paragraphsOf(tokens).of[index]!)
      // A slot with a filter (`{{ name | default: "there" }}`) is syntax shown, too.
      if (tokens.kind(index) === 'source' && (shownAsSyntax || /\|\s*[a-z_]+\s*:/.test(value)))
        showing.add(familyKey(tokens, index))
      const shownSo = masked > index || code || screen || shown.has(value) || mention || isQuotedStatus(tokens, index)
      const control = !shownSo && isUiLabel(tokens, index)
      if (control) controlNamed = true
      if (
        shownSo ||
        control ||
        isKey(value) ||
        inFormatString(tokens, index, end) ||
        isFormatConversion(tokens, index) ||
        isBracketValue(tokens, index) ||
        isFormBlank(tokens, index, end, text) ||
        inSyntax
      ) {
        index = Math.max(masked, end) - 1
        continue
      }
      found.push({index, end, mask})
      index = end - 1
    }
    for (const {index, end, mask} of found) {
      const value = tokens.value(index)
      const hidden =
        showing.has(familyKey(tokens, index)) || shown.has(value) || gluedToShown(tokens, index, end, shown)
      if (hidden && !ownGreeting(tokens, index)) continue
      // After a verb of the screen, a capitalised bracket is a control too, even with a slot's word ("[My account]").
      const pressed = index > 0 && pressVerbs.has(tokens.norm(index - 1)) && /^\[\p{Lu}/u.test(value)
      if (controlNamed && (isLabelShaped(value) || pressed)) continue
      if (mask && masksNamed.has(paragraphsOf(tokens).of[index]!)) continue
      const start = tokens.start(index)
      const stop = tokens.end(end - 1)
      const actual = slice(file, start, stop)
      const isName = end === index + 1 && tokens.kind(index) === 'source' && isNamePlaceholder(actual)
      names ??= parseCustomerNames(file.data.customerName ?? options?.customerName)
      const name = isName ? names[0] : undefined
      const fill = name
        ? /last|surname/i.test(actual) && name.surname
          ? name.surname
          : /full/i.test(actual)
            ? name.display
            : name.first
        : undefined
      const expected: string[] = fill ? [fill] : isName ? [data.suggestions[0]!] : [describeSlot(actual)]
      report(file, {
        ruleId: 'unfilled-placeholder',
        severity,
        reason: fill
          ? `Unexpected unfilled placeholder \`${actual}\`, fill in the customer's name: \`${fill}\``
          : `Unexpected unfilled placeholder \`${actual}\`, fill it in before sending`,
        start,
        end: stop,
        actual,
        expected,
        note: data.note,
        safeFix: fill !== undefined,
        critical: isCriticalKind(data.score, 'unfilled')
      })
    }
  }
}

/** The end of a fill-in starting at `index` (a placeholder, `XX/XX`, `TBD`, `___`), or `index`. */
function slotEnd(tokens: Tokens, index: number): number {
  const kind = tokens.kind(index)
  if (kind === 'source') {
    const value = tokens.value(index)
    return isMarkup(value) ||
      isFilledReference(value) ||
      isBracketNumber(value) ||
      isEditorialNote(value) ||
      isUrlEscape(value) ||
      isTemplateLogic(value)
      ? index
      : index + 1
  }
  const mask = maskEnd(tokens, index)
  if (mask > index) return mask
  if (!isFillIn(tokens, index)) return index
  // `XX/XX/XXXX`, `$XX.XX`: fill-ins joined by marks with no space between are one.
  let end = index + 1
  while (
    end + 1 < tokens.length &&
    tokens.gap(end) === 'none' &&
    tokens.gap(end + 1) === 'none' &&
    tokens.kind(end) !== 'word' &&
    isFillIn(tokens, end + 1)
  )
    end += 2
  return end
}

// `%20` in a link: a URL escape, not a `%name%` slot.
function isUrlEscape(value: string): boolean {
  return /^%[0-9A-Fa-f]{2}$/.test(value)
}

// `[ref HV-20931]`: a bracket that already holds a real reference number
// (a run of three digits or more) was filled in, unlike `[Address line 1]`.
function isFilledReference(value: string): boolean {
  return /^\[(?!\[)[^\]]*\p{N}{3,}[^\]]*\]$/u.test(value)
}

function isFillIn(tokens: Tokens, index: number): boolean {
  const value = tokens.value(index)
  if (fillIns.has(value)) return true
  // `CLM-XXXXX`, `REF-2024-XXXX`: a reference whose number is a run of X.
  if (/^(?:[A-Z0-9]+[-/])+X{3,}(?:[-/][A-Z0-9]+)*$/.test(value)) return true
  // `XXXX` of any length, also as a date or price (`XX/XX`, `XX.XX`), and blanks to fill: `___`.
  return /^X{2,}(?:[/.:-]X+)*$/.test(value) || /^_{3,}$/.test(value)
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
  // One letter or digit names nothing a person would write (`%s` → "the s").
  return key.length > 1 && !/^x+$|^(tbd|tbc|tba)$/.test(key) ? `the ${key}` : 'the missing detail'
}
