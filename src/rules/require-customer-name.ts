import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {PhraseIndex} from '../engine/phrase-index.js'
import {tokensOf, type Tokens} from '../engine/tokens.js'
import {requireCustomerNameData as data} from '../generated/rules.js'
import {report, slice} from '../report.js'
import {isCriticalKind, type RuleCheck} from './data.js'
import type {Severity} from '../types.js'
import {
  couldBeName,
  type CustomerName,
  isCommonWord,
  isNamePlaceholder,
  isOtherPartyPlaceholder,
  isParticle,
  isTitle,
  namesCustomer,
  normalizeName,
  parseCustomerNames,
  withoutHonorific
} from './customer-name.js'

export interface RequireCustomerNameOptions {
  /** `warn` or `error` (default: `error`). */
  readonly severity?: Exclude<Severity, 'off'> | null | undefined
  /** The customer's name; a list for aliases. `file.data.customerName` wins. */
  readonly customerName?: string | readonly string[] | null | undefined
  /** The placeholder to suggest when no name is known; makes that a safe fix. */
  readonly namePlaceholder?: string | null | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** The customer this reply is for (set by `checkReply`). */
    customerName: string | readonly string[] | null | undefined
  }
}

/** What opens the reply. */
type Greeting =
  | {kind: 'generic'; start: number; end: number; word: string; placeholder?: boolean; friendly?: boolean}
  | {kind: 'named'; start: number; end: number; checked: boolean}
  | {kind: 'placeholder'}
  | {kind: 'none'}

let indexes: {greetings: PhraseIndex; generic: PhraseIndex; salutations: PhraseIndex} | undefined

function getIndexes() {
  return (indexes ??= {
    greetings: new PhraseIndex([{id: 'greeting', phrases: data.greetings}], 'require-customer-name.greetings'),
    generic: new PhraseIndex(
      [{id: 'generic', phrases: data.genericAddressees}],
      'require-customer-name.genericAddressees'
    ),
    salutations: new PhraseIndex(
      [{id: 'salutation', phrases: data.genericSalutations}],
      'require-customer-name.genericSalutations'
    )
  })
}

const friendly = new Set(data.friendlyAddressees)
// "Leaseholder", "Taxpayer": a compound role noun, not a name (a name such as
// "Holder" alone is not one: the suffix must follow something).
const roleSuffix = new RegExp(`^\\p{L}{3,}(?:${(data.genericAddresseeSuffixes ?? []).join('|')})$`, 'u')

// Words after which a comma and a name are direct address: "Thanks, Dana!".
const vocativeOpeners = new Set([
  'thanks',
  'you',
  'again',
  'much',
  'hi',
  'hello',
  'hey',
  'sorry',
  'congratulations',
  'congrats',
  'back',
  'course',
  'absolutely',
  'sure',
  'great',
  'cheers',
  'welcome',
  'morning',
  'afternoon',
  'evening',
  'problem',
  'worries',
  'news',
  'done',
  'right'
])

// Words that open the clause after a vocative: "…, Marcus, and I've …".
const clauseOpeners = new Set([
  'and',
  'but',
  'so',
  'i',
  "i've",
  "i'm",
  "i'll",
  'we',
  "we've",
  "we're",
  "we'll",
  'you',
  "you'll",
  "you're",
  'it',
  "it's",
  'please',
  "here's",
  'just',
  'if',
  'let',
  "let's",
  'your',
  'the',
  'this',
  'that',
  "that's",
  'there',
  "there's",
  'thanks',
  'thank'
])
// Words that follow a lower-case chat greeting's name: "hey priya thanks for waiting".
const chatClauseOpeners = new Set([
  ...clauseOpeners,
  'thanks',
  'thank',
  'thx',
  'ty',
  'ta',
  'sorry',
  'good',
  'great',
  'glad',
  'hope',
  'welcome',
  'happy',
  'quick',
  'yes',
  'yep',
  'ok',
  'okay',
  'sure',
  'all',
  'here',
  'got',
  'sounds',
  'looks',
  'no',
  'hi',
  'how'
])

/**
 * retext plugin: the customer must be addressed by name (or a name
 * placeholder). Generic salutations and a missing name get suggestions; a
 * greeting that names someone else, when `customerName` is known, is flagged
 * as the wrong name with the right one suggested.
 */
export default function retextRequireCustomerName(options?: Readonly<RequireCustomerNameOptions> | null) {
  const check = createRequireCustomerNameCheck(options)
  return (tree: Root, file: VFile): undefined =>
    check(tokensOf(tree, file.data.customerName ?? options?.customerName), file)
}

