import {random} from './corpus.mjs'

// Custom banned-phrase lists of any size, seeded. Every list starts with the
// same five phrases that really occur in the corpus, so each size reports the
// same findings; the rest share the corpus's first words (the automaton walks
// into them) but never complete, so what grows is only the phrase count.
const vocabulary = [
  'refund',
  'order',
  'parcel',
  'account',
  'plan',
  'trial',
  'courier',
  'invoice',
  'delivery',
  'setting',
  'cancel',
  'upgrade',
  'policy',
  'deadline',
  'warehouse',
  'business',
  'release',
  'password',
  'address',
  'team'
]
const glue = ['the', 'your', 'our', 'a', 'no', 'we', 'cannot', 'will', 'is', 'in', 'on', 'for', 'not', 'any']

export function phraseEntries(count, seed = 7) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const real = ['your account', 'the parcel', 'our engineers', 'a fix', 'the courier']
  const entries = []
  for (let index = 0; index < count; index++) {
    const phrase = index < real.length ? real[index] : `${pick(glue)} ${pick(vocabulary)} ${pick(vocabulary)}-${index}`
    entries.push({id: `phrase-${index}`, phrases: [phrase], suggestions: ['a better wording']})
  }
  return entries
}
