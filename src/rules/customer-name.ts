import {boundedMemo} from '../engine/memo.js'
import {normalizeWord} from '../engine/normalize.js'
import type {Tokens} from '../engine/tokens.js'
import {requireCustomerNameData} from '../generated/rules.js'

// What a customer's name looks like, and whether some words are that name.

/** A customer name split into parts we can compare words with. */
export interface CustomerName {
  /** As given, trimmed: for messages. */
  readonly display: string
  /** As given: what to suggest ("Dana"). */
  readonly first: string
  /** As given, everything after the first name ("Okafor", "de la Cruz"). */
  readonly surname: string
  readonly firstNorm: string
  readonly surnameNorm: readonly string[]
}

const titles = new Set(requireCustomerNameData.titles)
const particles = new Set(requireCustomerNameData.particles)

/** "de", "van", "al": lower-case words that belong inside a surname. */
export function isParticle(tokens: Tokens, index: number): boolean {
  return index < tokens.length && tokens.kind(index) === 'word' && particles.has(tokens.norm(index))
}
const notNames = new Set(requireCustomerNameData.notNames)

export function parseCustomerNames(value: string | readonly string[] | null | undefined): CustomerName[] {
  const list = value === null || value === undefined ? [] : typeof value === 'string' ? [value] : value
  const names: CustomerName[] = []
  for (const item of list) {
    const parts = nameParts(String(item))
    // A leading title in the help desk's record ("Dr. Ada Lovelace") is not the first name.
    while (parts.length > 1 && isTitle(parts[0]!)) parts.shift()
    if (parts.length === 0) continue
    names.push({
      display: String(item).trim(),
      first: parts[0]!,
      surname: parts.slice(1).join(' '),
      firstNorm: normalizeName(parts[0]!),
      surnameNorm: parts.slice(1).map(normalizeName)
    })
  }
  return names
}

const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq'])

/**
 * The words of a name as help desks store it: "Sarah Chen (Acme)",
 * "Chen, Sarah", "Sarah Chen <sarah@example.com>", "Sarah Chen Jr.", or only
 * an address, "sarah.chen@example.com", whose local part is the best guess.
 */
function nameParts(value: string): string[] {
  let text = value.replace(/\([^)]*\)|<[^>]*>/g, ' ').trim()
  const address = /^([^\s@]+)@[^\s@]+$/.exec(text)
  if (address) {
    text = address[1]!
      .split(/[._+-]+/)
      .filter((part) => /^\p{L}+$/u.test(part))
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(' ')
  }
  const comma = text.split(',').map((part) => part.trim())
  if (comma.length === 2 && comma[1] && !suffixes.has(normalizeName(comma[1]))) text = `${comma[1]} ${comma[0]}`
  const parts = text.split(/[\s,]+/).filter(Boolean)
  while (parts.length > 1 && suffixes.has(normalizeName(parts.at(-1)!))) parts.pop()
  return parts
}

const honorificSuffixes = new RegExp(`-(?:${(requireCustomerNameData.honorificSuffixes ?? []).join('|')})$`)

/** "tanaka-san" is Tanaka: the suffix is courtesy, not part of the name. */
export function withoutHonorific(norm: string): string {
  return norm.includes('-') ? norm.replace(honorificSuffixes, '') : norm
}

export function normalizeName(value: string): string {
  return normalizeWord(value).replace(/\.$/, '')
}

export function isTitle(value: string): boolean {
  return titles.has(normalizeName(value))
}

/** A word that opens sentences or greetings, never a name ("However", "there"). */
export function isCommonWord(value: string): boolean {
  return notNames.has(normalizeName(value))
}

/** A capitalised word that could be a name: not a sentence opener or greeting. */
export function couldBeName(tokens: Tokens, index: number): boolean {
  if (index >= tokens.length || tokens.kind(index) !== 'word') return false
  const value = tokens.value(index)
  if (!/^\p{Lu}/u.test(value)) return false
  if (/^\p{Lu}{2,}$/u.test(value) && value.length > 3) return false
  return !notNames.has(normalizeName(value))
}

/**
 * Whether the words (`Dana`, `Mrs. Okafor`, `Adaeze Okafor`, `Dana and Sam`)
 * name one of the customers: first name, full name, title and surname, or
 * surname alone; case, accents and apostrophes folded.
 */
export function namesCustomer(words: readonly string[], names: readonly CustomerName[]): boolean {
  const people: string[][] = [[]]
  for (const word of words) {
    const norm = withoutHonorific(normalizeName(word))
    if (norm === 'and' || norm === '&' || norm === ',') people.push([])
    else people.at(-1)!.push(norm)
  }
  return people.some((person) => {
    const hasTitle = person.length > 1 && titles.has(person[0]!)
    const rest = hasTitle ? person.slice(1) : person
    if (rest.length === 0) return false
    return names.some((name) => {
      if (rest[0] === name.firstNorm) return true
      // "Okafor", "Mrs. Okafor", "Ms. de la Cruz", "Ms. Cruz"
      for (let from = 0; from < name.surnameNorm.length; from++) {
        if (sameWords(rest, name.surnameNorm.slice(from))) return true
      }
      // Of two surnames the first is used alone: "Sra. García" for María García López.
      const first = name.surnameNorm[0]
      if (
        first !== undefined &&
        rest.length === 1 &&
        name.surnameNorm.length > 1 &&
        rest[0] === first &&
        !particles.has(first)
      )
        return true
      // One part of a hyphenated surname: "Mrs Adeyemi" for Funke Okonkwo-Adeyemi.
      return (
        rest.length === 1 && name.surnameNorm.some((part) => part.includes('-') && part.split('-').includes(rest[0]!))
      )
    })
  })
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, index) => word === b[index])
}

const nameKey = new RegExp(requireCustomerNameData.nameKey)
const notNameKey = new RegExp(requireCustomerNameData.notNameKey)

/** Whether a placeholder stands for the customer's name (templates repeat the same few: answers are kept). */
export const isNamePlaceholder: (value: string) => boolean = boundedMemo(1000, namesCustomerKey)

/** Whether a placeholder names someone other than the customer (the agent, the company). */
export function isOtherPartyPlaceholder(value: string): boolean {
  return notNameKey.test(placeholderKey(value))
}

function namesCustomerKey(value: string): boolean {
  const key = placeholderKey(value)
  return nameKey.test(key) && !notNameKey.test(key)
}

function placeholderKey(value: string): string {
  // The key is what comes before any filter: `{{ customer.first_name | default: 'there' }}`;
  // member access reads as a dotted path: `{{ $user->name }}`, `{{'@'.$verify->username}}`.
  return (
    value
      .replace(/'[^']*'|"[^"]*"/g, '')
      .replace(/->|::|\$/g, '.')
      .replace(/^[^\p{L}_]+/u, '')
      // camelCase keys read as snake_case: `conversationCustomerFirstName`.
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1_$2')
      .split('|')[0]!
      .replace(/[^\p{L}\p{N}_.\- ]+$/u, '')
      .trim()
      .toLowerCase()
  )
}
