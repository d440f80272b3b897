// unfilled-placeholder: bracketed text that is no slot (a control on a
// screen, a key, a value or status a system shows, markup).
import type {Tokens} from '../../engine/tokens.js'
import {unfilledPlaceholderData as data} from '../../generated/rules.js'
import {isNamePlaceholder} from '../customer-name.js'
import {lineStart} from './greetings.js'

const notFillIns = new Set(data.notFillIns)

export const statusWords = new Set(data.statusWords)

const quotedStatus = new Set(data.quotedStatus)

const statusBy = new Set(data.statusBy)

const editorialNotes = new Set(data.editorialNotes)

const uiVerbs = new Set([...data.uiVerbs, ...data.pressVerbs])

const labelWords = new Set(data.labelWords)

const slotNouns = new Set(data.slotNouns)

const labelVerbs = new Set(data.labelVerbs)

const showVerbs = new Set(data.showVerbs)

const statusNotes = new Set(data.statusNotes)

const keyNames = new Set(data.keyNames)

export const pressVerbs = new Set(data.pressVerbs)

/** `[Shift]`, `[Esc]`: a key to press. */
export function isKey(value: string): boolean {
  return value.startsWith('[') && value.endsWith(']') && keyNames.has(value.slice(1, -1).toLowerCase())
}

// `click [Edit]`, `press [Save and return to course]`, `the box marked
// [Optional]`: a label on a screen, a few words with a capital; `click
// [link]` and `marked [Status]` still leave something to fill, but a
// control said to be labelled so is one ("a field labelled [Signer Name]").
export function isUiLabel(tokens: Tokens, index: number): boolean {
  const value = tokens.value(index)
  if (!labelForm.test(value)) return false
  // "a field labelled [Signer Name]": a control said to be labelled so is one, whatever its words.
  if (saidLabelled(tokens, index)) return true
  // "The [Save] button turns green": named as a control after it, too.
  const named = index > 0 && (uiVerbs.has(tokens.norm(index - 1)) || controls.has(tokens.norm(index + 1)))
  if (!named) return false
  // "click the [Insert piped text] button": a control named so is one, whatever its words;
  // "tap [Change time]": a label that starts with a verb of the screen is one too.
  return (
    tokens.norm(index + 1) === 'button' ||
    isLabelShaped(value) ||
    (pressVerbs.has(tokens.norm(index - 1)) && startsWithLabelVerb(value))
  )
}

// "[Change time]": a verb and one word that is no slot's own ("[Open link]",
// "[Call Agent Name]", "[Add link here]" still leave something to fill).
function startsWithLabelVerb(value: string): boolean {
  const words = value.slice(1, -1).toLowerCase().split(/\s+/)
  return words.length <= 2 && labelVerbs.has(words[0]!) && !strongSlotWords.has(words[1] ?? '')
}

const strongSlotWords = new Set(['name', 'here', 'link', 'url', 'email', 'number', 'agent', 'customer', 'address'])

/**
 * Said to be labelled so ("the field marked [Signature]"), or listed after
 * one that is ("the fields marked [Account holder], [Sort code] and
 * [Account number]"): read back over at most a dozen list items, so a text
 * of thousands of bracketed items stays linear.
 */
function saidLabelled(tokens: Tokens, index: number): boolean {
  if (markedAt(tokens, index)) return true
  // A later item of the list ends where the list goes on or stops ("[Sort
  // code] and", "[Account number], sign …"): "labelled [Book now] and [Agent
  // Name] will call you" starts a new clause with a slot.
  const next = index + 1
  if (next < tokens.length && tokens.kind(next) !== 'punct' && !listWords.has(tokens.norm(next))) return false
  let at = index
  for (let items = 0; items < 12; items++) {
    if (markedAt(tokens, at)) return true
    let before = at - 1
    if (before >= 0 && listWords.has(tokens.norm(before))) before--
    if (before >= 0 && tokens.value(before) === ',') before--
    if (before === at - 1 || before < 0) return false
    if (tokens.kind(before) !== 'source' || !labelForm.test(tokens.value(before))) return false
    at = before
  }
  return false
}

/** Right after "the field marked", "a button labelled" and the like. */
function markedAt(tokens: Tokens, index: number): boolean {
  return index >= 2 && labelWords.has(tokens.norm(index - 1)) && labelled.has(tokens.norm(index - 2))
}

const listWords = new Set(['and', 'or'])

// A capital and up to five words in brackets; a menu item's trailing dots
// ("[Move to...]") are part of its label.
const labelForm = /^\[\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,4}(?:\.\.\.|…)?\]$/u

/** A capitalised word or few in brackets that names no slot: `[Retry]`, `[Test audio]`. */
export function isLabelShaped(value: string): boolean {
  return labelForm.test(value) && !namesSlot(value) && !isNamePlaceholder(value)
}

