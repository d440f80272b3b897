import {type Item, parsePattern, PatternError} from './engine/pattern.js'
import {checkedSyntax} from './placeholders/safe-syntax.js'
import {offerAlternativeData, ruleIdList} from './generated/rules.js'
import type {Options, PhraseEntry, RuleId, Severity, Situation} from './types.js'

/** Every built-in rule id, in order: one per `rules/*.yml`. */
export const ruleIds: readonly RuleId[] = ruleIdList
const severities: readonly Severity[] = ['off', 'warn', 'error']
export const optionNames = [
  'customerName',
  'rules',
  'bannedPhrases',
  'namePlaceholder',
  'placeholders',
  'thanksInNotices',
  'draft',
  'situations'
]

/**
 * Check options once, when the preset is attached, so that a typo is a clear
 * `TypeError` naming the option (and the closest valid value), not a rule
 * that silently never runs.
 */
export function validateOptions(options: Readonly<Options> | null | undefined): void {
  if (options === null || options === undefined) return
  if (typeof options !== 'object' || Array.isArray(options))
    throw new TypeError(`Expected \`options\` to be an object, not \`${describe(options)}\``)
  for (const key of Object.keys(options)) {
    if (!optionNames.includes(key)) throw new TypeError(`Unknown option \`${key}\`${didYouMean(key, optionNames)}`)
  }

  const {customerName, rules, bannedPhrases, namePlaceholder, placeholders, thanksInNotices, draft, situations} =
    options
  if (thanksInNotices !== undefined && thanksInNotices !== null && typeof thanksInNotices !== 'boolean') {
    throw new TypeError(`Expected \`options.thanksInNotices\` to be a boolean, not \`${describe(thanksInNotices)}\``)
  }
  if (draft !== undefined && draft !== null && typeof draft !== 'boolean')
    throw new TypeError(`Expected \`options.draft\` to be a boolean, not \`${describe(draft)}\``)
  if (customerName !== undefined && customerName !== null) {
    const list = typeof customerName === 'string' ? [customerName] : customerName
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      throw new TypeError(
        `Expected \`options.customerName\` to be a string or a list of strings, not \`${describe(customerName)}\``
      )
    }
  }

  if (rules !== undefined && rules !== null) {
    if (typeof rules !== 'object' || Array.isArray(rules))
      throw new TypeError(`Expected \`options.rules\` to be an object, not \`${describe(rules)}\``)
    for (const [id, severity] of Object.entries(rules)) {
      if (!ruleIds.includes(id as RuleId))
        throw new TypeError(`Unknown rule \`${id}\` in \`options.rules\`${didYouMean(id, ruleIds)}`)
      if (!severities.includes(severity)) {
        throw new TypeError(
          `Expected \`options.rules['${id}']\` to be \`off\`, \`warn\` or \`error\`, not \`${describe(severity)}\`${didYouMean(String(severity), severities)}`
        )
      }
    }
  }

  if (bannedPhrases !== undefined && bannedPhrases !== null) validatePhrases(bannedPhrases, 'options.bannedPhrases')
  if (situations !== undefined && situations !== null) validateSituations(situations, 'options.situations')

  if (namePlaceholder !== undefined && namePlaceholder !== null && typeof namePlaceholder !== 'string') {
    throw new TypeError(`Expected \`options.namePlaceholder\` to be a string, not \`${describe(namePlaceholder)}\``)
  }
  if (placeholders !== undefined && placeholders !== null) {
    if (!Array.isArray(placeholders) || !placeholders.every((item) => typeof item === 'string')) {
      throw new TypeError('Expected `options.placeholders` to be a list of regular expression sources')
    }
    // Invalid or catastrophic syntaxes fail here, when the options are loaded.
    placeholders.forEach(checkedSyntax)
  }
}

/** Check a list of phrase entries (the user's, or a config file's). */
export function validatePhrases(entries: unknown, where: string): asserts entries is PhraseEntry[] {
  if (!Array.isArray(entries)) throw new TypeError(`Expected \`${where}\` to be a list, not \`${describe(entries)}\``)
  entries.forEach((entry: unknown, index) => {
    const at = `${where}[${index}]`
    if (typeof entry !== 'object' || entry === null)
      throw new TypeError(`Expected \`${at}\` to be an object, not \`${describe(entry)}\``)
    const record = entry as Record<string, unknown>
    if (typeof record['id'] !== 'string' || record['id'] === '')
      throw new TypeError(`Expected \`${at}.id\` to be a non-empty string`)
    for (const field of ['phrases', 'suggestions'] as const) {
      const value = record[field]
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        !value.every((item) => typeof item === 'string' && item.trim() !== '')
      ) {
        throw new TypeError(`Expected \`${at}.${field}\` to be a non-empty list of strings`)
      }
    }
    for (const field of ['when', 'unless'] as const) {
      const value = record[field]
      if (value === undefined) continue
      if (
        !Array.isArray(value) ||
        !value.every(
          (item: unknown) =>
            typeof item === 'object' &&
            item !== null &&
            ['before', 'after', 'sentence'].some((side) => typeof (item as Record<string, unknown>)[side] === 'string')
        )
      ) {
        throw new TypeError(`Expected \`${at}.${field}\` to be a list of \`{before, after, sentence}\` patterns`)
      }
      value.forEach((context: {before?: string; after?: string}, index: number) => {
        for (const side of ['before', 'after'] as const) {
          const pattern = context[side]
          if (typeof pattern === 'string') checkPatternSize(pattern, `${at}.${field}[${index}].${side}`)
        }
      })
    }
    ;(record['phrases'] as string[]).forEach((pattern, index) => checkPatternSize(pattern, `${at}.phrases[${index}]`))
    for (const field of ['label', 'note', 'advice'] as const) {
      if (record[field] !== undefined && typeof record[field] !== 'string')
        throw new TypeError(`Expected \`${at}.${field}\` to be a string`)
    }
    if (record['safe'] !== undefined && typeof record['safe'] !== 'boolean')
      throw new TypeError(`Expected \`${at}.safe\` to be a boolean`)
  })
}

