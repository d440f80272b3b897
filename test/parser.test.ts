import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import {describe, expect, test, vi} from 'vitest'
import {createParser} from '../src/parser.js'
import {propertyRuns} from './helpers/property-runs.js'

// Text heavy in what the paragraph stage merges: terminal marks, sentences
// without words, abbreviations, lower-case starts, digits.
const piece = fc.constantFrom(
  '.',
  '!',
  '?',
  '…',
  ',',
  ';',
  ':',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '"',
  ')',
  '(',
  'No',
  'no',
  'Mr',
  'etc',
  'a',
  'B',
  '4',
  'well',
  '—',
  '?!',
  '...',
  '\r\n'
)
const text = fc.array(piece, {maxLength: 60}).map((parts) => parts.join(''))

describe('the linear paragraph stage', () => {
  test('builds the same trees as parse-english', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(createParser().parse(value)).toEqual(new ParseEnglish().parse(value))
      }),
      {numRuns: propertyRuns * 3}
    )
  })

  test('white space moves out of each sentence without a splice per sentence', () => {
    // parse-latin splices each sentence's leading white space into the
    // paragraph: n² steps for a paragraph of n sentences ("No. " × n).
    const splice = vi.spyOn(Array.prototype, 'splice')
    try {
      createParser().parse('No. '.repeat(2000))
      expect(splice.mock.calls.length).toBeLessThan(100)
    } finally {
      splice.mockRestore()
    }
  })

  test('a megabyte of punctuation parses in one pass', () => {
    // parse-latin's own merge splices once per sentence: minutes for this.
    const tree = createParser().parse('?!.,;:'.repeat(170_000))
    expect(tree.children.length).toBeGreaterThan(0)
  })
})