export function createRequireCustomerNameCheck(options?: Readonly<RequireCustomerNameOptions> | null): RuleCheck {
  const severity = options?.severity ?? data.severity
  const namePlaceholder = options?.namePlaceholder || undefined

  return function (tokens, file) {
    if (!tokens.hasWords()) return
    const names = parseCustomerNames(file.data.customerName ?? options?.customerName)
    const suggestion = names[0]?.first ?? namePlaceholder ?? data.suggestions.placeholder
    const safeFix = names.length > 0 || namePlaceholder !== undefined
    const text = (start: number, end: number) => slice(file, tokens.start(start), tokens.end(end - 1))

    const greeting = findGreeting(tokens, names)
    let named = false
    for (let index = 0; index < tokens.length && !named; index++)
      named = tokens.kind(index) === 'source' && isNamePlaceholder(tokens.value(index))

    // "Hi," or "Hi there" followed by "Thanks, Samantha!" does address the customer.
    if (greeting.kind === 'generic' && greeting.friendly) {
      if (named || addressedByName(tokens, names)) return
    }

    if (greeting.kind === 'generic') {
      const actual = text(greeting.start, greeting.end)
      const replacement = `${greeting.word} ${suggestion}`
      report(file, {
        ruleId: 'require-customer-name',
        severity,
        reason: greeting.placeholder
          ? `Unexpected placeholder in \`${actual}\`, it does not name the customer: use \`${replacement}\``
          : `Unexpected generic salutation \`${actual}\`, address the customer by name: \`${replacement}\``,
        start: tokens.start(greeting.start),
        end: tokens.end(greeting.end - 1),
        actual,
        expected: [replacement],
        note: data.note,
        safeFix
      })
      return
    }

    if (greeting.kind === 'placeholder') named = true
    if (greeting.kind === 'named') {
      const words = range(greeting.start, greeting.end).map((index) => tokens.value(index))
      if (names.length === 0 || namesCustomer(words, names)) named = true
      else if (greeting.checked) {
        reportWrongName(file, tokens, greeting.start, greeting.end, names, severity, text(greeting.start, greeting.end))
        return
      }
    }

    if (named || addressedByName(tokens, names)) return

    const insertion = `Hi ${suggestion},`
    report(file, {
      ruleId: 'require-customer-name',
      severity,
      reason: `Expected the customer's name, greet them first: \`${insertion}\``,
      start: tokens.start(0),
      actual: '',
      expected: [`${insertion}\n\n`],
      note: data.note,
      safeFix
    })
  }
}

function reportWrongName(
  file: VFile,
  tokens: Tokens,
  start: number,
  end: number,
  names: readonly CustomerName[],
  severity: Exclude<Severity, 'off'>,
  actual: string
): void {
  const name = names[0]!
  const title = isTitle(tokens.value(start)) ? tokens.value(start) : undefined
  const expected = title && name.surname ? [`${title} ${name.surname}`, name.first] : [name.first]
  report(file, {
    ruleId: 'require-customer-name',
    severity,
    reason: `Unexpected name \`${actual}\`, this reply is for \`${name.display}\`: use \`${expected[0]}\``,
    start: tokens.start(start),
    end: tokens.end(end - 1),
    actual,
    expected,
    note: `Greeting a customer by someone else's name tells them the reply was not written for them. ${data.note}`,
    safeFix: expected.length === 1,
    critical: isCriticalKind(data.score, 'wrong-name')
  })
}

/** Look for a greeting at the start of each of the first three lines. */
function findGreeting(tokens: Tokens, names: readonly CustomerName[]): Greeting {
  let lines = 0
  for (let index = 0; index < tokens.length && lines < 3; index++) {
    if (index > 0 && tokens.sameLine(index)) continue
    lines++
    const greeting = greetingAt(tokens, index, names)
    if (greeting.kind !== 'none') return greeting
  }
  return {kind: 'none'}
}

