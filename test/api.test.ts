import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import * as mod from 'replylint'
import replylint, {
  checkReply,
  retextBannedPhrase,
  retextPlaceholders,
  retextRequireCustomerName,
  retextRequireThanks
} from 'replylint'

const render = (text: string, options?: mod.CheckOptions) => checkReply(text, options).messages.map(String)

describe('exports', () => {
  test('pins the public API', () => {
    expect(Object.keys(mod).sort()).toEqual([
      'bannedPhraseData',
      'checkReply',
      'default',
      'offerAlternativeData',
      'placeholderSyntaxes',
      'requireCustomerNameData',
      'requireThanksData',
      'retextBannedPhrase',
      'retextOfferAlternative',
      'retextPlaceholders',
      'retextRequireCustomerName',
      'retextRequireThanks',
      'retextUnfilledPlaceholder',
      'ruleIds'
    ])
    expect(mod.ruleIds).toEqual([
      'banned-phrase',
      'require-thanks',
      'require-customer-name',
      'offer-alternative',
      'vague-timeline',
      'mass-handling',
      'caring-talk',
      'blame',
      'policy-shield',
      'non-apology',
      'unfilled-placeholder'
    ])
  })
})

describe('checkReply', () => {
  test('reports whole messages, sorted by place', () => {
    const text = 'Dear Customer,\n\nNo, we can’t refund that. Sorry about that!\n\nBest regards,\nSam'
    expect(render(text)).toEqual([
      '1:1-1:14: Unexpected generic salutation `Dear Customer`, address the customer by name: `Dear [Customer Name]`',
      '3:1-3:3: Unexpected refusal `No`, say what you can do instead',
      '3:27-3:43: Unexpected throwaway apology `Sorry about that`, name the problem and how you will put it right instead',
      '5:1: Expected a thank-you before the sign-off, such as `Thank you for reaching out to us.`'
    ])
  })

  test('fills every unified message field', () => {
    const [message] = checkReply('Hi Dana, thanks! No.').messages
    expect(message).toMatchObject({
      source: 'replylint',
      ruleId: 'banned-phrase',
      actual: 'No',
      fatal: true,
      line: 1,
      column: 18,
      url: 'https://github.com/replylint/replylint/blob/main/rules/banned-phrase.md',
      place: {start: {line: 1, column: 18, offset: 17}, end: {line: 1, column: 20, offset: 19}}
    })
    expect(message!.expected!.length).toBeGreaterThan(0)
    expect(message!.note).toMatch(/another way/)
  })

  test('places reply-level findings at a point, with text to insert there', () => {
    const [thanks] = checkReply('Hi Dana,\n\nYour parcel has shipped.\n\nBest,\nSam').messages
    expect(thanks!.place).toEqual({line: 5, column: 1, offset: 36})
    expect(thanks!.expected![0]).toBe('Thank you for reaching out to us.\n\n')
    expect(thanks!.fatal).toBe(false)
  })

  test('suggests the customer’s own name, and flags the wrong one', () => {
    expect(render('Dear Customer, thanks for your order.', {customerName: 'Adaeze Okafor'})).toEqual([
      '1:1-1:14: Unexpected generic salutation `Dear Customer`, address the customer by name: `Dear Adaeze`'
    ])
    const [wrong] = checkReply('Hi Sarah,\n\nThanks for your order.', {customerName: 'Dana Whitfield'}).messages
    expect(String(wrong)).toBe('1:4-1:9: Unexpected name `Sarah`, this reply is for `Dana Whitfield`: use `Dana`')
    expect(wrong!.expected).toEqual(['Dana'])
    expect(wrong!.safeFix).toBe(true)
    const [titled] = checkReply('Dear Mr. Smith, thanks for your order.', {customerName: 'David Lee'}).messages
    expect(titled!.expected).toEqual(['Mr. Lee', 'David'])
  })

  test('counts errors and warnings per severity', () => {
    const report = checkReply('Your parcel has shipped.')
    expect([report.errorCount, report.warningCount]).toEqual([1, 1])
    const quiet = checkReply('Your parcel has shipped.', {
      rules: {'require-customer-name': 'off', 'require-thanks': 'error'}
    })
    expect(quiet.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['require-thanks', true]])
  })

  test('takes extra banned phrases in the built-in format', () => {
    // The built-in rules that say the same are off, to see the user's alone.
    const options: mod.CheckOptions = {
      rules: {'vague-timeline': 'off', 'policy-shield': 'off'},
      bannedPhrases: [
        {id: 'asap', phrases: ['asap', 'as soon as (possible | we can)'], suggestions: ['by Friday'], safe: true},
        {
          id: 'policy',
          label: 'policy excuse',
          phrases: ["(that's | it's) [just] (our | company) policy"],
          suggestions: ['Here is why we do it this way: …']
        }
      ]
    }
    expect(render('Hi Dana, thanks! We will fix it ASAP. That’s just our policy.', options)).toEqual([
      '1:33-1:37: Unexpected `ASAP`, use `by Friday` instead',
      '1:39-1:61: Unexpected policy excuse `That’s just our policy`, use `Here is why we do it this way: …` instead'
    ])
    expect(checkReply('Hi Dana, thanks! ASAP.', options).messages[0]!.safeFix).toBe(true)
    // With every rule on, one walk reports both: the user's entry and the built-in rule's.
    const both = checkReply('Hi Dana, thanks! We will fix it ASAP.', {
      bannedPhrases: options.bannedPhrases,
      rules: {'vague-timeline': 'error'}
    })
    expect(both.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['banned-phrase', 'ASAP'],
      ['vague-timeline', 'ASAP']
    ])
  })

  test('draft mode: a placeholder left in is an error, a name slot gets the name as a safe fix', () => {
    const text = 'Hi {{ticket.requester.first_name}},\n\nThanks! Your refund of {{amount}} is on its way.\n\nSam'
    expect(checkReply(text).messages).toEqual([])
    const draft = checkReply(text, {draft: true, customerName: 'Dana Whitfield'})
    expect(
      draft.messages.map((message) => [message.ruleId, message.actual, message.expected, message.safeFix === true])
    ).toEqual([
      ['unfilled-placeholder', '{{ticket.requester.first_name}}', ['Dana'], true],
      ['unfilled-placeholder', '{{amount}}', ['the amount'], false]
    ])
    expect(() => checkReply(text, {draft: 'yes' as never})).toThrow(/options\.draft/)
    // A one-character slot names nothing to write: "the 0" is no hint a person would use.
    const positional = checkReply('Hi Dana, thanks! Your balance is {0} coins.', {draft: true})
    expect(positional.messages.map((message) => [message.actual, message.expected])).toEqual([
      ['{0}', ['the missing detail']]
    ])
  })

  test('phrase rules share one automaton and resolve overlaps within a rule only', () => {
    const report = checkReply('Hi Dana, thanks. I’m sorry, but no, we can’t do that.')
    expect(report.messages.map((message) => [message.ruleId, message.actual])).toEqual([
      ['non-apology', 'I’m sorry, but'],
      ['banned-phrase', 'no']
    ])
  })

  test('takes placeholder syntaxes of the user’s, which may start anywhere', () => {
    const options = {placeholders: ['__[A-Z_]{1,40}__']}
    expect(render('Hi __FIRST_NAME__, thanks! Your code is __NO__.', options)).toEqual([])
    expect(render('Hi __AGENT__, thanks!', options)).toEqual([
      '1:1-1:13: Unexpected placeholder in `Hi __AGENT__`, it does not name the customer: use `Hi [Customer Name]`'
    ])
  })

  test('never matches inside placeholders', () => {
    expect(render('Hi {{ customer.first_name | default: "no" }}, thanks! [No reply] {no}')).toEqual([])
  })

  test('reads words that name object members as words, and chat typed without apostrophes as with them', () => {
    expect(
      render('Hi Sam, the constructor and toString run twice. Thanks for the report!', {customerName: 'Sam'})
    ).toEqual([])
    const rules = (text: string) => checkReply(text, {customerName: 'Sam'}).messages.map((message) => message.ruleId)
    expect(rules("Hi Sam, thanks for asking. There's nothing we can do.")).toContain('banned-phrase')
    expect(rules('Hi Sam, thanks for asking. Theres nothing we can do.')).toEqual(
      rules("Hi Sam, thanks for asking. There's nothing we can do.")
    )
  })
})

