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
  // A closing opens a line, so only line starts need a look, from the end.
  for (let index = tokens.length - 1; index >= 0; index--) {
    if (!tokens.isBoundary(index)) continue
    if (closings.matchAt(tokens, index)) {
      if (isShortLine(tokens, index)) return index
      break
    }
  }

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
