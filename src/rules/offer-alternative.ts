import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {tokensOf, type Tokens} from '../engine/tokens.js'
import {offerAlternativeData} from '../generated/rules.js'
import {report, slice} from '../report.js'
import type {Severity, Situation} from '../types.js'
import {walking, type RuleCheck} from './data.js'
import {
  catalogueFor,
  fallbackSituation,
  inVoice,
  sentenceBounds,
  speaksAsWe,
  type Analysis,
  type Span
} from './situations.js'

export interface OfferAlternativeOptions {
  /** `warn` or `error` (default: the rule's, see `rules/offer-alternative.yml`). */
  readonly severity?: Exclude<Severity, 'off'> | null | undefined
  /** Your own situations and alternatives, or changes to the built-in ones. */
  readonly situations?: readonly Situation[] | null | undefined
}

/**
 * retext plugin: a reply that declines or states a limitation and offers no
 * other way after it gets one finding on the declining clause, with the
 * situation's alternatives to add after it in `expected`.
 */
export default function retextOfferAlternative(options?: Readonly<OfferAlternativeOptions> | null) {
  const check = createOfferAlternativeCheck(options)
  return (tree: Root, file: VFile): undefined => check(tokensOf(tree), file)
}

export function createOfferAlternativeCheck(options?: Readonly<OfferAlternativeOptions> | null): RuleCheck {
  const severity =
    options?.severity ?? (offerAlternativeData.severity === 'off' ? 'warn' : offerAlternativeData.severity)
  const catalogue = catalogueFor(options?.situations)

  return walking(catalogue.walks, function (tokens, file) {
    const analysis = catalogue.analyse(tokens)
    const opening = catalogue.firstDecline(analysis)
    if (!opening) return
    const decline = unanswered(
      analysis,
      (visit) => catalogue.eachDecline(analysis, visit),
      catalogue.offersIn(analysis, opening)
    )
    if (!decline) return

    const [first, last] = sentenceBounds(analysis, decline.start)
    const situation = catalogue.situationAt(analysis, decline.start) ?? fallbackSituation
    const start = tokens.start(clauseStart(tokens, first, decline.start))
    const end = tokens.end(last)

    // A refusal or dead end that banned-phrase flagged in this sentence
    // already carries these alternatives: one finding asks for one edit.
    const from = tokens.start(first).offset ?? 0
    const to = end.offset ?? 0
    for (const message of file.messages) {
      const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
      if (
        message.ruleId === 'banned-phrase' &&
        message.situation !== undefined &&
        offset !== undefined &&
        offset >= from &&
        offset <= to
      ) {
        message.covers = [...(message.covers ?? []), 'offer-alternative']
        return
      }
    }

    const actual = slice(file, start, end)
    const we = speaksAsWe(tokens)
    const separator = /[.!?…]["'”’)]*$/.test(actual) ? ' ' : '. '
    const declined = slice(file, tokens.start(decline.start), tokens.end(decline.end - 1))
    const message = report(file, {
      ruleId: 'offer-alternative',
      severity,
      reason: `Unexpected decline \`${declined}\` with no alternative after it, offer another way to solve the problem`,
      start,
      end,
      actual,
      expected: situation.alternatives.map((alternative) => actual + separator + inVoice(alternative, we)),
      note: `${offerAlternativeData.note} Situation: ${situation.label} (\`${situation.id}\`).`
    })
    message.situation = situation.id
  })
}

/**
 * The first decline with no offer after it (or just before it), skipping
 * questions ("Why can't I log in?").
 */
function unanswered(
  analysis: Analysis,
  eachDecline: (visit: (decline: Span) => boolean) => void,
  offers: readonly Span[]
): Span | undefined {
  const {tokens} = analysis
  // Offers come in order of start: the last of each kind decides "after"
  // (a later separate offer is after more clause breaks), so a long text
  // with thousands of declines costs one pass, not declines × offers.
  let lastOffer = -1
  let lastSeparate: Span | undefined
  for (const offer of offers) {
    if (offer.separate) lastSeparate = offer
    else lastOffer = Math.max(lastOffer, offer.start)
  }
  let cursor = 0
  // The last mark before each question's "?", found once per sentence: many
  // declines in one long question would otherwise each walk it back.
  const lastMarks = new Map<number, number>()
  let found: Span | undefined
  eachDecline((decline) => {
    const [first, last] = sentenceBounds(analysis, decline.start)
    if (tokens.value(last) === '?') {
      let mark = lastMarks.get(last)
      if (mark === undefined) lastMarks.set(last, (mark = lastMark(tokens, first, last)))
      if (!(mark >= decline.end && closingQuestion(tokens, mark, last))) return false
    }
    if (lastOffer >= decline.end) return false
    if (lastSeparate && lastSeparate.start >= decline.end && clauseBreak(tokens, decline.end, lastSeparate.start))
      return false
    // An offer made just before the decline answers it too ("You're welcome
    // to update the request. Until then we can't review it."): the sentence
    // before in the same paragraph, or earlier in its own sentence. A new
    // paragraph is a new request ("I've added the bag.\n\nAs for the fee,
    // it's non-refundable."): what was done above does not answer it.
    const before = first > 0 && tokens.gap(first) !== 'paragraph' ? sentenceBounds(analysis, first - 1)[0] : first
    while (cursor < offers.length && offers[cursor]!.start < before) cursor++
    let answered = false
    for (let index = cursor; index < offers.length && offers[index]!.start < decline.start; index++) {
      const offer = offers[index]!
      if (!offer.separate && offer.end <= decline.start) answered = true
    }
    if (answered || contrastOffer(analysis, decline)) return false
    found = decline
    return true
  })
  return found
}

/** The last mark (or emoji) of the sentence `first`…`last` before its closing "?", or -1. */
function lastMark(tokens: Tokens, first: number, last: number): number {
  let index = last - 1
  while (index >= first && tokens.value(index) === '?') index--
  for (; index >= first; index--) {
    const kind = tokens.kind(index)
    if (kind === 'punct' || kind === 'symbol') return index
  }
  return -1
}

/**
 * Whether the question after `mark` is a closing one ("I can't process that
 * one, sorry :( anything else?"), so the decline before it was said, not
 * asked; "is there another date that works?" offers, and stays a question.
 */
function closingQuestion(tokens: Tokens, mark: number, last: number): boolean {
  let next = mark + 1
  while (next < last && tokens.kind(next) !== 'word') next++
  const word = tokens.norm(next)
  return (
    word === 'anything' ||
    word === 'any' ||
    (word === 'is' && tokens.norm(next + 1) === 'there' && tokens.norm(next + 2) === 'anything')
  )
}

/** Where the clause holding `at` starts: after a mark or a joining word, or at the sentence start. */
function clauseStart(tokens: Tokens, first: number, at: number): number {
  let index = at
  while (
    index > first &&
    tokens.kind(index - 1) !== 'punct' &&
    !clauseWords.has(tokens.norm(index - 1)) &&
    tokens.sameLine(index)
  )
    index--
  return index
}

const clauseWords = new Set(['but', 'however', 'though', 'although', 'instead', 'so', 'rather'])

/** Whether a clause ends between `from` and `to`: a mark, "but", or a new sentence. */
function clauseBreak(tokens: Tokens, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    if (tokens.kind(index) === 'punct' || clauseWords.has(tokens.norm(index))) return true
    if (index > from && tokens.isBoundary(index)) return true
  }
  return tokens.isBoundary(to)
}