/**
 * A bracket that opens with a number (after a size's code of up to three
 * capitals) and names no slot: a value, a size or a time written in ("L
 * [EU 40]", "[10:30]", "[12 places left]"). A word and a counter ("[Person
 * 1]", "[Reason 2]", "[Address line 1]") names what is still to come.
 */
export function isBracketNumber(value: string): boolean {
  return /^\[(?:\p{Lu}{1,3} )?\p{N}[^\]]*\]$/u.test(value) && !namesSlot(value) && !isNamePlaceholder(value)
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
export function isBracketValue(tokens: Tokens, index: number): boolean {
  const value = tokens.value(index)
  // "- [x] Module 1": a list item's checkbox.
  if (/^\[[x✓✔]\]$/u.test(value)) return startsListItem(tokens, index)
  if (!/^\[\p{Lu}\p{Ll}+(?:-\p{L}+)*\]$/u.test(value) || namesSlot(value) || isNamePlaceholder(value)) return false
  const before = index > 0 ? tokens.value(index - 1) : ''
  if (valueWords.has(before.toLowerCase()) || /^\p{Lu}\d$|^\p{Lu}{1,2}\d{1,2}$/u.test(before)) return true
  // A ticket's status in its subject: "Subject: [Resolved] Scratched lenses".
  if (before === ':' && subjectWords.has(tokens.norm(index - 2))) return true
  return startsListItem(tokens, index) && index + 1 < tokens.length && tokens.gap(index + 1) === 'space'
}

/** At a line's start, or right after a bullet that starts one. */
function startsListItem(tokens: Tokens, index: number): boolean {
  return (
    lineStart(tokens, index) || (index > 0 && /^[-*•–]$/.test(tokens.value(index - 1)) && lineStart(tokens, index - 1))
  )
}

/**
 * What a screen or a device shows, after a verb of showing with the screen
 * named just before it ("when the in-home display shows [NO COMMS]"), in
 * words that name no slot; "our records show [X] failed attempts" and "the
 * text we sent says [TEMP PASSWORD]" are still slots.
 */
export function isScreenText(tokens: Tokens, index: number): boolean {
  if (index < 2 || !showVerbs.has(tokens.norm(index - 1))) return false
  const value = tokens.value(index)
  if (!shownForm.test(value) || /^\[X+\]$/.test(value) || namesSlot(value) || isNamePlaceholder(value)) return false
  for (let at = index - 2; at >= 0 && at >= index - 4; at--) if (screens.has(tokens.norm(at))) return true
  return false
}

// A capital or a digit, then up to five words: what a screen shows.
const shownForm = /^\[[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,4}\]$/u

const screens = new Set(data.screens)

const valueWords = new Set(['status', 'level', 'tier', 'grade', 'label', 'tag', 'badge', 'state', 'band'])

const subjectWords = new Set(['subject', 're', 'fw', 'fwd'])

const controls = new Set(['button', 'tab', 'menu', 'icon', 'link', 'toggle', 'checkbox'])

// Singular and plural: "the field marked …", "the fields marked …".
const labelled = new Set(
  [...controls, 'field', 'box', 'column', 'option', 'section', 'panel', 'setting', 'line', 'space'].flatMap((noun) => [
    noun,
    noun.endsWith('x') ? `${noun}es` : `${noun}s`
  ])
)

// "the airline lists the gate as TBD", "TBC by the awarding body": someone
// else's status, quoted, or the decision it waits for named.
export function isQuotedStatus(tokens: Tokens, index: number): boolean {
  if (!statusWords.has(tokens.value(index))) return false
  return (
    (index > 0 && quotedStatus.has(tokens.norm(index - 1))) ||
    (index + 1 < tokens.length && statusBy.has(tokens.norm(index + 1)))
  )
}

// `[attached]`, `[sic]`, `<none>`: an editor's note or a value a system shows;
// `[renewal included]`, `[fully booked]`: a status in lower case.
export function isEditorialNote(value: string): boolean {
  const inner = /^[[<(]\s*([^\]>)]+?)\s*[\]>)]$/.exec(value)?.[1]
  if (inner === undefined) return false
  const words = inner.split(' ')
  if (
    value.startsWith('[') &&
    /^\p{Ll}/u.test(inner) &&
    words.length <= 3 &&
    statusNotes.has(words[words.length - 1]!) &&
    !namesSlot(value)
  )
    return true
  // A log line's level after its thread or logger: "[Server thread/ERROR]".
  const level = /[/:|]\s*([A-Za-z]+)$/.exec(inner)?.[1]
  return editorialNotes.has(inner.toLowerCase()) || (level !== undefined && editorialNotes.has(level.toLowerCase()))
}

// `<br>` and friends are markup that a placeholder syntax happens to match.
export function isMarkup(value: string): boolean {
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)\s*\/?>$/.exec(value)
  return tag !== null && notFillIns.has(tag[1]!.toLowerCase())
}
