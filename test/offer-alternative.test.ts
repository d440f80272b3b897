// offer-alternative and the situations catalogue it shares with banned-phrase:
// findings, the one-finding merge, the reply's voice, users' situations and
// their validation, through the public API (and the CLI's config).
import {describe, expect, test} from 'vitest'
import {bannedPhraseData, checkReply, offerAlternativeData, type CheckOptions} from 'replylint'
import {cli, tree} from './helpers/cli.js'

// The rule ships `off` (see its page for the blind figures): these tests turn it on.
const findings = (text: string, options?: CheckOptions) =>
  checkReply(text, {...options, rules: {'offer-alternative': 'warn', ...options?.rules}}).messages.filter(
    (message) => message.ruleId === 'offer-alternative' || message.ruleId === 'banned-phrase'
  )

describe('offer-alternative', () => {
  test('flags a decline with no alternative after it, with the situation’s alternatives to add after the clause', () => {
    const [message, ...rest] = findings('Thanks for asking! We can’t refund digital downloads.')
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'offer-alternative',
      source: 'replylint',
      reason: 'Unexpected decline `We can’t` with no alternative after it, offer another way to solve the problem',
      actual: 'We can’t refund digital downloads.',
      situation: 'refund-window',
      fatal: false,
      url: 'https://github.com/replylint/replylint/blob/main/rules/offer-alternative.md'
    })
    expect(message!.expected).toEqual([
      'We can’t refund digital downloads. We can issue the full amount as store credit, which you can use straight away.',
      'We can’t refund digital downloads. We can arrange an exchange for another size, colour or product at no extra cost.',
      'We can’t refund digital downloads. We can offer a partial refund if you would like to keep the item.'
    ])
    expect(message!.note).toMatch(/Situation: a refund or return outside the window \(`refund-window`\)\.$/)
  })

  test('speaks in the reply’s voice', () => {
    const [message] = findings('I checked my notes, and I’m not able to extend the trial on my side.')
    expect(message!.situation).toBe('plan-limit')
    expect(message!.expected![0]).toMatch(/ I can raise your limit/)
    const [ours] = findings('We checked our records, and we’re not able to extend the trial.')
    expect(ours!.expected![0]).toMatch(/ We can raise your limit/)
  })

  test('a decline followed by another way, and a problem statement, are clean', () => {
    for (const text of [
      'We can’t refund the order, but I can give you store credit for the full amount.',
      'Unfortunately that’s not possible. What I can do instead is move your booking to June.',
      'We can’t see a second charge on your card; could you send a screenshot?',
      'I couldn’t find an order under that address. Could you send the order number?',
      'If we can’t reach you by phone, we’ll email you.',
      'Why can’t I log in? Because the session expired: signing in again fixes it.'
    ]) {
      expect(
        findings(text).map((message) => message.reason),
        text
      ).toEqual([])
    }
  })

  test('falls back to general alternatives with template slots, never an ellipsis', () => {
    const [message] = findings('Unfortunately, that isn’t possible.')
    expect(message!.situation).toBe('general')
    expect(message!.actual).toBe('that isn’t possible.')
    expect(message!.expected![0]).toBe(
      "that isn’t possible. Here's what I can do instead: [the alternative you can offer]."
    )
  })

  test('one finding when banned-phrase flags the same sentence: the refusal carries the alternatives', () => {
    const messages = findings('No, we can’t refund orders after 30 days.')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({
      ruleId: 'banned-phrase',
      actual: 'No',
      situation: 'refund-window',
      covers: ['offer-alternative']
    })
    expect(messages[0]!.expected![0]).toBe(
      "Here's what we can do instead: we can issue the full amount as store credit, which you can use straight away."
    )
    expect(messages[0]!.note).toMatch(/`refund-window`/)
    // With banned-phrase off, offer-alternative reports the decline itself.
    const [alone, ...rest] = findings('No, we can’t refund orders after 30 days.', {rules: {'banned-phrase': 'off'}})
    expect(rest).toEqual([])
    expect(alone).toMatchObject({
      ruleId: 'offer-alternative',
      actual: 'No, we can’t refund orders after 30 days.',
      situation: 'refund-window'
    })
    // A refusal answered by an offer is still a refusal, but covers nothing.
    const [answered] = findings('No, we can’t refund it. I can offer store credit instead.')
    expect(answered).toMatchObject({ruleId: 'banned-phrase', situation: 'refund-window'})
    expect(answered!.covers).toBeUndefined()
  })

  test('can be turned off', () => {
    expect(findings('We can’t refund digital downloads.', {rules: {'offer-alternative': 'off'}})).toEqual([])
  })
})

