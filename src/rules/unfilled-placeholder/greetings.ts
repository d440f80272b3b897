// unfilled-placeholder: a greeting's slot, which stays a slot wherever the
// reply shows syntax, and the reply's own greeting among later ones.
import type {Tokens} from '../../engine/tokens.js'
import {isNamePlaceholder} from '../customer-name.js'

/** A salutation's slot: after "Hi", "Dear" … at a line's start, or alone on it before a comma ("%s,"). */
export function atGreeting(tokens: Tokens, index: number): boolean {
  return afterGreetingWord(tokens, index) || (lineStart(tokens, index) && tokens.value(index + 1) === ',')
}

// "Hi [Customer Name]," at the start of a line: a greeting's slot, whatever
// the paragraph around it explains.
export function greetingSlot(tokens: Tokens, index: number): boolean {
  if (!isNamePlaceholder(tokens.value(index))) return false
  return lineStart(tokens, index) || afterGreetingWord(tokens, index)
}

/**
 * The reply's own greeting's slot: a later "Hi {{ first_name }}," line, once
 * the reply has greeted ("Hi Grace, … add a fallback like this:"), is a
 * template shown.
 */
export function ownGreeting(tokens: Tokens, index: number): boolean {
  if (!atGreeting(tokens, index)) return false
  const first = tokens.remember(firstGreetingKey, () => {
    for (let at = 0; at < tokens.length; at++)
      if (afterGreetingWord(tokens, at + 1) || atGreeting(tokens, at)) return at
    return -1
  })
  return first === -1 || first >= index - 1
}

const firstGreetingKey = {}

/** Right after "Hi", "Dear" … that starts a line. */
function afterGreetingWord(tokens: Tokens, index: number): boolean {
  return index > 0 && greetingWords.has(tokens.norm(index - 1)) && lineStart(tokens, index - 1)
}

const greetingWords = new Set(['hi', 'hello', 'hey', 'dear', 'hiya', 'morning', 'afternoon', 'evening'])

export const lineStart = (tokens: Tokens, index: number) =>
  index === 0 || tokens.gap(index) === 'line' || tokens.gap(index) === 'paragraph'