function greetingAt(tokens: Tokens, start: number, names: readonly CustomerName[]): Greeting {
  const {greetings, generic, salutations} = getIndexes()
  // "@dana Please use …" (after any emphasis marks) addresses the person.
  let opening = start
  while (opening < tokens.length && tokens.kind(opening) === 'punct' && tokens.sameLine(opening + 1)) opening++
  if (start === 0 && isMention(tokens, opening))
    return {kind: 'named', start: opening, end: opening + 2, checked: false}

  const salutation = salutations.matchAt(tokens, start)
  if (salutation) return {kind: 'generic', start, end: salutation.end, word: 'Dear'}

  const greeting = greetings.matchAt(tokens, start)
  if (!greeting) {
    // "{%ticket.collaboratorName%}, your card is in the post."
    if (
      start === 0 &&
      tokens.kind(start) === 'source' &&
      /^[,!—–-]$/.test(tokens.value(start + 1)) &&
      !isOtherPartyPlaceholder(tokens.value(start))
    )
      return {kind: 'placeholder'}
    // "Grace, your card is in the post." opens the reply with the name itself.
    const end = start === 0 ? nameRun(tokens, start) : start
    if (end > start && tokens.sameLine(end) && /^[,!—–-]$/.test(tokens.value(end)))
      return {kind: 'named', start, end, checked: false}
    return {kind: 'none'}
  }

  const word = range(start, greeting.end)
    .map((index) => tokens.value(index))
    .join(' ')
  const empty: Greeting = {kind: 'generic', start, end: greeting.end, word, friendly: true}
  let index = greeting.end
  // "Hi, Dana," and "Hello again, Mrs. Okafor,"
  if (index < tokens.length && tokens.norm(index) === ',' && tokens.sameLine(index) && tokens.sameLine(index + 1)) {
    if (tokens.kind(index + 1) === 'source' || nameRun(tokens, index + 1) > index + 1) index++
  }
  // "Hi @dana": a mention addresses the person by their handle.
  if (isMention(tokens, index)) return {kind: 'named', start: index, end: index + 2, checked: false}
  if (!tokens.sameLine(index) || tokens.kind(index) === 'punct' || tokens.kind(index) === 'symbol') return empty

  if (tokens.kind(index) === 'source') {
    // A placeholder in the name slot is filled in per recipient, whatever its
    // syntax or key ("Hi %s,", "Dear {{ salutation }} {{ lastName }},");
    // "Hi {agent_name}" greets someone, but not the customer.
    // Two in a row fill it together ("{{ title }} {{ surname }}"): the last decides.
    let last = index
    while (tokens.kind(last + 1) === 'source' && tokens.sameLine(last + 1)) last++
    return isOtherPartyPlaceholder(tokens.value(last)) && !isNamePlaceholder(tokens.value(index))
      ? {kind: 'generic', start, end: last + 1, word, placeholder: true}
      : {kind: 'placeholder'}
  }

  const genericMatch = generic.matchAt(tokens, index)
  if (genericMatch) {
    // "Hi there, Dana!" still names the customer.
    let after = genericMatch.end
    if (after < tokens.length && tokens.norm(after) === ',' && tokens.sameLine(after + 1)) after++
    const end = nameRun(tokens, after)
    if (end > after && tokens.sameLine(after)) return {kind: 'named', start: after, end, checked: true}
    const addressee = range(index, genericMatch.end)
      .map((at) => tokens.norm(at))
      .join(' ')
    return {kind: 'generic', start, end: genericMatch.end, word, friendly: friendly.has(addressee)}
  }

  const end = nameRun(tokens, index)
  if (end === index + 1 && roleSuffix.test(tokens.norm(index))) return {kind: 'generic', start, end, word}
  if (end > index) {
    // "Dear Acme customer", "Hello Acme Member" name a brand and a role, not the customer.
    for (let at = index + 1; at <= end; at++) {
      const brandGeneric = tokens.sameLine(at) ? generic.matchAt(tokens, at) : undefined
      if (brandGeneric && brandGeneric.end >= end) return {kind: 'generic', start, end: brandGeneric.end, word}
    }
    return {kind: 'named', start: index, end, checked: true}
  }

  // "hi dana," in lower case: one word before a pause, not a common word;
  // in chat, with no pause at all: "hey priya thanks for waiting".
  const next = index + 1
  if (tokens.kind(index) === 'word' && !isCommonWord(tokens.value(index))) {
    const pause = next >= tokens.length || tokens.kind(next) === 'punct' || !tokens.sameLine(next)
    if (pause || chatClauseOpeners.has(tokens.norm(next)) || isCustomersName(tokens.value(index), names)) {
      return {kind: 'named', start: index, end: index + 1, checked: true}
    }
  }
  return empty
}

/**
 * The end of a run of name words from `start` on one line ("Mrs. Okafor",
 * "Ms. de la Cruz", "Dana and Sam"); `start` when there is none. A title alone
 * is not a name.
 */