describe('banned-phrase suggestions from the situation', () => {
  test('fill the stems’ slots with the situation’s alternatives; the slots stay when none is near', () => {
    const [stock] = findings('Sorry about that! The kettle is out of stock.', {rules: {'offer-alternative': 'off'}})
    expect(stock!.expected![0]).toBe(
      "I apologise for the trouble; here's how I'll put it right: I can set up a back-in-stock alert, so you hear from us the moment it's available again."
    )
    const [none] = findings('Sorry about that!')
    expect(none!.expected![0]).toBe("I apologise for the trouble; here's how I'll put it right: [what you will do].")
  })

  test('no built-in suggestion or alternative has a literal ellipsis', () => {
    const all = [
      ...bannedPhraseData.entries.flatMap((entry) => entry.suggestions),
      ...offerAlternativeData.situations.flatMap((situation) => situation.alternatives),
      ...offerAlternativeData.fallback.alternatives
    ]
    for (const sentence of all) expect(sentence).not.toContain('…')
  })
})

describe('options.situations', () => {
  test('a team’s own situation, in the built-in format', () => {
    const situations = [
      {
        id: 'gift-wrap',
        label: 'gift wrapping',
        triggers: ['gift (wrap | wrapping)'],
        alternatives: [
          'I can add a free gift message card to the order.',
          'I can send the gift receipt straight to the recipient.'
        ]
      }
    ]
    const [message] = findings('We don’t offer gift wrapping on this item.', {situations})
    expect(message).toMatchObject({situation: 'gift-wrap'})
    expect(message!.expected![0]).toBe(
      'We don’t offer gift wrapping on this item. We can add a free gift message card to the order.'
    )
  })

  test('a built-in’s id changes its alternatives (a team’s real offers), or turns it off', () => {
    const situations = [
      {
        id: 'refund-window',
        alternatives: [
          'I can send you a prepaid return label for an exchange.',
          'I can add the amount to your account as loyalty points.'
        ]
      }
    ]
    const [message] = findings('We can’t refund digital downloads.', {situations})
    expect(message!.expected![0]).toBe(
      'We can’t refund digital downloads. We can send you a prepaid return label for an exchange.'
    )
    const [off] = findings('We can’t refund digital downloads.', {situations: [{id: 'refund-window', off: true}]})
    expect(off!.situation).toBe('general')
  })

  test('10,000 situations compile into the same automaton and still match', () => {
    const situations = Array.from({length: 10_000}, (_, index) => ({
      id: `s${index}`,
      triggers: [`widget${index}`],
      alternatives: [`I can send widget ${index} today.`, 'I can call you.']
    }))
    const [message] = findings('Widget9999 is not available to order here.', {situations})
    expect(message!.situation).toBe('s9999')
  })

  test('mistakes are clear errors naming the entry', () => {
    expect(() => checkReply('Hi', {situations: [{id: 'refund-windw', off: true}]})).toThrow(
      'Unknown built-in situation `refund-windw` in `options.situations[0]`; did you mean `refund-window`?'
    )
    expect(() => checkReply('Hi', {situations: [{id: 'gift', triggers: ['gift']}]})).toThrow(
      /^Expected `options\.situations\[0\]\.alternatives` to be a non-empty list of strings \(`gift` is not a built-in situation/
    )
    expect(() => checkReply('Hi', {situations: [{id: 'gift', trigger: ['gift']} as never]})).toThrow(
      'Unknown field `trigger` in `options.situations[0]`; did you mean `triggers`?'
    )
    expect(() =>
      checkReply('Hi', {situations: [{id: 'gift', triggers: ['(gift'], alternatives: ['I can wrap it.']}]})
    ).toThrow(/Unclosed `\(`.*situations\[0\]|situations\[0\].*Unclosed/)
    expect(() => checkReply('Hi', {situations: 'refund' as never})).toThrow(
      'Expected `options.situations` to be a list, not `refund`'
    )
  })

  test('a .replylintrc takes situations, and overrides add to them', () => {
    const dir = tree({
      '.replylintrc.yml':
        'rules:\n  offer-alternative: warn\nsituations:\n  - id: refund-window\n    alternatives: ["I can send you a prepaid return label.", "I can add loyalty points to your account."]\n',
      'a.txt': 'Hi Dana, thanks for asking! We can’t refund digital downloads.\n\nBest,\nSam'
    })
    const result = cli(['--format', 'json', 'a.txt'], {cwd: dir})
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; expected: string[]}>}>
    const message = file!.messages.find((item) => item.ruleId === 'offer-alternative')
    expect(message?.expected[0]).toBe('We can’t refund digital downloads. We can send you a prepaid return label.')
  })
})
