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
export function isFormBlank(tokens: Tokens, index: number): boolean {
  if (!/^_{3,}$/.test(tokens.value(index)) || index < 2) return false
  if (tokens.value(index - 1) !== ':' || tokens.kind(index - 2) !== 'word') return false
  const request = firstRequest(tokens)
  return request !== -1 && request < index
}
