import {PhraseIndex} from '../engine/phrase-index.js'
import type {Token} from '../engine/tokens.js'
import {requireThanksData} from '../generated/rules.js'

let closings: PhraseIndex | undefined

/**
 * The index of the token that opens the reply's sign-off ("Best regards,",
 * "Cheers!", "-- "), or of a bare signature paragraph ("{agent_name}",
 * "Sam") that ends a reply of several paragraphs; `undefined` if neither.
 */
export function signOffIndex(tokens: readonly Token[]): number | undefined {
  closings ??= new PhraseIndex(
    [
      {
        id: 'closing',
        phrases: requireThanksData.closings,
        // A closing opens its line and ends it, or is followed by a pause.
        when: [{before: '<start>', after: '(, | ! | . | <end>)'}, {before: '<start>', after: '<word>'}]
      }
    ],
    'require-thanks.closings'
  )
  const matches = closings.find(tokens)
  const last = matches.at(-1)
  if (last && isShortLine(tokens, last.start)) return last.start

  // A last paragraph of one to three tokens reads as a signature.
  let start = tokens.length - 1
  while (start > 0 && tokens[start]!.gap !== 'paragraph') start--
  const length = tokens.length - start
  if (start > 0 && length > 0 && length <= 3) return start
  return undefined
}

// "Best regards, Sam" is a sign-off; "Best of all, the fix is live." is not.
function isShortLine(tokens: readonly Token[], start: number): boolean {
  let words = 0
  for (let index = start; index < tokens.length; index++) {
    const token = tokens[index]!
    if (index > start && (token.gap === 'line' || token.gap === 'paragraph')) break
    if (token.kind === 'word') words++
  }
  return words <= 5
}
