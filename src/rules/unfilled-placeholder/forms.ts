// unfilled-placeholder: a form the customer fills in, not a slot of ours.
import type {Tokens} from '../../engine/tokens.js'
import {unfilledPlaceholderData as data} from '../../generated/rules.js'
import {paragraphsOf, phraseAt} from './paragraphs.js'

const requests = data.formRequests.map((phrase) => phrase.split(' '))

// "I've filled in the return form for you": ours, done; no request to the customer.
const ourselves = new Set([
  'i',
  'we',
  "i've",
  "we've",
  "i'll",
  "we'll",
  "i'd",
  "we'd",
  "i'm",
  "we're",
  'have',
  'has',
  'already'
])

const requestsKey = {}

/** Per paragraph, the first token of a request to fill something in, or -1 (worked out once per reply). */
function requestsOf(tokens: Tokens): Int32Array {
  return tokens.remember(requestsKey, () => {
    const paragraphs = paragraphsOf(tokens)
    const first = new Int32Array(paragraphs.code.length).fill(-1)
    for (let index = 0; index < tokens.length; index++) {
      const paragraph = paragraphs.of[index]!
      if (first[paragraph] !== -1 || (index > 0 && ourselves.has(tokens.norm(index - 1)))) continue
      if (requests.some((words) => phraseAt(tokens, index, words))) first[paragraph] = index
    }
    return first
  })
}

/**
 * A blank that ends a form line ("Full name: ________", "the line 'Name of
 * applicant: ________'") where the customer is asked to fill it in: earlier
 * in its paragraph, or in the paragraph before when that one introduces it
 * ("please reply with the details below filled in:"). A blank with no
 * label ("your visit is on ________"), with text after it ("Your refund:
 * ____ will reach you"), or far from any request, is ours to fill.
 */
export function isFormBlank(tokens: Tokens, index: number, end: number, text: string): boolean {
  // A blank, or a bracket the customer answers in ("[your answer]", "[DD/MM/YYYY]").
  const value = tokens.value(index)
  if (!/^_{3,}$/.test(value) && !/^\[(?:your [\p{L} ]{1,30}|[DMY]{2,4}(?:[/.-][DMY]{2,4}){1,2})\]$/u.test(value))
    return false
  const at = tokens.start(index).offset ?? 0
  // The slot's end: a date's blanks are one ("____/____/______").
  const stop = tokens.end(end - 1).offset ?? at
  // The line's end after it, or the quote that closes a line quoted from a form.
  if (!/^(?:["'”’]|[ \t]*(?:[\r\n]|$))/.test(text.slice(stop, stop + 4))) return false
  // A label before it on its line, read in the text (a "Label: value" line
  // may be read as a transcript's turn, its label left out of the words),
  // and at most 100 characters back: a blank is never a reason to read a
  // whole line.
  let from = at
  while (from > 0 && at - from < 100 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--
  if (!/\p{L}[^:]*:\s*$/u.test(text.slice(from, at))) return false
  const first = requestsOf(tokens)
  const {of, endsInColon} = paragraphsOf(tokens)
  const paragraph = of[index]!
  const own = first[paragraph]!
  if (own !== -1 && own < index) return true
  return paragraph > 0 && first[paragraph - 1] !== -1 && endsInColon[paragraph - 1] === 1
}
