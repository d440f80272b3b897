// Our parser (src/parser/) against parse-english's own, with the same
// extensions: deep-equal trees, positions included, on every fixture, every
// rule example and seeded random text heavy in what the tokenizer and the
// plugins decide on. REPLYLINT_PROPERTY_RUNS raises the random count.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {placeholderExtension} from '../src/placeholders/plugin.js'
import * as copies from '../src/parser/expressions.js'
import {createParser, ownPlugins} from '../src/parser.js'
import {tokenize} from '../src/parser/tokenize.js'
import {propertyRuns} from './helpers/property-runs.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const placeholders = placeholderExtension([])

// The input ours reads: a lone CR is a line feed (src/parser.ts).
const asOurs = (value: string) => value.replace(/\r(?!\n)/g, '\n')

function stock(value: string, extended: boolean): Root {
  const parser = new ParseEnglish()
  if (extended) parser.tokenizeSentencePlugins.unshift(placeholders)
  return parser.parse(asOurs(value))
}

function ours(value: string, extended: boolean): Root {
  const parser = createParser()
  if (extended) parser.tokenizeSentencePlugins.unshift(placeholders)
  return parser.parse(value)
}

// Strict: a property set to undefined is not a property left out.
function equal(actual: unknown, expected: unknown, value: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, JSON.stringify(value)).toStrictEqual(expected)
}

function same(value: string): void {
  equal(ours(value, false), stock(value, false), value)
  equal(ours(value, true), stock(value, true), value)
  equal(tokenize(value), new ParseEnglish().tokenize(value), value)
}

/** The texts a fixture holds: its YAML or JSON `text` fields, or else the file whole. */
function fixtureTexts(file: string): string[] {
  const content = fs.readFileSync(file, 'utf8')
  let data: unknown
  try {
    data = /\.ya?ml$/.test(file)
      ? parse(content, {uniqueKeys: false})
      : file.endsWith('.json')
        ? JSON.parse(content)
        : undefined
  } catch {
    // A fixture that is broken on purpose is text all the same.
  }
  const texts = textsIn(data)
  return texts.length > 0 ? texts : [content]
}

/** Every string under a `text` key, and every example of a rule. */
function textsIn(data: unknown, key?: string): string[] {
  if (typeof data === 'string') return key === 'text' || key === 'valid' || key === 'invalid' ? [data] : []
  if (Array.isArray(data)) return data.flatMap((item) => textsIn(item, key))
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([name, value]) => textsIn(value, name === 'text' ? name : (key ?? name)))
  return []
}

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe('our parser builds parse-english’s trees', () => {
  test('with its own plugins (parse-english’s lists are the ones it was written against)', () => {
    expect(ownPlugins).toBe(true)
  })

  test('its copies of parse-latin’s and parse-english’s short expressions are current', async () => {
    // Neither package exports them: read from the installed files.
    const load = async (file: string) =>
      (await import(pathToFileURL(path.join(root, 'node_modules', file)).href)) as Record<string, RegExp>
    const latin = await load('parse-latin/lib/expressions.js')
    const english = await load('parse-english/lib/regex.js')
    expect(copies.terminalMarker.source).toBe(latin['terminalMarker']!.source)
    expect(copies.wordSymbolInner.source).toBe(latin['wordSymbolInner']!.source)
    expect(copies.digitStart.source).toBe(latin['digitStart']!.source)
    expect(copies.elisionPrefix.source).toBe(english['elisionPrefix']!.source)
    expect(copies.elisionAffix.source).toBe(english['elisionAffix']!.source)
  })

  test('on every text in fixtures/ (YAML and JSON `text` fields, every other file whole)', () => {
    let count = 0
    for (const file of filesUnder(path.join(root, 'fixtures'))) {
      const texts = fixtureTexts(file)
      for (const text of texts) same(text)
      count += texts.length
    }
    expect(count).toBeGreaterThan(1000)
  })

  test('on every example in rules/*.yml', () => {
    let count = 0
    for (const file of filesUnder(path.join(root, 'rules')).filter((name) => name.endsWith('.yml'))) {
      const data = parse(fs.readFileSync(file, 'utf8')) as {examples?: unknown}
      const texts = textsIn(data.examples)
      for (const text of texts) same(text)
      count += texts.length
    }
    expect(count).toBeGreaterThan(100)
  })

  test('on seeded random text heavy in marks, abbreviations, line endings and scripts', () => {
    fc.assert(
      fc.property(text, (value) => {
        same(value)
      }),
      {numRuns: propertyRuns * 10, seed: 20_261_122}
    )
  })

  test('on long runs of one-word sentences, marks and initialisms', () => {
    for (const value of [
      'No. '.repeat(3000),
      '?!.,;:'.repeat(3000),
      'Mr. e.g. a. b. '.repeat(500),
      'U.S.A. '.repeat(1000),
      "a/b o' 'tis x-y & z ".repeat(500),
      'a\n\nb\n\n'.repeat(1000),
      'Hi. there. you. '.repeat(1000)
    ])
      same(value)
  })
})

// Pieces the tokenizer classes, the plugins merge or split, and the
// placeholder extension turns into source nodes.
const pieces = [
  ...['.', '!', '?', '…', '‽', ',', ';', ':', '...', '?!', '!!', '.,', '-', '--', '—', '–', '/', '//', '&', '_', '__'],
  ...["'", '’', '"', '“', '”', '«', '»', '(', ')', '[', ']', '{', '}', '<', '>', '*', '#', '$', '%', '@', '~', '^'],
  ...[' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\n \n', '\u00A0', '\u2028', '\u3000'],
  ...['No', 'no', 'Mr', 'Mrs', 'Dr', 'St', 'Jan', 'Inc', 'Ltd', 'etc', 'e', 'g', 'i', 'a', 'B', 'U', 'S', 'A', 'x'],
  ...['w', 'o', 'ol', 'tis', 'twas', 'cause', 'em', 'n', '90', '90s', 'rock', 'roll', 'and', 'or', 'well', 'Thanks'],
  ...['4', '42', '1.5', '2024', '½', '²', '٣', 'e.g.', 'i.e.', 'U.S.', 'J.', 'R.R.', 'p.m.', 'vs.', 'cf.', 'No.'],
  ...['https://example.com/a?b=c', 'www.acme.co', 'dana@example.com', 'C++', 'C#', '.NET', 'node.js', '3:30pm'],
  ...['😀', '👍🏽', '👩‍👩‍👧', '🇬🇧', '©', '€', '£5', '™', '中文', '日本語。', '한국어', 'مرحبا', 'שלום', 'Привет'],
  ...['e\u0301', 'Zoë', 'José', 'ß', 'İ', 'ǅ', '\u0301', '\u200D', '\uFE0F', '\uD83D', '\uDE00', '\u00AD', '·'],
  ...['{{x}}', '{{ticket.requester.first_name}}', '%s', '%{name}', '{name}', '[Name]', '[Customer Name]', '<<x>>'],
  ...['{%customer.firstName%}', '((x))', '!!x!!', '@@x@@', ':customer_name', '*|FNAME|*', '#{name}', '$name']
]
const piece = fc.oneof(
  {weight: 20, arbitrary: fc.constantFrom(...pieces)},
  {weight: 1, arbitrary: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 3})}
)
const text = fc.array(piece, {maxLength: 80}).map((parts) => parts.join(''))
