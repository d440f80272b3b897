// Words are compared after folding case, apostrophes and diacritics, so that
// "There’s", "there's" and "THERE'S" are one phrase and "Zoë" matches "Zoe".
const apostrophes = /[\u2019\u2018\u02BC\u0060\u00B4]/g
const marks = /\p{M}/gu
const ascii = /^[\x00-\x7F]*$/

export function normalizeWord(value: string): string {
  const lower = value.toLowerCase()
  if (ascii.test(lower)) return lower
  return lower.normalize('NFD').replace(marks, '').replace(apostrophes, "'")
}

export function isApostrophe(value: string): boolean {
  return /^['\u2019\u2018\u02BC]+$/.test(value)
}
