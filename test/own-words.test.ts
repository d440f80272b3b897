// The customer's words in a plain-text reply (quoted lines, "On … wrote:"
// headers, forwarded blocks, a transcript's customer turns) are not ours: no
// rule reads them. Checked through the public API, as help desks call it.
import {expect, test} from 'vitest'
import {checkReply} from 'replylint'

const rules = (text: string, customerName?: string) =>
  checkReply(text, customerName ? {customerName} : undefined).messages.map(
    (message) => `${message.ruleId}:${message.actual}`
  )

test('quoted lines are not read: no refusal, no thanks, no name of theirs', () => {
  const reply =
    'Hi Tom,\n\nYour account is unlocked.\n\nBest,\nRiya\n\n> No, I still cannot log in. Sorry about that.\n> Thanks, Tom'
  expect(rules(reply)).toEqual(['require-thanks:'])
})

test('an "On … wrote:" header, on one line or two, and what it quotes', () => {
  const one =
    'Hi,\n\nIt is live now. Thanks!\n\nSam\n\nOn Mon, 2 Jun, Rosa Mendes <rosa@example.com> wrote:\n> Is it out? Thanks, Rosa'
  expect(rules(one, 'Rosa Mendes')).toEqual(['require-customer-name:Hi'])
  const two =
    'Hi Rosa, it is live now. Thanks!\n\nOn Mon, 2 Jun 2025 at 10:12, Rosa Mendes\n<rosa@example.com> wrote:\n> there is nothing we can do?'
  expect(rules(two, 'Rosa Mendes')).toEqual([])
})

test('a forwarded or original message, and an Outlook header, end our words', () => {
  const forwarded =
    'Hi Layla, thanks, escalated.\n\n---------- Forwarded message ---------\nFrom: Layla\n\nThe agent said no. Sorry about that.'
  expect(rules(forwarded)).toEqual([])
  const outlook =
    'Hi Layla, thanks, escalated.\n\nFrom: Layla Mansour\nSent: Monday\nSubject: claim\n\nNo way, sorry about that.'
  expect(rules(outlook)).toEqual([])
})

test('a transcript: the greeting after a speaker label greets, the customer turns are theirs', () => {
  const chat =
    '[14:02] Customer: no, that is wrong\n[14:03] Agent: Hi Jamal, thanks for waiting. It is fixed.\n[14:04] Customer: ok'
  expect(rules(chat)).toEqual([])
  const named = 'Mateo: hello?\nAgent: Hello there! Your check-in is at 3pm, thanks.\nMateo: ok'
  expect(rules(named, 'Mateo Ferrari')).toEqual(['require-customer-name:Hello there'])
})

test('our side of a chat alone: the labels go, the greeting stays', () => {
  expect(rules('Agent: Hi Dana, thanks for waiting.\nAgent: It is sorted now.')).toEqual([])
})

test('field lines are not a transcript', () => {
  const alert = 'Hi Nomvula,\n\nDevice: Chrome\nLocation: Durban\nNote: No.\n\nThanks, Kasi Bank'
  expect(rules(alert)).toEqual(['banned-phrase:No'])
})
