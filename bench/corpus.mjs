// A seeded, reproducible corpus of realistic replies for the benchmark:
// greetings (names, placeholders, generic), body sentences (help, refusals,
// idioms with "no", apologies), thanks and sign-offs, 40–200 words each.
// Same seed, same corpus, on any machine: no network, no ../shared.

export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const names = [
  'Dana',
  'Adaeze',
  'Zoë',
  'Anne-Marie',
  'José',
  'Priya',
  'Marcus',
  'Siobhán',
  'Kai',
  'Noah',
  'Nora',
  'Mrs. Okafor',
  'Mr. Lee',
  'Dr. Nguyen'
]
const placeholders = [
  '{{ticket.requester.first_name}}',
  "{{ customer.first_name | default: 'there' }}",
  '{%customer.firstName%}',
  '%{recipient.name.first}',
  '[Customer Name]',
  '{customer_name}'
]
const greetings = ['Hi', 'Hello', 'Dear', 'Hey', 'Good morning']
const generic = ['Dear Customer,', 'Hi there,', 'Hello,', 'Dear valued customer,', 'To whom it may concern,']
const body = [
  'I have looked into your order and the parcel left our warehouse this morning.',
  'Your refund of {{ticket.custom_fields.amount}} has been issued and should arrive within five business days.',
  'There is no charge for the replacement, and it will reach you no later than Friday.',
  'No problem at all, I have updated the delivery address on your account.',
  'Your ticket No. 4471 is now with our billing team, who will reply in no time.',
  'Emails from no-reply@example.com are ours, so you can safely open them.',
  'I know this has been frustrating, and nothing about it is your fault.',
  'No matter which plan you choose, the setup takes only a few minutes.',
  'You will no longer be charged for the premium add-on from next month.',
  'I have attached a step-by-step guide; the second section covers exporting your data.',
  'Our engineers reproduced the problem and a fix is scheduled for the next release.',
  'If the issue comes back, reply to this email and I will pick it up personally.',
  'I am sorry about the delay in our reply; we have had a very busy week.',
  'Say no more: I have upgraded your account for free as a thank-you for your patience.',
  'The courier confirmed the parcel is at your local depot and will be delivered tomorrow.',
  'You can change the setting under Account, then Notifications, then Email.'
]
const faults = [
  'No, we cannot extend the trial beyond thirty days.',
  'There is really nothing more we can do about it.',
  'Sorry about that!',
  'Unfortunately, no — the sale has ended.',
  'Nope, that is not something we offer.',
  "I'm afraid the answer is no.",
  'Our hands are tied on this one.'
]
const thanks = [
  'Thank you for your patience.',
  'Thanks for reaching out to us!',
  'We appreciate your business.',
  'Many thanks for the details.'
]
const signoffs = [
  'Best regards,\nSam',
  'Kind regards,\n{{current_user.first_name}}',
  'Cheers,\nAva',
  'Warm wishes,\nThe Support Team',
  'All the best,\nLeo'
]

export function generateCorpus(count = 2000, seed = 20261122) {
  const next = random(seed)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const replies = []
  while (replies.length < count) {
    const parts = []
    const greeting = next()
    if (greeting < 0.55) parts.push(`${pick(greetings)} ${pick(names)},`)
    else if (greeting < 0.85) parts.push(`${pick(greetings)} ${pick(placeholders)},`)
    else parts.push(pick(generic))
    const target = 40 + Math.floor(next() * 160)
    const sentences = []
    let words = 4
    while (words < target - 12) {
      const sentence = next() < 0.12 ? pick(faults) : pick(body)
      sentences.push(sentence)
      words += sentence.split(/\s+/).length
    }
    if (next() < 0.75) sentences.splice(Math.floor(next() * (sentences.length + 1)), 0, pick(thanks))
    // Paragraphs of one to three sentences.
    const paragraphs = []
    for (let index = 0; index < sentences.length;) {
      const size = 1 + Math.floor(next() * 3)
      paragraphs.push(sentences.slice(index, index + size).join(' '))
      index += size
    }
    parts.push(...paragraphs, pick(signoffs))
    const text = parts.join('\n\n')
    const count = text.split(/\s+/).length
    if (count >= 40 && count <= 200) replies.push(text)
  }
  return replies
}

export function countWords(texts) {
  let words = 0
  for (const text of texts) words += text.split(/\s+/).filter(Boolean).length
  return words
}