describe('options', () => {
  test('a misspelt rule id is a TypeError naming the closest rule', () => {
    expect(() => checkReply('Hi', {rules: {'banned-phrases': 'off'} as never})).toThrow(
      new TypeError('Unknown rule `banned-phrases` in `options.rules`; did you mean `banned-phrase`?')
    )
  })
  test('a bad severity is a TypeError naming the option', () => {
    expect(() => checkReply('Hi', {rules: {'require-thanks': 'warning'} as never})).toThrow(
      /^Expected `options.rules\['require-thanks'\]` to be `off`, `warn` or `error`, not `warning`; did you mean `warn`\?$/
    )
  })
  test('an unknown option is a TypeError', () => {
    expect(() => checkReply('Hi', {customername: 'Dana'} as never)).toThrow(
      'Unknown option `customername`; did you mean `customerName`?'
    )
  })
  test('a bad phrase entry is a TypeError naming it', () => {
    expect(() => checkReply('Hi', {bannedPhrases: [{id: 'x', phrases: ['a'], suggestions: []}]})).toThrow(
      'Expected `options.bannedPhrases[0].suggestions` to be a non-empty list of strings'
    )
    expect(() => checkReply('Hi', {bannedPhrases: [{id: 'x', phrases: ['(a | b'], suggestions: ['c']}]})).toThrow(
      /Unclosed `\(`/
    )
    expect(() =>
      checkReply('Hi', {bannedPhrases: [{id: 'x', phrases: ['asap'], suggestions: ['c'], unless: [{after: '(a | b'}]}]})
    ).toThrow(/^Invalid context in `bannedPhrases\[0\]` \(`x`\): Unclosed `\(`/)
    expect(() =>
      checkReply('Hi', {bannedPhrases: [{id: 'x', phrases: ['asap'], suggestions: ['c'], when: [{after: '[a]'}]}]})
    ).toThrow(/can match nothing/)
  })
  test('a context with millions of phrasings compiles to its own size and matches', () => {
    // 2^24 phrasings if spelled out; the context automaton has a few states per word.
    const huge = Array.from({length: 24}, () => '[a | b]').join(' ') + ' stop'
    const options = {bannedPhrases: [{id: 'x', phrases: ['asap'], suggestions: ['soon'], unless: [{after: huge}]}]}
    expect(
      checkReply('Do it asap a b a b stop.', options).messages.filter((message) => message.ruleId === 'banned-phrase')
    ).toEqual([])
    expect(checkReply('Do it asap a b c stop.', options).messages.map((message) => message.actual)).toContain('asap')
  })
  test('a non-string text is a TypeError', () => {
    expect(() => checkReply(42 as never)).toThrow(TypeError)
  })
})

