import {PhraseIndex} from '../engine/phrase-index.js'
import type {Tokens} from '../engine/tokens.js'
import {requireThanksData} from '../generated/rules.js'

let closings: PhraseIndex | undefined

/**
 * The index of the token that opens the reply's sign-off ("Best regards,",
 * "Cheers!", "-- "), or of a bare signature paragraph ("{agent_name}",
 * "Sam") that ends a reply of several paragraphs; `undefined` if neither.
 */
export function signOffIndex(tokens: Tokens): number | undefined {
  closings ??= new PhraseIndex(
    [
      {
        id: 'closing',
        phrases: requireThanksData.closings,
        // A closing opens its line and ends it, or is followed by a pause.
        when: [
          {before: '<start>', after: '(, | ! | . | <end>)'},
          {before: '<start>', after: '<word>'}
        ]
      }
    ],
    'require-thanks.closings',
    1
  )
  // A closing opens a line (or a sentence): the last one that does is the
  // one to judge. One walk over the reply, not a look at each line start from
  // the end, which for a reply with no closing was a walk per sentence.
  const last = closings.longest(tokens).findLast((match) => tokens.isBoundary(match.start))
  if (last && isShortLine(tokens, last.start)) return last.start

  // A last paragraph of one to three tokens reads as a signature ("Sam",
  // "— Sam", "{{agent.name}}"); a short closing sentence ("Nope.") does not.
  let start = tokens.length - 1
  while (start > 0 && tokens.gap(start) !== 'paragraph') start--
  const length = tokens.length - start
  if (start > 0 && length > 0 && length <= 3 && looksLikeSignature(tokens, start)) return start
  return undefined
}

function looksLikeSignature(tokens: Tokens, start: number): boolean {
  const last = tokens.value(tokens.length - 1)
  if (tokens.kind(tokens.length - 1) === 'punct' && /^[.!?…]+$/.test(last)) return false
  const first = tokens.kind(start)
  return first !== 'word' || /^\p{Lu}/u.test(tokens.value(start))
}

// "Best regards, Sam" is a sign-off; "Best of all, the fix is live." is not.
function isShortLine(tokens: Tokens, start: number): boolean {
  let words = 0
  for (let index = start; index < tokens.length; index++) {
    if (index > start && !tokens.sameLine(index)) break
    if (tokens.kind(index) === 'word') words++
  }
  return words <= 5
}