function nameRun(tokens: Tokens, start: number): number {
  let lastName = start
  for (let index = start; index < tokens.length && index < start + 8; index++) {
    if (index > start && !tokens.sameLine(index)) break
    if (tokens.kind(index) !== 'word') break
    if (isTitle(tokens.value(index))) continue
    if (couldBeName(tokens, index)) {
      lastName = index + 1
      continue
    }
    // Particles and "and" join names: "de la Cruz", "Dana and Sam", "Mr and Mrs Okafor".
    if (index > start && (isParticle(tokens, index) || tokens.norm(index) === 'and' || tokens.norm(index) === '&'))
      continue
    break
  }
  return lastName
}

function isMention(tokens: Tokens, index: number): boolean {
  // "@dana", or a template's handle: "@{{author}}".
  const next = tokens.kind(index + 1)
  return tokens.value(index) === '@' && (next === 'word' || next === 'source') && tokens.gap(index + 1) === 'none'
}

/** How many words stand before `index` on its line. */
function wordsBeforeOnLine(tokens: Tokens, index: number): number {
  let words = 0
  for (let at = index - 1; at >= 0; at--) {
    if (tokens.kind(at) === 'word') words++
    if (!tokens.sameLine(at)) break
  }
  return words
}

function range(start: number, end: number): number[] {
  return Array.from({length: end - start}, (_, offset) => start + offset)
}

/** Whether the body names the customer: their known name, or direct address. */
function addressedByName(tokens: Tokens, names: readonly CustomerName[]): boolean {
  return names.length > 0 ? mentionsCustomer(tokens, names) : hasDirectAddress(tokens)
}

/**
 * With a known name: the first name, or surname, capitalised anywhere; in
 * lower case where it is direct address ("thx so much jonas!", "ok sam,")
 * or anywhere in a reply written all in lower case ("ta for that jake").
 */
function mentionsCustomer(tokens: Tokens, names: readonly CustomerName[]): boolean {
  const lowerCaseChat = tokens.kind(0) === 'word' && /^\p{Ll}/u.test(tokens.value(0))
  for (let index = 0; index < tokens.length; index++) {
    if (tokens.kind(index) !== 'word' || !isCustomersName(tokens.value(index), names)) continue
    if (/^\p{Lu}/u.test(tokens.value(index)) || lowerCaseChat) return true
    const after = tokens.sameLine(index + 1) ? tokens.value(index + 1) : ''
    const before = index > 0 && tokens.sameLine(index) ? tokens.norm(index - 1) : ''
    if (index + 1 >= tokens.length || /^[,!?.…—–-]/.test(after) || before === ',' || vocativeOpeners.has(before))
      return true
  }
  return false
}

function isCustomersName(value: string, names: readonly CustomerName[]): boolean {
  const norm = withoutHonorific(normalizeName(value))
  return names.some(
    (name) => norm === name.firstNorm || (name.surnameNorm.length > 0 && norm === name.surnameNorm.at(-1))
  )
}

/** Without a known name: direct address such as "Thanks, Dana!" or "…, Mrs. Okafor." */
function hasDirectAddress(tokens: Tokens): boolean {
  let lastWord = -1
  for (let index = tokens.length - 1; index >= 0; index--) {
    if (tokens.kind(index) === 'word') {
      lastWord = index
      break
    }
  }
  for (let index = 1; index < tokens.length; index++) {
    if (tokens.norm(index - 1) !== ',' || !tokens.sameLine(index)) continue
    const end = nameRun(tokens, index)
    if (end === index) continue
    // "Thanks, Sam" on a short last line is the writer's signature;
    // "Thanks for your patience, Samantha!" is direct address.
    if (end - 1 >= lastWord && wordsBeforeOnLine(tokens, index - 1) <= 2) continue
    if (tokens.sameLine(end) && tokens.kind(end) === 'punct' && /^[.!?—–]/.test(tokens.value(end))) return true
    if (tokens.norm(end) === ',' && index >= 2 && vocativeOpeners.has(tokens.norm(index - 2))) return true
    // Mid-sentence: "I've checked it, Marcus, and …". A lower-case word before
    // the comma tells direct address from a list ("Paris, London, and Rome").
    if (
      tokens.norm(end) === ',' &&
      end === index + 1 &&
      index >= 2 &&
      /^\p{Ll}/u.test(tokens.value(index - 2)) &&
      tokens.sameLine(end + 1) &&
      clauseOpeners.has(tokens.norm(end + 1))
    )
      return true
  }
  return false
}
