// The care score's promises, as properties: a clean reply scores 100, adding
// a fault never raises the score, a critical fault caps it.
import fs from 'node:fs'
import fc from 'fast-check'
import {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {checkReply, ruleIds, type CheckOptions} from 'replylint'
import {criticalCap, scoreOf} from '../src/score.js'

const finding = fc.record({ruleId: fc.constantFrom(...ruleIds), critical: fc.boolean()}).map(({ruleId, critical}) => {
  const message = new VFileMessage('finding', {ruleId, source: 'replylint'})
  if (critical) message.critical = true
  return message
})

describe('scoreOf', () => {
  test('no findings score 100', () => {
    expect(scoreOf([])).toBe(100)
  })

  test('adding a finding never raises the score, and it stays in 0–100', () => {
    fc.assert(
      fc.property(fc.array(finding, {maxLength: 30}), finding, (messages, extra) => {
        const before = scoreOf(messages)
        const after = scoreOf([...messages, extra])
        expect(after).toBeLessThanOrEqual(before)
        expect(after).toBeGreaterThanOrEqual(0)
        expect(before).toBeLessThanOrEqual(100)
      })
    )
  })

  test('a critical finding caps the score', () => {
    fc.assert(
      fc.property(fc.array(finding, {maxLength: 10}), (messages) => {
        if (messages.some((message) => message.critical)) expect(scoreOf(messages)).toBeLessThanOrEqual(criticalCap)
      })
    )
  })

  test('file errors and other tools’ messages do not count', () => {
    expect(scoreOf([new VFileMessage('bad YAML', {ruleId: 'parse-error', source: 'replylint'})])).toBe(100)
  })
})

// Whole replies: clean ones, and the phrase rules' own faulty examples put in.
const clean = [
  'Hi Dana,\n\nThanks for writing in. I have refunded the second charge; it reaches your card by Friday.\n\nBest,\nSam',
  'Hello Priya,\n\nThank you for the photos. A replacement kettle left our warehouse this morning and arrives on Tuesday.\n\nKind regards,\nLeo',
  'Hi Marcus,\n\nThanks for your patience. I have moved your booking to 12 June, and the new confirmation is attached.\n\nCheers,\nAva'
]
const faults: string[] = ruleIds.flatMap((id) => {
  const data = parse(fs.readFileSync(new URL(`../rules/${id}.yml`, import.meta.url), 'utf8'))
  if (!data.entries) return []
  return data.examples.invalid.flatMap((example: string | {text: string; options?: unknown}) =>
    typeof example === 'string' ? [example] : example.options ? [] : [example.text]
  )
})

// Every rule on, also those that ship `off`: the same options object, so one processor.
const allOn = {rules: Object.fromEntries(ruleIds.map((id) => [id, 'error']))}
// offer-alternative judges a decline by what follows it: a sentence added
// later can be the alternative that answers it ("… so I can help"), which is
// a fix, not a fault. The property below is about adding faults only.
const faultsOnly: CheckOptions = {rules: {...allOn.rules, 'offer-alternative': 'off'}}

describe('checkReply score', () => {
  test('clean replies score 100', () => {
    for (const text of clean) expect(checkReply(text, {customerName: 'x'}).score, text).toBeLessThanOrEqual(100)
    for (const text of clean) expect(checkReply(text).score, text).toBe(100)
    for (const text of clean) expect(checkReply(text, allOn).score, text).toBe(100)
  })

  test('putting a faulty sentence into a reply never raises its score', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...clean),
        fc.array(fc.constantFrom(...faults), {minLength: 1, maxLength: 4}),
        (text, added) => {
          const [greeting, body, ...rest] = text.split('\n\n')
          let before = checkReply(text, faultsOnly).score
          let current = body!
          for (const sentence of added) {
            current = `${current} ${sentence}`
            const after = checkReply([greeting, current, ...rest].join('\n\n'), faultsOnly).score
            expect(after).toBeLessThanOrEqual(before)
            before = after
          }
          expect(before).toBeLessThan(100)
        }
      ),
      {numRuns: Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 60)}
    )
  })

  test('a wrong name, a bare refusal and an unfilled placeholder are critical', () => {
    const wrongName = checkReply('Hi Sarah,\n\nThanks for waiting. Your parcel is on its way.\n\nSam', {
      customerName: 'Dana Whitfield'
    })
    expect(wrongName.messages.some((message) => message.critical)).toBe(true)
    expect(wrongName.score).toBeLessThanOrEqual(criticalCap)

    const refusal = checkReply('Hi Dana,\n\nThanks for asking. No, we can’t extend the trial.\n\nSam')
    expect(refusal.score).toBeLessThanOrEqual(criticalCap)
    const withAlternative = checkReply(
      'Hi Dana,\n\nThanks for asking. No, we can’t extend the trial, but what I can offer is 20% off your first month instead.\n\nSam'
    )
    expect(withAlternative.messages.some((message) => message.ruleId === 'banned-phrase')).toBe(true)
    expect(withAlternative.score).toBeGreaterThan(criticalCap)

    const draft = checkReply('Hi [Customer Name],\n\nThanks for waiting. Your parcel is on its way.\n\nSam', {
      draft: true,
      customerName: 'Dana Whitfield'
    })
    expect(draft.score).toBeLessThanOrEqual(criticalCap)
    expect(draft.messages.find((message) => message.ruleId === 'unfilled-placeholder')).toMatchObject({
      expected: ['Dana'],
      safeFix: true
    })
    // A template keeps its placeholders.
    expect(checkReply('Hi [Customer Name],\n\nThanks for waiting. Your parcel is on its way.\n\nSam').score).toBe(100)
  })
})
