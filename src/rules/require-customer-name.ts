import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {PhraseIndex} from '../engine/phrase-index.js'
import {tokensOf, type Token} from '../engine/tokens.js'
import {requireCustomerNameData as data} from '../generated/rules.js'
import {report, slice} from '../report.js'
import type {Severity} from '../types.js'
import {
  couldBeName,
  type CustomerName,
  isCommonWord,
  isNamePlaceholder,
  isParticle,
  isTitle,
  namesCustomer,
  normalizeName,
  parseCustomerNames
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
  | {kind: 'generic'; start: number; end: number; word: string; placeholder?: boolean}
  | {kind: 'named'; start: number; end: number; checked: boolean}
  | {kind: 'placeholder'}
  | {kind: 'none'}

let indexes: {greetings: PhraseIndex; generic: PhraseIndex; salutations: PhraseIndex} | undefined

function getIndexes() {
  return (indexes ??= {
    greetings: new PhraseIndex([{id: 'greeting', phrases: data.greetings}], 'require-customer-name.greetings'),
    generic: new PhraseIndex([{id: 'generic', phrases: data.genericAddressees}], 'require-customer-name.genericAddressees'),
    salutations: new PhraseIndex([{id: 'salutation', phrases: data.genericSalutations}], 'require-customer-name.genericSalutations')
  })
}

// Words after which a comma and a name are direct address: "Thanks, Dana!".
const vocativeOpeners = new Set(['thanks', 'you', 'again', 'much', 'hi', 'hello', 'hey', 'sorry', 'congratulations', 'congrats', 'back', 'course', 'absolutely', 'sure', 'great', 'cheers', 'welcome', 'morning', 'afternoon', 'evening', 'problem', 'worries', 'news', 'done', 'right'])

/**
 * retext plugin: the customer must be addressed by name (or a name
 * placeholder). Generic salutations and a missing name get suggestions; a
 * greeting that names someone else, when `customerName` is known, is flagged
 * as the wrong name with the right one suggested.
 */
export default function retextRequireCustomerName(options?: Readonly<RequireCustomerNameOptions> | null) {
  const severity = options?.severity ?? data.severity
  const namePlaceholder = options?.namePlaceholder || undefined

  return function (tree: Root, file: VFile): undefined {
    const tokens = tokensOf(tree)
    if (!tokens.some((token) => token.kind === 'word')) return
    const names = parseCustomerNames(file.data.customerName ?? options?.customerName)
    const suggestion = names[0]?.first ?? namePlaceholder ?? data.suggestions.placeholder
    const safeFix = names.length > 0 || namePlaceholder !== undefined
    const text = (start: number, end: number) => slice(file, tokens[start]!.start, tokens[end - 1]!.end)

    const greeting = findGreeting(tokens)
    let named = tokens.some((token) => token.kind === 'source' && isNamePlaceholder(token.value))

    if (greeting.kind === 'generic') {
      const actual = text(greeting.start, greeting.end)
      const replacement = `${greeting.word} ${suggestion}`
      report(file, {
        ruleId: 'require-customer-name',
        severity,
        reason: greeting.placeholder
          ? `Unexpected placeholder in \`${actual}\`, it does not name the customer: use \`${replacement}\``
          : `Unexpected generic salutation \`${actual}\`, address the customer by name: \`${replacement}\``,
        start: tokens[greeting.start]!.start,
        end: tokens[greeting.end - 1]!.end,
        actual,
        expected: [replacement],
        note: data.note,
        safeFix
      })
      return
    }

    if (greeting.kind === 'placeholder') named = true
    if (greeting.kind === 'named') {
      const words = tokens.slice(greeting.start, greeting.end).map((token) => token.value)
      if (names.length === 0 || namesCustomer(words, names)) named = true
      else if (greeting.checked) {
        reportWrongName(file, tokens, greeting.start, greeting.end, names, severity, text(greeting.start, greeting.end))
        return
      }
    }

    if (!named) named = names.length > 0 ? mentionsCustomer(tokens, names) : hasDirectAddress(tokens)
    if (named) return

    const insertion = `Hi ${suggestion},`
    const first = tokens[0]!
    report(file, {
      ruleId: 'require-customer-name',
      severity,
      reason: `Expected the customer's name, greet them first: \`${insertion}\``,
      start: first.start,
      actual: '',
      expected: [`${insertion}\n\n`],
      note: data.note,
      safeFix
    })
  }
}

function reportWrongName(
  file: VFile,
  tokens: readonly Token[],
  start: number,
  end: number,
  names: readonly CustomerName[],
  severity: Exclude<Severity, 'off'>,
  actual: string
): void {
  const name = names[0]!
  const title = isTitle(tokens[start]!.value) ? tokens[start]!.value : undefined
  const expected = title && name.surname ? [`${title} ${name.surname}`, name.first] : [name.first]
  report(file, {
    ruleId: 'require-customer-name',
    severity,
    reason: `Unexpected name \`${actual}\`, this reply is for \`${name.display}\`: use \`${expected[0]}\``,
    start: tokens[start]!.start,
    end: tokens[end - 1]!.end,
    actual,
    expected,
    note: `Greeting a customer by someone else's name tells them the reply was not written for them. ${data.note}`,
    safeFix: expected.length === 1
  })
}

/** Look for a greeting at the start of each of the first three lines. */
function findGreeting(tokens: readonly Token[]): Greeting {
  let lines = 0
  for (let index = 0; index < tokens.length && lines < 3; index++) {
    if (index > 0 && tokens[index]!.gap !== 'line' && tokens[index]!.gap !== 'paragraph') continue
    lines++
    const greeting = greetingAt(tokens, index)
    if (greeting.kind !== 'none') return greeting
  }
  return {kind: 'none'}
}

function greetingAt(tokens: readonly Token[], start: number): Greeting {
  const {greetings, generic, salutations} = getIndexes()
  // "@dana Please use …" (after any emphasis marks) addresses the person.
  let opening = start
  while (tokens[opening]?.kind === 'punct' && sameLine(tokens, opening + 1)) opening++
  if (start === 0 && isMention(tokens, opening)) return {kind: 'named', start: opening, end: opening + 2, checked: false}

  const salutation = salutations.matchAt(tokens, start)
  if (salutation) return {kind: 'generic', start, end: salutation.end, word: 'Dear'}

  const greeting = greetings.matchAt(tokens, start)
  if (!greeting) {
    // "Grace, your card is in the post." opens the reply with the name itself.
    const end = start === 0 ? nameRun(tokens, start) : start
    const pause = tokens[end]
    if (end > start && pause && sameLine(tokens, end) && /^[,!—–-]$/.test(pause.value)) return {kind: 'named', start, end, checked: false}
    return {kind: 'none'}
  }

  const word = tokens.slice(start, greeting.end).map((token) => token.value).join(' ')
  const empty: Greeting = {kind: 'generic', start, end: greeting.end, word}
  let index = greeting.end
  // "Hi, Dana," and "Hello again, Mrs. Okafor,"
  if (tokens[index]?.norm === ',' && sameLine(tokens, index) && sameLine(tokens, index + 1)) {
    const next = tokens[index + 1]
    if (next?.kind === 'source' || nameRun(tokens, index + 1) > index + 1) index++
  }
  const first = tokens[index]
  // "Hi @dana": a mention addresses the person by their handle.
  if (isMention(tokens, index)) return {kind: 'named', start: index, end: index + 2, checked: false}
  if (!first || !sameLine(tokens, index) || first.kind === 'punct' || first.kind === 'symbol') return empty

  if (first.kind === 'source') {
    // "Hi {agent_name}" greets someone, but not the customer.
    return isNamePlaceholder(first.value) ? {kind: 'placeholder'} : {kind: 'generic', start, end: index + 1, word, placeholder: true}
  }

  const genericMatch = generic.matchAt(tokens, index)
  if (genericMatch) {
    // "Hi there, Dana!" still names the customer.
    let after = genericMatch.end
    if (tokens[after]?.norm === ',' && sameLine(tokens, after + 1)) after++
    const end = nameRun(tokens, after)
    if (end > after && sameLine(tokens, after)) return {kind: 'named', start: after, end, checked: true}
    return {kind: 'generic', start, end: genericMatch.end, word}
  }

  const end = nameRun(tokens, index)
  if (end > index) {
    // "Dear Acme customer" names a brand, not the customer.
    const brandGeneric = sameLine(tokens, end) ? generic.matchAt(tokens, end) : undefined
    if (brandGeneric) return {kind: 'generic', start, end: brandGeneric.end, word}
    return {kind: 'named', start: index, end, checked: true}
  }

  // "hi dana," in lower case: one word before a pause, not a common word.
  const next = tokens[index + 1]
  if (first.kind === 'word' && !isCommonWord(first) && (!next || next.kind === 'punct' || !sameLine(tokens, index + 1))) {
    return {kind: 'named', start: index, end: index + 1, checked: true}
  }
  return empty
}

/**
 * The end of a run of name words from `start` on one line ("Mrs. Okafor",
 * "Ms. de la Cruz", "Dana and Sam"); `start` when there is none. A title alone
 * is not a name.
 */
function nameRun(tokens: readonly Token[], start: number): number {
  let lastName = start
  for (let index = start; index < tokens.length && index < start + 8; index++) {
    const token = tokens[index]!
    if (index > start && !sameLine(tokens, index)) break
    if (token.kind !== 'word') break
    if (isTitle(token.value)) continue
    if (couldBeName(token)) {
      lastName = index + 1
      continue
    }
    // Particles and "and" join names: "de la Cruz", "Dana and Sam", "Mr and Mrs Okafor".
    if (index > start && (isParticle(token) || token.norm === 'and' || token.norm === '&')) continue
    break
  }
  return lastName
}

function isMention(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.value === '@' && tokens[index + 1]?.kind === 'word' && tokens[index + 1]!.gap === 'none'
}

function sameLine(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && token.gap !== 'line' && token.gap !== 'paragraph'
}

/** With a known name: the first name, or surname, capitalised anywhere. */
function mentionsCustomer(tokens: readonly Token[], names: readonly CustomerName[]): boolean {
  return tokens.some((token) => {
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.value)) return false
    const norm = normalizeName(token.value)
    return names.some((name) => norm === name.firstNorm || (name.surnameNorm.length > 0 && norm === name.surnameNorm.at(-1)))
  })
}

/** Without a known name: direct address such as "Thanks, Dana!" or "…, Mrs. Okafor." */
function hasDirectAddress(tokens: readonly Token[]): boolean {
  let lastWord = -1
  for (let index = tokens.length - 1; index >= 0; index--) {
    if (tokens[index]!.kind === 'word') {
      lastWord = index
      break
    }
  }
  for (let index = 1; index < tokens.length; index++) {
    if (tokens[index - 1]!.norm !== ',' || !sameLine(tokens, index)) continue
    const end = nameRun(tokens, index)
    // A name that ends the reply is most likely the writer's signature.
    if (end === index || end - 1 >= lastWord) continue
    const after = tokens[end]
    if (after && sameLine(tokens, end) && after.kind === 'punct' && /^[.!?]/.test(after.value)) return true
    const before = tokens[index - 2]
    if (after?.norm === ',' && before && vocativeOpeners.has(before.norm)) return true
  }
  return false
}
