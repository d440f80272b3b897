// unfilled-placeholder: a form the customer fills in, not a slot of ours.
import type {Tokens} from '../../engine/tokens.js'
import {unfilledPlaceholderData as data} from '../../generated/rules.js'
import {phraseAt} from './paragraphs.js'

const requests = data.formRequests.map((phrase) => phrase.split(' '))

const requestKey = {}

/** Where the reply first asks the customer to fill something in, or -1 (worked out once per reply). */
function firstRequest(tokens: Tokens): number {
  return tokens.remember(requestKey, () => {
    for (let index = 0; index < tokens.length; index++)
      if (requests.some((words) => phraseAt(tokens, index, words))) return index
    return -1
  })
}

/**
 * A blank after a field's label ("Full name: ________", "the line 'Name of
 * applicant: ________'") in a reply that has asked the customer to fill
 * something in: their field. A blank with no label ("your visit is on
 * ________"), or in a reply that asks nothing of them, is ours to fill.
 */
export function isFormBlank(tokens: Tokens, index: number, text: string): boolean {
  if (!/^_{3,}$/.test(tokens.value(index))) return false
  // A label before it on its line ("Allergies (please list): ____"), read in
  // the text: a "Label: value" line may be read as a transcript's turn, and
  // its label left out of the words.
  const at = tokens.start(index).offset ?? 0
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at)
  if (!/\p{L}[^:]*:\s*$/u.test(line)) return false
  const request = firstRequest(tokens)
  return request !== -1 && request < index
}
