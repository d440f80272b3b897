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
const mentionedAfter = new Set(data.mentionedAfter)
const mentionsThatSpread = new Set(data.mentionsThatSpread)
const mentionedBefore = data.mentionedBefore.map((phrase) => phrase.split(' '))
const statusWords = new Set(data.statusWords)
const quotedStatus = new Set(data.quotedStatus)
const statusBy = new Set(data.statusBy)
const editorialNotes = new Set(data.editorialNotes)
const codeWords = new Set(data.codeWords)
const syntaxWords = data.syntaxWords.map((phrase) => phrase.split(' '))
const uiVerbs = new Set([...data.uiVerbs, ...data.pressVerbs])
const labelWords = new Set(data.labelWords)
const slotNouns = new Set(data.slotNouns)
const keyNames = new Set(data.keyNames)
const pressVerbs = new Set(data.pressVerbs)
const introWords = data.snippetIntros.map((phrase) => phrase.split(' '))

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
    const controlsShown = new Set<number>()
    const found: Array<{index: number; end: number}> = []
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
      const shownAsSyntax = isShownAsSyntax(tokens, index, end)
      const mention =
        shownAsSyntax ||
        isMention(tokens, index, end) ||
        singleQuoted(text, tokens, index, end) ||
        (maskEnd(tokens, index) === end &&
          ((index > 0 && maskAfter.has(tokens.norm(index - 1))) ||
            (dates ??= datesWritten(text)).has(maskMark(tokens, index, end))))
      // Explained once as code or by what it stands for, a slot is shown
      // wherever it stands ("host: ${DB_HOST} … the ${DB_HOST} part is filled
      // in at deploy time"); a slot only quoted or named as a tag is not.
      if (code || explained(tokens, index, end) || spreads(tokens, index) || explainsSyntax(tokens, index))
        shown.add(tokens.value(index))
      if (mention && maskEnd(tokens, index) === end) masksNamed.add(paragraphsOf(tokens).of[index]!)
      // A slot with a filter (`{{ name | default: "there" }}`) is syntax shown, too.
      if (tokens.kind(index) === 'source' && (shownAsSyntax || /\|\s*[a-z_]+\s*:/.test(tokens.value(index))))
        showing.add(familyKey(tokens, index))
      if (
        masked > index ||
        code ||
        shown.has(tokens.value(index)) ||
        mention ||
        isQuotedStatus(tokens, index) ||
        isUiLabel(tokens, index, controlsShown) ||
        isKey(tokens.value(index)) ||
        inFormatString(tokens, index, end) ||
        isFormatConversion(tokens, index) ||
        isBracketValue(tokens, index) ||
        explainsSyntax(tokens, index)
      ) {
        index = Math.max(masked, end) - 1
        continue
      }
      found.push({index, end})
      index = end - 1
    }
    for (const {index, end} of found) {
      const hidden =
        showing.has(familyKey(tokens, index)) ||
        shown.has(tokens.value(index)) ||
        gluedToShown(tokens, index, end, shown)
      if (hidden && !ownGreeting(tokens, index)) continue
      // After a verb of the screen, a capitalised bracket is a control too, even with a slot's word ("[My account]").
      const before = index > 0 ? tokens.norm(index - 1) : ''
      const pressed = pressVerbs.has(before) && /^\[\p{Lu}/u.test(tokens.value(index))
      if (controlsShown.size > 0 && (isLabelShaped(tokens.value(index)) || pressed)) continue
      if (masksNamed.has(paragraphsOf(tokens).of[index]!) && maskEnd(tokens, index) === end) continue
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

// `[build]` alone on its line, a `key = value` line under it: a TOML or INI
// section, not a slot.
function isConfigSection(tokens: Tokens, index: number): boolean {
  if (!/^\[[a-z][a-z0-9_.-]*\]$/.test(tokens.value(index)) || !lineStart(tokens, index)) return false
  const next = index + 1
  if (next >= tokens.length || (tokens.gap(next) !== 'line' && tokens.gap(next) !== 'paragraph')) return false
  for (let at = next; at < tokens.length && at - next < 12; at++) {
    if (at > next && tokens.gap(at) !== 'none' && tokens.gap(at) !== 'space') break
    if (tokens.value(at).includes('=')) return true
  }
  return false
}

/** `[Shift]`, `[Esc]`: a key to press. */
function isKey(value: string): boolean {
  return value.startsWith('[') && value.endsWith(']') && keyNames.has(value.slice(1, -1).toLowerCase())
}

/** The end of a fill-in starting at `index` (a placeholder, `XX/XX`, `TBD`, `___`), or `index`. */
function slotEnd(tokens: Tokens, index: number): number {
  const kind = tokens.kind(index)
  if (kind === 'source') {
    const value = tokens.value(index)
    return isMarkup(value) ||
      isFilledReference(value) ||
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

// `DD/MM/YYYY`, `HH:MM`: a format mask left where a date or time goes. One
// part alone (`MM`, `DD`) is too often an abbreviation, so it takes two parts
// joined by a mark with no space between.
const maskParts = new Set(data.maskParts)
const maskAfter = new Set(data.maskNamedAfter)
// "your file uses DD/MM/YYYY (e.g. 03/04/2025) while the account is set to
// MM/DD/YYYY": a reply that writes a date the way a mask does talks about the
// format; a mask left to fill stands where no such date is.
// Only a date given as an example counts ("e.g. 03/04/2025", "as 03/04/2025"):
// "valid from DD/MM/YYYY to 31/08/2026" still leaves a date to fill.
function datesWritten(text: string): Set<string> {
  const marks = new Set<string>()
  const example =
    /\b(?:e\.g\.|eg|for example|for instance|such as|like|as|so)\s+(\d{1,4})([/.-])\d{1,2}\2\d{1,4}(?![\d/.-])/gi
  for (const match of text.matchAll(example)) marks.add(match[2]!)
  return marks
}
/** The mark a mask's parts are joined by (`/` of `DD/MM/YYYY`). */
function maskMark(tokens: Tokens, start: number, end: number): string {
  for (let index = start; index < end; index++) {
    const mark = /[/.-]/.exec(tokens.value(index))?.[0]
    if (mark) return mark
  }
  return ''
}
function maskEnd(tokens: Tokens, index: number): number {
  // Tokens split a mask unevenly (`DD/MM`, `/YYYY`): join touching tokens
  // while they hold only mask parts and marks, and keep the longest full mask.
  let text = ''
  let best = index
  // A mask is a few parts (`YYYY-MM-DDTHH:MM` is nine tokens): a longer glued run is no mask, and stopping there keeps a text of `DD/` × n linear.
  for (
    let end = index;
    end < tokens.length && end - index < 12 && (end === index || tokens.gap(end) === 'none');
    end++
  ) {
    text += tokens.value(end)
    const parts = text.split(/[/.:-]/)
    if (!parts.every((part, at) => maskParts.has(part) || (part === '' && at === parts.length - 1))) break
    if (parts.length > 1 && parts.every((part) => maskParts.has(part))) best = end + 1
  }
  return best
}

// `XXXX XXXX XXXX 4410`, `XXX-XXX-1234`, `XXXX-XXXX-0917`: runs of X that
// end in real digits on the same line mask a number that is there; nothing
// is left to fill. The end of the run, or `index`.
function maskedNumberEnd(tokens: Tokens, index: number): number {
  if (/^(?:X{2,}[-./])+\p{N}{2,}$/u.test(tokens.value(index))) return index + 1
  let at = index
  // A masked number has a few groups (a card's four): a longer run of X is
  // not one, and stopping there keeps a text of `XX ` × n linear.
  while (at < tokens.length && at - index < 16 && /^X{2,}$/.test(tokens.value(at))) {
    at++
    if (at < tokens.length && tokens.gap(at) === 'none' && /^[-./]$/.test(tokens.value(at))) at++
    if (at < tokens.length && tokens.gap(at) !== 'none' && tokens.gap(at) !== 'space') return index
  }
  return at > index && at < tokens.length && /^\p{N}{2,}$/u.test(tokens.value(at)) ? at + 1 : index
}

// "type {{first_name}} exactly like that", "as DD/MM/YYYY, for example
// 04/09/1987": the customer is shown what to type. Besides the words of
// showing (`isShownAsSyntax`), a tag named or a slot in quotes.
function isMention(tokens: Tokens, start: number, end: number): boolean {
  // "Our texts always start with [Northgate]": a tag named, not a slot.
  if (
    start > 1 &&
    tokens.norm(start - 1) === 'with' &&
    /^(?:start|starts|starting|begin|begins|beginning|prefixed|tagged)$/.test(tokens.norm(start - 2))
  )
    return true
  return (
    (quoteAt(tokens, start - 1, -1) && quoteAt(tokens, end, 1)) ||
    (quoteAt(tokens, start - 1, -1, backticks) && quoteAt(tokens, end, 1, backticks))
  )
}

/** Whether the words of `phrase` start at `at`. */
function phraseAt(tokens: Tokens, at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => tokens.norm(at + offset) === word)
}

// A double quote within a few tokens of a slot, on its line, on one side;
// or a backtick, which opens and closes code ("set `token: ${API_KEY}`").
const quotes = new Set(['"', '“', '”'])
const openSingle = new Set(["'", '‘'])
const closeSingle = new Set(["'", '’'])

/**
 * "The 'TBD' next to Saturday's lesson": a status in single quotes of its
 * own is named ("your PIN is 'XXXX'" is still a slot). Read in the text: the
 * tokens keep no quote marks (an opening one may sit inside the word, "'TBD").
 */
function singleQuoted(text: string, tokens: Tokens, start: number, end: number): boolean {
  if (end !== start + 1 || !statusWords.has(tokens.value(start).replace(/^['‘]/, ''))) return false
  const from = tokens.start(start).offset
  const to = tokens.end(end - 1).offset
  if (from === undefined || to === undefined) return false
  const opening = openSingle.has(text[from]!) ? text[from] : text[from - 1]
  return opening !== undefined && openSingle.has(opening) && closeSingle.has(text[to] ?? '')
}
const backticks = new Set(['`', '``', '```'])
function quoteAt(tokens: Tokens, from: number, step: 1 | -1, marks: ReadonlySet<string> = quotes): boolean {
  for (let index = from, seen = 0; index >= 0 && index < tokens.length && seen < 8; index += step, seen++) {
    // The gap between this token and its neighbour on the slot's side: a line break ends the search.
    const gap = tokens.gap(step === 1 ? index : index + 1)
    if (gap === 'line' || gap === 'paragraph') return false
    if (marks.has(tokens.value(index))) return true
  }
  return false
}

// `https://shop.example/hooks/{order_id}`, `/v2/orders/{id}/items`,
// `DATABASE_URL=${DB_URL}`, `workout_id=%d`: a URL, a path or an assignment
// shown to a developer, its slot filled by a machine, not by the agent. The
// glued text before it must be one of those ("HX/[case number]" is not).
function inUrl(tokens: Tokens, index: number): boolean {
  if (index === 0 || tokens.gap(index) !== 'none' || !/[/=]$/.test(tokens.value(index - 1))) return false
  let text = ''
  for (let at = index - 1; at >= 0 && index - at <= 40; at--) {
    text = tokens.value(at) + text
    if (/:\/\/|^www\./i.test(text)) return true
    if (tokens.gap(at) !== 'none') break
  }
  return /^\/[\w.-]+\/|^[A-Za-z_][\w.]*=$|[?&][\w.]+=$/.test(text)
}

// `click [Edit]`, `press [Save and return to course]`, `the box marked
// [Optional]`: a label on a screen, a few words with a capital; `click
// [link]` and `marked [Status]` still leave something to fill, but a
// control said to be labelled so is one ("a field labelled [Signer Name]").
function isUiLabel(tokens: Tokens, index: number, shownControls?: Set<number>): boolean {
  // "The [Save] button turns green": named as a control after it, too.
  const named = index > 0 && (uiVerbs.has(tokens.norm(index - 1)) || controls.has(tokens.norm(index + 1)))
  if (!named) return false
  const value = tokens.value(index)
  if (!/^\[\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,4}(?:\.\.\.|…)?\]$/u.test(value)) return false
  // "click the [Insert piped text] button": a control named so is one, whatever its words.
  const label =
    (labelWords.has(tokens.norm(index - 1)) && labelled.has(tokens.norm(index - 2))) ||
    tokens.norm(index + 1) === 'button' ||
    isLabelShaped(value)
  if (label) shownControls?.add(index)
  return label
}

/** A capitalised word or few in brackets that names no slot: `[Retry]`, `[Test audio]`. */
function isLabelShaped(value: string): boolean {
  // A menu item's trailing dots ("[Move to...]") are part of its label.
  return (
    /^\[\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,4}(?:\.\.\.|…)?\]$/u.test(value) &&
    !namesSlot(value) &&
    !isNamePlaceholder(value)
  )
}

/** Whether a bracket's words name what a slot holds ("[Order Number]", "[insert date]"). */
function namesSlot(value: string): boolean {
  return value
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => slotNouns.has(word))
}

// "[Gift] Silk scarf", "with the status [Available]", "B2 [Upper-Intermediate]":
// one capitalised word in brackets that names no slot is a tag or a value
// the system shows. Slots are written in capitals ("[MEDICATION]") or name
// what they hold ("[Name]", "[Agent]").
// Only where a value stands: after a word that names one ("status", "level"),
// after a short code ("B2 [Upper-Intermediate]"), or as a list item's tag
// before its text ("- [Gift] Silk scarf"); "because [Reason]", "by
// [Weekday]", "the [Colour] one" are slots.
function isBracketValue(tokens: Tokens, index: number): boolean {
  const value = tokens.value(index)
  if (!/^\[\p{Lu}\p{Ll}+(?:-\p{L}+)*\]$/u.test(value) || namesSlot(value) || isNamePlaceholder(value)) return false
  const before = index > 0 ? tokens.value(index - 1) : ''
  if (valueWords.has(before.toLowerCase()) || /^\p{Lu}\d$|^\p{Lu}{1,2}\d{1,2}$/u.test(before)) return true
  // A ticket's status in its subject: "Subject: [Resolved] Scratched lenses".
  if (before === ':' && subjectWords.has(tokens.norm(index - 2))) return true
  const item = lineStart(tokens, index) || (index > 0 && /^[-*•–]$/.test(before) && lineStart(tokens, index - 1))
  return item && index + 1 < tokens.length && tokens.gap(index + 1) === 'space'
}
const valueWords = new Set(['status', 'level', 'tier', 'grade', 'label', 'tag', 'badge', 'state', 'band'])
const subjectWords = new Set(['subject', 're', 'fw', 'fwd'])
const controls = new Set(['button', 'tab', 'menu', 'icon', 'link', 'toggle', 'checkbox'])
const labelled = new Set([...controls, 'field', 'box', 'column', 'option', 'section', 'panel', 'setting'])

// A paragraph that explains template syntax to a developer or a seller
// ("anything in double curly braces is filled in"): its slots are shown, not
// left to fill; a greeting's name slot is still one.
function explainsSyntax(tokens: Tokens, index: number): boolean {
  const paragraphs = paragraphsOf(tokens)
  return paragraphs.syntax[paragraphs.of[index]!] === 1 && !(greetingSlot(tokens, index) && ownGreeting(tokens, index))
}

// `%PATH%`, `${API_KEY}`, `${{ secrets.KEY }}` in a paragraph about code
// ("add it to the Path variable", "export API_KEY in your shell"): an
// environment variable the customer sets, not a merge field left empty
// (`%NAME%` and `${first_name}` are names, and stay slots).
function isCodeVariable(tokens: Tokens, index: number): boolean {
  const value = tokens.value(index)
  const ciExpression =
    index > 0 && tokens.value(index - 1) === '$' && tokens.gap(index) === 'none' && /^\{\{[^{}]*\}\}$/.test(value)
  // `<your secret>` in a shell line: the customer's own value to type there.
  const variable =
    // A bare `$NAME` is a shell's only with an underscore (`$API_KEY`): `$PRICE/month`, `$AMOUNT` are slots.
    (/^(?:%[A-Z][A-Z0-9_]*%|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Z][A-Z0-9]*_[A-Z0-9_]+)$/.test(value) ||
      /^<your [^<>]+>$/i.test(value)) &&
    !isNamePlaceholder(value)
  // PowerShell's `$env:KEY`, and a variable a path goes on from, are the shell's wherever they are.
  const glued = (mark: string) => tokens.value(index + 1) === mark && tokens.gap(index + 1) === 'none'
  if (value === '$env' && glued(':')) return true
  if (variable && (glued('\\') || glued('/'))) return true
  if (!ciExpression && !variable) return false
  const paragraphs = paragraphsOf(tokens)
  if (paragraphs.code[paragraphs.of[index]!] === 1) return true
  // `${WEBHOOK_SECRET}` in a config, "set WEBHOOK_SECRET in your dashboard": named bare, it is a variable.
  const name = /^(?:%|\$\{?)([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:%|\})?$/.exec(value)?.[1]
  return name !== undefined && paragraphs.bare.has(name)
}

// `%s`, `%05d`: in a hand-written draft, a printf conversion is a format
// shown to a developer ("Amount %d exceeds your limit", "%05d becomes a
// five-digit counter"): in every blind set none was a slot left to fill, and
// five were shown. A failed merge shows at the greeting ("Dear %s,"), which
// stays a slot.
function isFormatConversion(tokens: Tokens, index: number): boolean {
  return printf.test(tokens.value(index)) && !atGreeting(tokens, index)
}
const printf = /^%(?:\d{1,2}\$)?[-+0 #]?\d{0,3}(?:\.\d{1,2})?[sdif@]$/

/** A salutation's slot: after "Hi", "Dear" … at a line's start, or alone on it before a comma ("%s,"). */
function atGreeting(tokens: Tokens, index: number): boolean {
  return afterGreetingWord(tokens, index) || (lineStart(tokens, index) && tokens.value(index + 1) === ',')
}

/** Whether words right after the slot say what it is ("… part is filled in", "… stands for"). */
function explained(tokens: Tokens, start: number, end: number): boolean {
  // "where {timestamp} is the t= value": a definition.
  if (start > 0 && tokens.norm(start - 1) === 'where' && /^(?:is|are)$/.test(tokens.norm(end))) return true
  const after = tokens.value(end) === ',' || tokens.value(end) === '(' ? end + 1 : end
  return mentionedBefore.some((words) => phraseAt(tokens, after, words))
}

/**
 * "replace <password> with …", "type {{first_name}} …"; and in a sentence
 * that swaps one syntax for another ("replace %%FirstName%% with
 * {{ first_name }} and *|UNSUB|* with {{ unsubscribe_url }}"), each slot of
 * the swap.
 */
function spreads(tokens: Tokens, start: number): boolean {
  if (start === 0) return false
  const before = tokens.norm(start - 1)
  if (mentionsThatSpread.has(before)) return true
  // "… with {{ first_name }} and *|UNSUB|* with …": `and` right after a slot of the swap.
  if (before !== 'with' && !(before === 'and' && tokens.kind(start - 2) === 'source')) return false
  for (let at = start - 2; at >= 0 && start - at <= 12 && !tokens.isBoundary(at + 1); at--)
    if (tokens.norm(at) === 'replace' || tokens.norm(at) === 'swap') return true
  return false
}

/** Whether words of showing name the slot ("type [Name] …", "{first_name} is filled in"), not a quote around it. */
function isShownAsSyntax(tokens: Tokens, start: number, end: number): boolean {
  return (start > 0 && mentionedAfter.has(tokens.norm(start - 1))) || explained(tokens, start, end)
}

/** A slot's paragraph and the mark its syntax opens with: `[`, `{`, `%`, `<` … */
function familyKey(tokens: Tokens, index: number): string {
  return `${paragraphsOf(tokens).of[index]!} ${tokens.value(index).charAt(0)}`
}

// "Hi [Customer Name]," at the start of a line: a greeting's slot, whatever
// the paragraph around it explains.
function greetingSlot(tokens: Tokens, index: number): boolean {
  if (!isNamePlaceholder(tokens.value(index))) return false
  return lineStart(tokens, index) || afterGreetingWord(tokens, index)
}

/**
 * The reply's own greeting's slot: a later "Hi {{ first_name }}," line, once
 * the reply has greeted ("Hi Grace, … add a fallback like this:"), is a
 * template shown.
 */
function ownGreeting(tokens: Tokens, index: number): boolean {
  if (!atGreeting(tokens, index)) return false
  const first = tokens.remember(firstGreetingKey, () => {
    for (let at = 0; at < tokens.length; at++)
      if (afterGreetingWord(tokens, at + 1) || atGreeting(tokens, at)) return at
    return -1
  })
  return first === -1 || first >= index - 1
}
const firstGreetingKey = {}

// `{timestamp}.{raw_body}`: slots joined by a mark into one string, one of
// them shown, show the string.
function gluedToShown(tokens: Tokens, start: number, end: number, shown: ReadonlySet<string>): boolean {
  const before = start > 1 && tokens.gap(start) === 'none' && tokens.gap(start - 1) === 'none'
  const after = end + 1 < tokens.length && tokens.gap(end) === 'none' && tokens.gap(end + 1) === 'none'
  return (before && shown.has(tokens.value(start - 2))) || (after && shown.has(tokens.value(end + 1)))
}

// `%Y-%m-%dT%H:%M:%SZ`: a date format string, where `%dT%` is no `%name%`;
// `<order number>_<side>.pdf`: a file naming rule, its slots glued to an
// extension.
function inFormatString(tokens: Tokens, start: number, end: number): boolean {
  let from = start
  while (from > 0 && tokens.gap(from) === 'none' && start - from < 20) from--
  let to = end
  while (to < tokens.length && tokens.gap(to) === 'none' && to - end < 20) to++
  let text = ''
  let slots = 0
  for (let at = from; at < to; at++) {
    text += tokens.value(at)
    if (tokens.kind(at) === 'source') slots++
  }
  // One-letter conversions only: `%BRANCH%-%ORDER_ID%` is slots, not a format.
  return (
    (text.match(/%[A-Za-z](?![A-Za-z0-9_]*%)/g)?.length ?? 0) >= 3 ||
    (slots >= 2 && /\.[a-z0-9]{2,4}[,.;:!?)]*$/.test(text))
  )
}

/** Right after "Hi", "Dear" … that starts a line. */
function afterGreetingWord(tokens: Tokens, index: number): boolean {
  return index > 0 && greetingWords.has(tokens.norm(index - 1)) && lineStart(tokens, index - 1)
}
const greetingWords = new Set(['hi', 'hello', 'hey', 'dear', 'hiya', 'morning', 'afternoon', 'evening'])
const lineStart = (tokens: Tokens, index: number) =>
  index === 0 || tokens.gap(index) === 'line' || tokens.gap(index) === 'paragraph'

interface Paragraphs {
  /** The paragraph of each token. */
  readonly of: Int32Array
  /** Per paragraph, 1 when it has one of `codeWords`. */
  readonly code: Uint8Array
  /** Per paragraph, 1 when it has one of `syntaxWords`. */
  readonly syntax: Uint8Array
  /** Names written bare in capitals with underscores (`WEBHOOK_SECRET`): a variable's, when one is named so. */
  readonly bare: ReadonlySet<string>
}

// `LOG_LEVEL=DEBUG`, `API_KEY=`: an environment variable set.
const assignment = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+=/
// Worked out once per reply: asking it per slot walked the paragraph for
// each (a 176 KB paragraph of slots took a minute).
const paragraphsKey = {}
function paragraphsOf(tokens: Tokens): Paragraphs {
  return tokens.remember(paragraphsKey, () => {
    const of = new Int32Array(tokens.length)
    let count = 0
    for (let index = 0; index < tokens.length; index++) {
      if (index > 0 && tokens.gap(index) === 'paragraph') count++
      of[index] = count
    }
    const code = new Uint8Array(count + 1)
    const syntax = new Uint8Array(count + 1)
    const bare = new Set<string>()
    for (let index = 0; index < tokens.length; index++) {
      const paragraph = of[index]!
      const value = tokens.value(index)
      if (codeWords.has(tokens.norm(index)) || assignment.test(value)) code[paragraph] = 1
      if (tokens.kind(index) === 'word' && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) bare.add(value)
      if (!syntax[paragraph] && syntaxWords.some((words) => phraseAt(tokens, index, words))) syntax[paragraph] = 1
    }
    // A paragraph that explains syntax, or offers an example, and ends in a
    // colon introduces a snippet: the paragraph after it shows its slots
    // ("Merge fields use double curly braces. For example:\n\nHey {{first_name}}, …").
    const introduces = new Uint8Array(count + 1)
    const endsInColon = new Uint8Array(count + 1)
    for (let index = 0; index < tokens.length; index++) {
      const paragraph = of[index]!
      const last = index + 1 === tokens.length || of[index + 1] !== paragraph
      if (!last || tokens.value(index) !== ':') continue
      endsInColon[paragraph] = 1
      if (syntax[paragraph] || introWords.some((words) => phraseAt(tokens, index - words.length, words)))
        introduces[paragraph] = 1
    }
    // A snippet between a paragraph ending in a colon and one that explains
    // it ("The default is:\n\n    Hi [client_first_name], …\n\nThe words in
    // square brackets are filled in automatically") shows its slots too.
    const explains = Uint8Array.from(syntax, (value, paragraph) => value | code[paragraph]!)
    for (let paragraph = 0; paragraph < count; paragraph++) {
      if (introduces[paragraph] || (endsInColon[paragraph] && explains[paragraph + 2])) syntax[paragraph + 1] = 1
    }
    return {of, code, syntax, bare}
  })
}

// "the airline lists the gate as TBD", "TBC by the awarding body": someone
// else's status, quoted, or the decision it waits for named.
function isQuotedStatus(tokens: Tokens, index: number): boolean {
  if (!statusWords.has(tokens.value(index))) return false
  return (
    (index > 0 && quotedStatus.has(tokens.norm(index - 1))) ||
    (index + 1 < tokens.length && statusBy.has(tokens.norm(index + 1)))
  )
}

// `[attached]`, `[sic]`, `<none>`: an editor's note or a value a system shows.
function isEditorialNote(value: string): boolean {
  const inner = /^[[<(]\s*([^\]>)]+?)\s*[\]>)]$/.exec(value)?.[1]
  if (inner === undefined) return false
  // A log line's level after its thread or logger: "[Server thread/ERROR]".
  const level = /[/:|]\s*([A-Za-z]+)$/.exec(inner)?.[1]
  return editorialNotes.has(inner.toLowerCase()) || (level !== undefined && editorialNotes.has(level.toLowerCase()))
}

// `{% if customer.tags contains 'vip' %}`, `{{#if}}`, `{{/each}}`: a
// template's logic, shown as code; it has no value for the agent to fill.
function isTemplateLogic(value: string): boolean {
  return (
    /^\{%-?\s*(?:if|elsif|else|endif|for|endfor|unless|endunless|case|when|endcase|assign|capture|endcapture|comment|endcomment|raw|endraw)\b/.test(
      value
    ) ||
    /^\{\{~?\s*(?:[#/^]|else\b)/.test(value) ||
    // A Go template's field (Helm's `{{ .Values.secrets.dbPassword }}`): a config's, not a help desk's.
    /^\{\{-?\s*\.[A-Za-z]/.test(value) ||
    // A condition, not a value: a comparison (`{{ states('x') | float < 18 }}`);
    // a call (`{{ formatPrice($total) }}`) or a fallback prints a value, a slot.
    /^\{\{[^{}]*\s(?:[<>]=?|==|!=)\s[^{}]*\}\}$/.test(value)
  )
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

// `<br>` and friends are markup that a placeholder syntax happens to match.
function isMarkup(value: string): boolean {
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)\s*\/?>$/.exec(value)
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
  // One letter or digit names nothing a person would write (`%s` → "the s").
  return key.length > 1 && !/^x+$|^(tbd|tbc|tba)$/.test(key) ? `the ${key}` : 'the missing detail'
}
