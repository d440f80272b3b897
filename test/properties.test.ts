import fc from 'fast-check'
import {checkReply} from 'replylint'
import {describe, expect, test} from 'vitest'
import {location} from 'vfile-location'
import {VFile} from 'vfile'
import {propertyRuns} from './helpers/property-runs.js'

// Replies built from what trips a linter: greetings, names, refusals, thanks,
// sign-offs, placeholders of every syntax, markup-ish marks, emoji, control
// characters, and bare random strings.
const pieces = [
  'Hi',
  'Dear',
  'Customer',
  'Dana',
  'there',
  ',',
  '.',
  '!',
  '?',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  'No',
  'no',
  'Nope',
  'we',
  "can't",
  'Sorry about that',
  'thanks',
  'Thank you for your patience.',
  'Best regards',
  'Sam',
  '{{ticket.requester.first_name}}',
  '%{recipient.name.first}',
  '{%a%}',
  '<%= x %>',
  '[Customer Name]',
  '{name}',
  '$first_name',
  '*|FNAME|*',
  '{{',
  '}}',
  '%{',
  '<',
  '>',
  '[',
  ']',
  '(',
  ')',
  '"',
  '’',
  '…',
  '😀',
  'é',
  '\u0000',
  '\t',
  '\u00A0',
  'No.',
  'No. 4',
  'no-reply@example.com',
  'Mr.',
  'etc.',
  'P.S.',
  '-',
  '—',
  '#',
  '*',
  '$',
  '%',
  '&amp;',
  // Drafts' slots and what is not one: fields marked so, a list of them, a screen's text, a form line.
  'marked',
  'fields',
  ', ',
  ' and ',
  '[Edit]',
  '[Sort code]',
  '[x]',
  'shows',
  'tap',
  '[Change time]',
  'Name: ',
  '____',
  'fill in',
  '[EU 40]',
  '{DB_HOST}',
  'XX'
]
const reply = fc.oneof(
  {weight: 4, arbitrary: fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))},
  {weight: 1, arbitrary: fc.string({maxLength: 80, unit: 'binary'})}
)
const customerName = fc.option(fc.constantFrom('Dana Whitfield', 'Okafor, Adaeze', '', 'José'), {nil: undefined})

/** What a finding says, without where: for comparing two spellings of one reply. */
function findings(text: string, name: string | undefined) {
  return checkReply(text, name === undefined ? undefined : {customerName: name}).messages.map((message) => ({
    ruleId: message.ruleId,
    reason: message.reason,
    actual: message.actual,
    expected: message.expected,
    line: message.line,
    column: message.column,
    end:
      message.place && 'end' in message.place
        ? {line: message.place.end.line, column: message.place.end.column}
        : undefined,
    offsets: offsetsOf(message)
  }))
}

function offsetsOf(message: {place?: unknown}): [number, number] | undefined {
  const place = message.place as {start?: {offset?: number}; end?: {offset?: number}; offset?: number} | undefined
  if (!place) return undefined
  if (place.start) return [place.start.offset!, place.end!.offset!]
  return [place.offset!, place.offset!]
}

describe('checkReply on any text', () => {
  test('never throws, and every place is inside the text and agrees with its line and column', () => {
    fc.assert(
      // Drafts too: unfilled-placeholder reads a draft's brackets, and around them.
      fc.property(reply, customerName, fc.boolean(), (text, name, draft) => {
        const report = checkReply(text, {
          ...(name === undefined ? {} : {customerName: name}),
          ...(draft ? {draft} : {})
        })
        const place = location(new VFile(text))
        const toPoint = (offset: number) => place.toPoint(offset)
        for (const message of report.messages) {
          const offsets = offsetsOf(message)
          expect(offsets).toBeDefined()
          const [start, end] = offsets!
          expect(start).toBeGreaterThanOrEqual(0)
          expect(end).toBeGreaterThanOrEqual(start)
          expect(end).toBeLessThanOrEqual(text.length)
          expect({line: message.line, column: message.column}).toEqual({
            line: toPoint(start)?.line ?? 1,
            column: toPoint(start)?.column ?? 1
          })
          if (message.actual) expect(text.slice(start, end)).toBe(message.actual)
        }
      }),
      {numRuns: propertyRuns}
    )
  })

  test('a leading byte order mark changes nothing: same findings, same places', () => {
    fc.assert(
      fc.property(reply, customerName, (text, name) => {
        expect(findings('\uFEFF' + text, name)).toEqual(findings(text, name))
      }),
      {numRuns: propertyRuns}
    )
  })

  test('CRLF, lone CR and mixed line endings: same findings, on the same lines and columns', () => {
    const endings = fc.array(fc.constantFrom('\n', '\r\n', '\r'), {minLength: 1, maxLength: 8})
    fc.assert(
      fc.property(reply, endings, customerName, (lf, choices, name) => {
        const text = lf.replace(/\r\n?/g, '\n')
        let count = 0
        // A lone CR right before a line feed would make one CRLF of two breaks.
        const other = text.replace(/\n/g, (_, at: number) => {
          const ending = choices[count++ % choices.length]!
          return ending === '\r' && text[at + 1] === '\n' ? '\r\n' : ending
        })
        const want = findings(text, name)
        const got = findings(other, name)
        // Offsets move with each CRLF; the text found, lines and columns do not.
        const strip = (list: typeof want) => list.map(({offsets: _, ...rest}) => rest)
        expect(strip(got)).toEqual(strip(want))
        for (const message of checkReply(other, name === undefined ? undefined : {customerName: name}).messages) {
          const [start, end] = offsetsOf(message)!
          if (message.actual) expect(other.slice(start, end)).toBe(message.actual)
        }
      }),
      {numRuns: propertyRuns}
    )
  })
})

describe('checkReply on texts built to be expensive', () => {
  // bench/adversarial.mjs measures time per byte against normal replies;
  // these only hold the shapes that once went quadratic to finishing at all.
  test('a sentence of findings with no full stop: one finding each, in linear time', () => {
    // Every "ASAP" asked its sentence contexts about the whole sentence again: ~150 s for this.
    const report = checkReply('ASAP '.repeat(25_000), {rules: {'vague-timeline': 'error'}})
    expect(report.messages.filter((message) => message.ruleId === 'vague-timeline')).toHaveLength(25_000)
  })

  test("a draft's line of blanks: one finding each, in linear time", () => {
    // Each blank read its whole line back for a form's label: minutes for this.
    const report = checkReply(`Hi Joan, ${'x ________ '.repeat(4000)}`, {draft: true})
    expect(report.messages.filter((message) => message.ruleId === 'unfilled-placeholder')).toHaveLength(4000)
  })
})