// A pattern is matched from every word of a reply: bounded in words, it costs
// time linear in the text (`[a] ` × 3,000 took 5 s on 4,000 words); bounded in
// nesting, it cannot overflow the parser's stack.
const maxPatternWords = 32
const maxPatternDepth = 16
const maxPatternLength = 10_000

function checkPatternSize(pattern: string, at: string): void {
  if (pattern.length > maxPatternLength)
    throw new TypeError(`Invalid \`${at}\`: ${pattern.length} characters; a pattern is at most ${maxPatternLength}`)
  let depth = 0
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]
    if (char === '\\') index++
    else if (char === '(' || char === '[') {
      if (++depth > maxPatternDepth)
        throw new TypeError(`Invalid \`${at}\`: groups nested more than ${maxPatternDepth} deep`)
    } else if (char === ')' || char === ']') depth--
  }
  let alternatives: Item[][]
  try {
    alternatives = parsePattern(pattern)
  } catch (error) {
    // Syntax errors are said, with the pattern, where the pattern is compiled.
    if (error instanceof PatternError) return
    throw error
  }
  const words = longest(alternatives)
  if (words > maxPatternWords)
    throw new TypeError(`Invalid \`${at}\`: it can match ${words} words; a pattern matches at most ${maxPatternWords}`)
}

function longest(alternatives: readonly Item[][]): number {
  let most = 0
  for (const sequence of alternatives) {
    let words = 0
    for (const item of sequence) words += item.kind === 'word' ? 1 : longest(item.alternatives)
    most = Math.max(most, words)
  }
  return most
}

const builtInSituations = offerAlternativeData.situations.map((situation) => situation.id)
const situationFields = ['id', 'label', 'triggers', 'alternatives', 'off']

/**
 * Check a list of situations (the user's, or a config file's). Patterns are
 * checked when they compile, with the entry's place in the message.
 */
export function validateSituations(entries: unknown, where: string): asserts entries is Situation[] {
  if (!Array.isArray(entries)) throw new TypeError(`Expected \`${where}\` to be a list, not \`${describe(entries)}\``)
  entries.forEach((entry: unknown, index) => {
    const at = `${where}[${index}]`
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new TypeError(`Expected \`${at}\` to be an object, not \`${describe(entry)}\``)
    const record = entry as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (!situationFields.includes(key))
        throw new TypeError(`Unknown field \`${key}\` in \`${at}\`${didYouMean(key, situationFields)}`)
    }
    const id = record['id']
    if (typeof id !== 'string' || id === '') throw new TypeError(`Expected \`${at}.id\` to be a non-empty string`)
    const builtIn = builtInSituations.includes(id)
    if (record['off'] !== undefined) {
      if (typeof record['off'] !== 'boolean') throw new TypeError(`Expected \`${at}.off\` to be a boolean`)
      if (record['off'] && !builtIn)
        throw new TypeError(`Unknown built-in situation \`${id}\` in \`${at}\`${didYouMean(id, builtInSituations)}`)
    }
    if (record['label'] !== undefined && typeof record['label'] !== 'string')
      throw new TypeError(`Expected \`${at}.label\` to be a string`)
    for (const field of ['triggers', 'alternatives'] as const) {
      const value = record[field]
      // A built-in's id changes only the fields given; a new situation needs both.
      if (value === undefined && (builtIn || record['off'])) continue
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        !value.every((item) => typeof item === 'string' && item.trim() !== '')
      ) {
        throw new TypeError(
          `Expected \`${at}.${field}\` to be a non-empty list of strings${builtIn ? '' : ` (\`${id}\` is not a built-in situation${didYouMean(id, builtInSituations).replace(/^; /, ': ')})`}`
        )
      }
    }
  })
}

export function didYouMean(value: string, candidates: readonly string[]): string {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const [a, b] = [value.toLowerCase(), candidate.toLowerCase()]
    // "warning" for "warn": a shared stem is as good a hint as a typo.
    const distance = a.startsWith(b) || b.startsWith(a) ? 1 : levenshtein(a, b)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  const limit = Math.max(2, Math.floor((best?.length ?? 0) / 3))
  return best !== undefined && bestDistance <= limit
    ? `; did you mean \`${best}\`?`
    : `; expected one of ${candidates.map((c) => `\`${c}\``).join(', ')}`
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  } catch {
    return String(value)
  }
}
