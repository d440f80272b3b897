import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {tokensOf, type Tokens} from '../engine/tokens.js'
import {offerAlternativeData} from '../generated/rules.js'
import {report, slice} from '../report.js'
import type {Severity, Situation} from '../types.js'
import type {RuleCheck} from './data.js'
import {catalogueFor, fallbackSituation, inVoice, sentenceBounds, speaksAsWe, type Analysis, type Span} from './situations.js'

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
  const severity = options?.severity ?? (offerAlternativeData.severity === 'off' ? 'warn' : offerAlternativeData.severity)
  const catalogue = catalogueFor(options?.situations)

  return function (tokens, file) {
    const analysis = catalogue.analyse(tokens)
    if (analysis.declines.length === 0) return
    const decline = unanswered(analysis, catalogue.offersIn(analysis))
    if (!decline) return

    const [first, last] = sentenceBounds(analysis, decline.start)
    const situation = catalogue.situationAt(analysis, decline.start) ?? fallbackSituation
    const start = tokens.start(decline.start)
    const end = tokens.end(last)

    // A refusal or dead end that banned-phrase flagged in this sentence
    // already carries these alternatives: one finding asks for one edit.
    const from = tokens.start(first).offset ?? 0
    const to = end.offset ?? 0
    for (const message of file.messages) {
      const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
      if (message.ruleId === 'banned-phrase' && message.situation !== undefined && offset !== undefined && offset >= from && offset <= to) {
        message.covers = [...(message.covers ?? []), 'offer-alternative']
        return
      }
    }

    const actual = slice(file, start, end)
    const we = speaksAsWe(tokens)
    const separator = /[.!?…]["'”’)]*$/.test(actual) ? ' ' : '. '
    const declined = slice(file, start, tokens.end(decline.end - 1))
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
  }
}

/**
 * The first decline with no offer after it (or just before it), skipping
 * questions ("Why can't I log in?").
 */
function unanswered(analysis: Analysis, offers: readonly Span[]): Span | undefined {
  const {tokens, declines} = analysis
  for (const decline of declines) {
    const [first, last] = sentenceBounds(analysis, decline.start)
    if (tokens.value(last) === '?') continue
    // An offer made just before the decline answers it too ("You're welcome
    // to update the request. Until then we can't review it."): the sentence
    // before, or earlier in its own sentence.
    const before = first > 0 ? sentenceBounds(analysis, first - 1)[0] : 0
    const answered = offers.some(
      (offer) =>
        (offer.start >= decline.end && (!offer.separate || clauseBreak(tokens, decline.end, offer.start))) ||
        (!offer.separate && offer.start >= before && offer.end <= decline.start)
    )
    if (!answered) return decline
  }
  return undefined
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