/**
 * A positive clause set against the decline ("…, but top-up packs are
 * available", "I can't extend it. But there's a new code on Friday") offers
 * the other way, whatever its words; one that regrets, thanks or closes
 * ("but I hope you understand") does not, nor one that declines again.
 */
function contrastOffer(analysis: Analysis, decline: Span): boolean {
  const {tokens} = analysis
  let [, last] = sentenceBounds(analysis, decline.start)
  let index = decline.end
  while (index <= last && !contrastWords.has(tokens.norm(index))) index++
  if (index > last) {
    const next = last + 1
    // A next sentence that opens with "But" answers, in a new paragraph too
    // ("… we can not give back the full deposit.\n\nBut I spoke with our manager …").
    if (next >= tokens.length || !contrastWords.has(tokens.norm(next))) return false
    index = next
    last = sentenceBounds(analysis, next)[1]
  }
  let words = 0
  for (index++; index <= last; index++) {
    const kind = tokens.kind(index)
    if (kind === 'punct') {
      const value = tokens.value(index)
      if (/^[.!?;…]+$/.test(value)) break
      // A whole positive clause is the offer; what follows a dash ("- no
      // appointment needed") or a comma ("…, so your figures aren't lost")
      // is another clause. Three words before a comma may be a lead-in
      // ("but in this case, sadly, …"): a comma takes four.
      if (/^[—–-]+$/.test(value) ? words >= 3 : value === ',' && words >= 4) return true
    }
    if (kind !== 'word') continue
    const norm = tokens.norm(index)
    // "with no extra cost" gives; only a "no" that refuses takes the offer back.
    if (norm === 'no' && freeOf.has(tokens.norm(index + 1))) continue
    // The customer's own policy that gives ("but your (insurance) policy
    // includes free vet calls") offers; ours shields, and "your policy
    // excludes dental work" limits.
    if (
      (norm === 'policy' || norm === 'policies') &&
      (tokens.norm(index - 1) === 'your' || tokens.norm(index - 2) === 'your') &&
      givingVerbs.has(tokens.norm(index + 1))
    ) {
      words++
      continue
    }
    if (notOffer.has(norm) || norm.endsWith("n't")) return false
    words++
  }
  return words >= 3
}

const contrastWords = new Set(['but', 'however', 'though', 'although'])
const givingVerbs = new Set(['includes', 'include', 'covers', 'cover', 'offers', 'gives', 'provides', 'comes'])
const freeOf = new Set(['extra', 'additional', 'cost', 'charge', 'fee', 'appointment', 'catch'])
const notOffer = new Set(
  'not no never nothing none nobody cannot unable neither nor without unfortunately sadly afraid only sorry apologise apologize apologies apology understand understanding appreciate hope hoping thank thanks excludes exclude excluded excluding regret regrets frustrating disappointing disappointed frustration inconvenience realise realize know assured questions question hesitate anything policy policies terms rules rule'.split(
    ' '
  )
)
