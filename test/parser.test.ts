import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import {describe, expect, test} from 'vitest'
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

  test('a megabyte of punctuation parses in one pass', () => {
    // parse-latin's own merge splices once per sentence: minutes for this.
    const tree = createParser().parse('?!.,;:'.repeat(170_000))
    expect(tree.children.length).toBeGreaterThan(0)
  })
})
