import {boundedMemo} from './memo.js'

// Words are compared after folding case, apostrophes and diacritics, so that
// "There’s", "there's" and "THERE'S" are one phrase and "Zoë" matches "Zoe"
// (and "Søren" "Soren").
const apostrophes = /[\u2019\u2018\u02BC\u0060\u00B4]/g
const marks = /\p{M}/gu
// Plain ASCII needs no folding: the fast path.
// eslint-disable-next-line no-control-regex
const ascii = /^[\x00-\x7F]*$/
// Letters that Unicode does not decompose into a base letter and a mark, so
// NFD leaves them whole: "Søren" must still match "Soren", "Łukasz" "Lukasz",
// "Guðrún" "Gudrun", "Weiß" "Weiss", "Þórður" "Thordur".
const undecomposed: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  þ: 'th',
  ð: 'd',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l'
}
const undecomposedLetters = /[øłæœßđþðıħŧŀ]/g

// Chat is typed without apostrophes ("a refund isnt possible", "we cant"):
// read the negative and pronoun contractions as written with one: only the
// forms that are no other word in a reply ("ill", "were", "well", "its",
// "id", "lets" are words of their own; "cant" the jargon and "wont" the habit
// are rarer in a reply than a typed "we cant" or "the system wont let me").
// A Map, not an object: a reply's words include "constructor" and "toString".
const bareContractions = new Map(
  'isnt arent wasnt werent dont doesnt didnt cant wont couldnt wouldnt shouldnt hasnt havent hadnt mustnt im ive youre youve theyre weve thats theres heres whats'
    .split(' ')
    .map((word) => [word, word.replace(/(nt|m|ve|re|s)$/, (ending) => (ending === 'nt' ? "n't" : `'${ending}`))])
)

// Replies repeat their words; a bounded memo saves the folding work.
export const normalizeWord = boundedMemo(10_000, (value) => {
  const lower = value.toLowerCase()
  return ascii.test(lower)
    ? (bareContractions.get(lower) ?? lower)
    : lower
        .normalize('NFD')
        .replace(marks, '')
        .replace(apostrophes, "'")
        .replace(undecomposedLetters, (letter) => undecomposed[letter]!)
})

export function isApostrophe(value: string): boolean {
  // Every punctuation mark of a reply asks: the first character rules most out.
  const first = value.charCodeAt(0)
  if (first !== 39 && first !== 0x2019 && first !== 0x2018 && first !== 0x2bc) return false
  return /^['\u2019\u2018\u02BC]+$/.test(value)
}