describe('bad input never throws', () => {
  const cases: Array<[string, string, mod.CheckOptions?]> = [
    ['empty', ''],
    ['white space', '  \n\n\t '],
    ['emoji', '🙂🎉 Thanks! 💜'],
    ['control characters', 'Hi\u0000 Dana\u0007,\u001b thanks\u0008!'],
    ['unbalanced braces', 'Hi {{{{ thanks }} {% %{ [ ]] no'],
    ['empty name', 'Hi Dana, thanks!', {customerName: ''}],
    ['blank name list', 'Hi Dana, thanks!', {customerName: ['', '  ']}],
    ['lone surrogate', 'Hi \ud800 Dana, thanks!']
  ]
  for (const [name, text, options] of cases) {
    test(name, () => {
      const report = checkReply(text, options)
      expect(Array.isArray(report.messages)).toBe(true)
    })
  }
  test('empty and white-space replies have no findings', () => {
    expect(render('')).toEqual([])
    expect(render(' \n ')).toEqual([])
  })
  test('an empty name option behaves as no name', () => {
    expect(render('Hi Sarah, thanks!', {customerName: ''})).toEqual([])
  })
  test('1 MB of text', () => {
    const reply = 'Hi Dana, thanks for your patience. No, we can’t do that. '
    const text = reply.repeat(Math.ceil(1_000_000 / reply.length))
    const report = checkReply(text)
    expect(report.messages.filter((message) => message.ruleId === 'banned-phrase').length).toBe(
      Math.ceil(1_000_000 / reply.length)
    )
  })
})

describe('unified pipeline', () => {
  test('the preset in anyone’s pipeline gives what checkReply gives', async () => {
    const text = 'Hello,\n\nNope. There’s nothing we can do.\n\nRegards,\nSam'
    const file = await unified().use(retextEnglish).use(replylint).use(retextStringify).process(text)
    expect(String(file)).toBe(text)
    // A pipeline reports in rule order; reporters (and checkReply) sort by place.
    expect(file.messages.map(String).sort()).toEqual(render(text).sort())
  })

  test('each rule is its own plugin, with placeholders as syntax', async () => {
    const processor = unified()
      .use(retextEnglish)
      .use(retextPlaceholders)
      .use(retextRequireCustomerName, {customerName: 'Dana'})
      .use(retextStringify)
    const named = await processor.process('Hi {{ticket.requester.first_name}}, your order shipped.')
    expect(named.messages).toEqual([])
    const wrong = await processor.process('Hi Sarah, your order shipped.')
    expect(wrong.messages.map(String)).toEqual([
      '1:4-1:9: Unexpected name `Sarah`, this reply is for `Dana`: use `Dana`'
    ])

    const banned = await unified()
      .use(retextEnglish)
      .use(retextBannedPhrase, {severity: 'warn'})
      .use(retextStringify)
      .process('No.')
    expect(banned.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['banned-phrase', false]])
    const thanks = await unified()
      .use(retextEnglish)
      .use(retextRequireThanks)
      .use(retextStringify)
      .process('Your order shipped.')
    expect(thanks.messages.map((message) => message.ruleId)).toEqual(['require-thanks'])
  })

  test('the customer name can travel on the file', async () => {
    const processor = unified().use(retextEnglish).use(replylint).use(retextStringify)
    const file = new VFile({value: 'Hi Sarah, thanks!', data: {customerName: 'Dana'}})
    await processor.process(file)
    expect(file.messages.map((message) => message.actual)).toEqual(['Sarah'])
  })

  test('invalid options throw when the processor is frozen', () => {
    expect(() =>
      unified()
        .use(retextEnglish)
        .use(replylint, {rules: {nope: 'off'}} as never)
        .freeze()
    ).toThrow(TypeError)
  })
})
