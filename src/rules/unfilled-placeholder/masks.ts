// unfilled-placeholder: date and number masks (`DD/MM/YYYY`, `XXXX XXXX 4410`)
// and whether a reply names one as a format.
import type {Tokens} from '../../engine/tokens.js'
import {unfilledPlaceholderData as data} from '../../generated/rules.js'

// `DD/MM/YYYY`, `HH:MM`: a format mask left where a date or time goes. One
// part alone (`MM`, `DD`) is too often an abbreviation, so it takes two parts
// joined by a mark with no space between.
const maskParts = new Set(data.maskParts)

export const maskAfter = new Set(data.maskNamedAfter)

// "your file uses DD/MM/YYYY (e.g. 03/04/2025) while the account is set to
// MM/DD/YYYY": a reply that writes a date the way a mask does talks about the
// format; a mask left to fill stands where no such date is.
// Only a date given as an example counts ("e.g. 03/04/2025", "as 03/04/2025"):
// "valid from DD/MM/YYYY to 31/08/2026" still leaves a date to fill.
export function datesWritten(text: string): Set<string> {
  const marks = new Set<string>()
  const example =
    /\b(?:e\.g\.|eg|for example|for instance|such as|like|as|so)\s+(\d{1,4})([/.-])\d{1,2}\2\d{1,4}(?![\d/.-])/gi
  for (const match of text.matchAll(example)) marks.add(match[2]!)
  return marks
}

/** The mark a mask's parts are joined by (`/` of `DD/MM/YYYY`). */
export function maskMark(tokens: Tokens, start: number, end: number): string {
  for (let index = start; index < end; index++) {
    const mark = /[/.-]/.exec(tokens.value(index))?.[0]
    if (mark) return mark
  }
  return ''
}

export function maskEnd(tokens: Tokens, index: number): number {
  // Tokens split a mask unevenly (`DD/MM`, `/YYYY`): join touching tokens
  // while they hold only mask parts and marks, and keep the longest full mask.
  let text = ''
  let best = index
  // A mask is a few parts (`YYYY-MM-DDTHH:MM` is nine tokens): a longer glued run is no mask, and stopping there keeps a text of `DD/` × n linear.
  for (
    let end = index;
    end < tokens.length && end - index < 12 && (end === index || tokens.gap(end) === 'none');
    end++
  ) {
    text += tokens.value(end)
    const parts = text.split(/[/.:-]/)
    if (!parts.every((part, at) => maskParts.has(part) || (part === '' && at === parts.length - 1))) break
    if (parts.length > 1 && parts.every((part) => maskParts.has(part))) best = end + 1
  }
  return best
}

// `XXXX XXXX XXXX 4410`, `XXX-XXX-1234`, `XXXX-XXXX-0917`: runs of X that
// end in real digits on the same line mask a number that is there; nothing
// is left to fill. The end of the run, or `index`.
export function maskedNumberEnd(tokens: Tokens, index: number): number {
  if (/^(?:X{2,}[-./])+\p{N}{2,}$/u.test(tokens.value(index))) return index + 1
  let at = index
  // A masked number has a few groups (a card's four): a longer run of X is
  // not one, and stopping there keeps a text of `XX ` × n linear.
  while (at < tokens.length && at - index < 16 && /^X{2,}$/.test(tokens.value(at))) {
    at++
    if (at < tokens.length && tokens.gap(at) === 'none' && /^[-./]$/.test(tokens.value(at))) at++
    if (at < tokens.length && tokens.gap(at) !== 'none' && tokens.gap(at) !== 'space') return index
  }
  return at > index && at < tokens.length && /^\p{N}{2,}$/u.test(tokens.value(at)) ? at + 1 : index
}
