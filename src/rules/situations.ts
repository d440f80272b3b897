import {PhraseIndex} from '../engine/phrase-index.js'
import type {Tokens} from '../engine/tokens.js'
import {bannedPhraseData, offerAlternativeData} from '../generated/rules.js'
import type {PhrasePattern, Situation} from '../types.js'
import type {Suggester} from './phrase-rules.js'

/** A situation as the rules use it: built-in, changed by the user, or the user's own. */
export interface ResolvedSituation {
  readonly id: string
  readonly label: string
  readonly alternatives: readonly string[]
}

/** One entry of the catalogue's automata: what a match of it means. */
interface CatalogueEntry extends PhrasePattern {
  readonly separate?: boolean
  /** Triggers: the index of their situation. */
  readonly situation?: number
}

export interface Span {
  readonly start: number
  readonly end: number
  readonly separate?: boolean | undefined
}

/** What the catalogue found in one reply. */
export interface Analysis {
  readonly tokens: Tokens
  /** Offers, found only once a reply declines (most never do). */
  offers?: Span[]
  /** The sentence of each token (lazily: only replies with a finding need it). */
  sentences?: Int32Array
  /** Where each sentence starts, by sentence number. */
  sentenceStarts?: number[]
}

const noTriggers: ReadonlyArray<{situation: number; start: number}> = []

export const fallbackSituation: ResolvedSituation = {id: 'general', ...offerAlternativeData.fallback}

/**
 * The situations catalogue compiled with the decline and offer vocabulary
 * into one word automaton, so a reply is walked once for all of it however
 * many situations a team adds (10,000 triggers cost what 10 do).
 */
export class Catalogue {
  readonly situations: ResolvedSituation[]
  // Three indexes, which a checker walks with its other rules' in one
  // automaton (`walks`, see `SharedWalk`): a walk of their own each (and
  // the triggers' again around every finding) cost more than the one
  // shared walk, side by side. Used alone (a retext plugin without the preset), each walks
  // the reply itself, when first needed. Users' triggers compile at once,
  // so a bad pattern fails where it is given.
  private declinesIndex: PhraseIndex<CatalogueEntry> | undefined
  private offersIndex: PhraseIndex<CatalogueEntry> | undefined
  private triggersIndex: PhraseIndex<CatalogueEntry> | undefined
  private readonly merged: MergedSituation[]
  // A reply's analysis is kept with its tokens (`Tokens.keep`): banned-phrase
  // and offer-alternative read the same tokens in one check, and findings in
  // one sentence share its window of triggers.
  private readonly triggerScan = {}

  constructor(user: readonly Situation[] = []) {
    this.merged = mergeSituations(user)
    this.situations = this.merged.map(({id, label, alternatives}) => ({id, label, alternatives}))
    if (user.length > 0) this.triggers.compile()
  }

  private get declines(): PhraseIndex<CatalogueEntry> {
    if (this.declinesIndex) return this.declinesIndex
    const declines: CatalogueEntry[] = []
    const declineIds = new Set(offerAlternativeData.bannedPhrases.declines)
    for (const entry of bannedPhraseData.entries) {
      if (declineIds.has(entry.id))
        declines.push({...entry, unless: [...(entry.unless ?? []), ...offerAlternativeData.bannedDeclineUnless]})
    }
    declines.push(...offerAlternativeData.declines)
    return (this.declinesIndex = new PhraseIndex(declines, 'offer-alternative.declines', declines.length))
  }

  private get offers(): PhraseIndex<CatalogueEntry> {
    return (this.offersIndex ??= new PhraseIndex(
      offerAlternativeData.offers,
      'offer-alternative.offers',
      offerAlternativeData.offers.length
    ))
  }

  private get triggers(): PhraseIndex<CatalogueEntry> {
    if (this.triggersIndex) return this.triggersIndex
    // Built-in contexts compile on first use (their examples test them); users' triggers have none.
    const builtIns = offerAlternativeData.situations.length
    const merged = this.merged
    return (this.triggersIndex = new PhraseIndex(
      merged.map((situation, index) => ({id: situation.id, phrases: situation.triggers, situation: index})),
      (at) => (at < builtIns ? `offer-alternative.situations[${at}]` : `situations[${at - builtIns}]`),
      merged.length
    ))
  }

  /**
   * The indexes offer-alternative reads over whole replies: a checker walks
   * them with its others (see `SharedWalk`). Suggestions need the triggers
   * alone (`suggestionWalks`): with offer-alternative off, the declines and
   * offers stay out of the walk.
   */
  get walks(): PhraseIndex[] {
    return [this.declines, this.offers, this.triggers] as PhraseIndex[]
  }

  get suggestionWalks(): PhraseIndex[] {
    return [this.triggers] as PhraseIndex[]
  }

  // Asked per finding: recalled without a closure to build each time.
  analyse(tokens: Tokens): Analysis {
    return tokens.recall<Analysis>(this) ?? tokens.keep<Analysis>(this, {tokens})
  }

  /**
   * The declines of the reply in order, until `visit` returns `true`:
   * offer-alternative stops at the first one left unanswered, so a long text
   * of refusals is not read to its end (1 MB of "No. " found 250,000 to
   * report one).
   */
  eachDecline(analysis: Analysis, visit: (decline: Span) => boolean | void): void {
    this.declines.scan(analysis.tokens, (_entry, start, end) => visit({start, end}))
  }

  /** The first decline of the reply. */
  firstDecline(analysis: Analysis): Span | undefined {
    let first: Span | undefined
    this.eachDecline(analysis, (decline) => {
      first = decline
      return true
    })
    return first
  }

  /**
   * The offers from the sentence before the first decline on, in order of
   * start (`first`: that decline).
   */
  offersIn(analysis: Analysis, first: Span): Span[] {
    if (analysis.offers) return analysis.offers
    const offers: Span[] = []
    const sentences = sentencesOf(analysis)
    const from = analysis.sentenceStarts![Math.max(0, sentences[first.start]! - 1)]!
    this.offers.scan(
      analysis.tokens,
      (entry, start, end) => {
        offers.push({start, end, separate: entry.separate})
      },
      from
    )
    return (analysis.offers = offers)
  }

  /**
   * The situation of the sentence holding `tokens[at]`: the one with the most
   * triggers in that sentence (each counting triple) and the sentences next
   * to it. `undefined` when no trigger is near.
   */
  situationAt(analysis: Analysis, at: number): ResolvedSituation | undefined {
    const sentences = sentencesOf(analysis)
    const own = sentences[at]!
    const starts = analysis.sentenceStarts!
    const from = starts[Math.max(0, own - 1)]!
    const to = starts[own + 2] ?? analysis.tokens.length
    type Scan = {from: number; to: number; found: ReadonlyArray<{situation: number; start: number}>}
    const cached = analysis.tokens.recall<Scan>(this.triggerScan)
    let triggers: Scan['found']
    if (cached && cached.from === from && cached.to === to) triggers = cached.found
    else {
      let found: Array<{situation: number; start: number}> | undefined
      this.triggers.scan(
        analysis.tokens,
        (entry, start) => {
          ;(found ??= []).push({situation: entry.situation!, start})
        },
        from,
        to
      )
      triggers = found ?? noTriggers
      // One object per reply, rewritten per window: a text of a finding per
      // sentence (1 MB of "No. ") made one per finding.
      if (cached) {
        cached.from = from
        cached.to = to
        cached.found = triggers
      } else analysis.tokens.keep(this.triggerScan, {from, to, found: triggers})
    }
    // Most refusals are in no situation: nothing to weigh.
    if (triggers.length === 0) return undefined
    const scores = new Map<number, number>()
    const nearest = new Map<number, number>()
    let previous = -1
    let previousStart = -1
    for (const {situation, start} of triggers) {
      // One count per word where a trigger starts, however many phrasings end after it.
      if (situation === previous && start === previousStart) continue
      previous = situation
      previousStart = start
      const distance = Math.abs(sentences[start]! - own)
      if (distance > 1) continue
      scores.set(situation, (scores.get(situation) ?? 0) + (distance === 0 ? 3 : 1))
      // What is declined follows the decline ("we can't extend the trial"): a trigger after it is nearer than one before.
      const words = start >= at ? start - at : at - start + 1000
      if (words < (nearest.get(situation) ?? Infinity)) nearest.set(situation, words)
    }
    // Most weight wins; a tie goes to the trigger nearest the decline, then to catalogue order.
    let best: number | undefined
    for (const [situation, score] of scores) {
      if (best === undefined) {
        best = situation
        continue
      }
      const current = scores.get(best)!
      const closer = nearest.get(situation)! - nearest.get(best)!
      if (score > current || (score === current && (closer < 0 || (closer === 0 && situation < best)))) best = situation
    }
    return best === undefined ? undefined : this.situations[best]
  }
}

interface MergedSituation extends ResolvedSituation {
  readonly triggers: readonly string[]
}

/** Built-ins, changed or turned off by the user's entries of the same id, then the user's own. */
function mergeSituations(user: readonly Situation[]): MergedSituation[] {
  const byId = new Map(user.map((situation) => [situation.id, situation]))
  const merged: MergedSituation[] = []
  for (const builtIn of offerAlternativeData.situations) {
    const change = byId.get(builtIn.id)
    if (change?.off) continue
    merged.push({
      id: builtIn.id,
      label: change?.label ?? builtIn.label,
      triggers: change?.triggers ?? builtIn.triggers,
      alternatives: change?.alternatives ?? builtIn.alternatives
    })
  }
  const builtIns = new Set(offerAlternativeData.situations.map((situation) => situation.id))
  for (const situation of user) {
    if (builtIns.has(situation.id) || situation.off) continue
    merged.push({
      id: situation.id,
      label: situation.label ?? situation.id,
      triggers: situation.triggers ?? [],
      alternatives: situation.alternatives ?? []
    })
  }
  return merged
}

export function sentencesOf(analysis: Analysis): Int32Array {
  if (analysis.sentences) return analysis.sentences
  const {tokens} = analysis
  const sentences = new Int32Array(tokens.length)
  const starts: number[] = []
  let current = -1
  for (let index = 0; index < tokens.length; index++) {
    if (index === 0 || tokens.sentenceStart(index) || tokens.gap(index) === 'paragraph') {
      current++
      starts.push(index)
    }
    sentences[index] = current
  }
  analysis.sentenceStarts = starts
  return (analysis.sentences = sentences)
}

/** The first and last token of the sentence holding `tokens[at]`. */
export function sentenceBounds(analysis: Analysis, at: number): [number, number] {
  const sentences = sentencesOf(analysis)
  const starts = analysis.sentenceStarts!
  const own = sentences[at]!
  const next = starts[own + 1]
  return [starts[own]!, (next ?? analysis.tokens.length) - 1]
}

const first = new Set(['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'mine', 'myself'])
const plural = new Set(['we', "we're", "we've", "we'll", "we'd", 'us', 'our', 'ours', 'ourselves'])

/** Whether the reply speaks as "we" rather than "I" (more of its words say so). */
export function speaksAsWe(tokens: Tokens): boolean {
  let i = 0
  let we = 0
  for (let index = 0; index < tokens.length; index++) {
    const norm = tokens.norm(index)
    if (first.has(norm)) i++
    else if (plural.has(norm)) we++
  }
  return we > i
}

const toWe: Record<string, string> = {
  i: 'we',
  "i'm": "we're",
  "i've": "we've",
  "i'll": "we'll",
  "i'd": "we'd",
  me: 'us',
  my: 'our',
  mine: 'ours',
  myself: 'ourselves'
}

/** An alternative written with "I", in the reply's voice. */
export function inVoice(sentence: string, we: boolean): string {
  if (!we) return sentence
  // Longest first, so "I'm" is not read as "I" + "'m".
  return sentence.replace(/\b(I'm|I've|I'll|I'd|I|myself|mine|my|me)\b(?!['-])/g, (word, _match, offset: number) => {
    const replaced = toWe[word.toLowerCase()]!
    const atStart = offset === 0 || /[.!?]\s+$/.test(sentence.slice(0, offset))
    return atStart ? replaced[0]!.toUpperCase() + replaced.slice(1) : replaced
  })
}

const slot = /\[[^\]]+\](\.?)/

/**
 * A suggestion with a `[slot]` for an alternative, filled with one: the
 * slot's own full stop gives way to the sentence's, and a sentence that
 * continues a clause ("to make up for it, I can", "instead: we can") starts
 * in lower case ("I" keeps its capital).
 */
export function fill(suggestion: string, alternative: string): string {
  const match = slot.exec(suggestion)
  if (!match) return suggestion
  const before = suggestion.slice(0, match.index)
  const after = suggestion.slice(match.index + match[0].length)
  let text = match[1] ? alternative : alternative.replace(/[.!]$/, '')
  if (/[,;:]\s*$/.test(before) && !/^I\b/.test(text)) text = text[0]!.toLowerCase() + text.slice(1)
  return before + text + after
}

let builtIn: Catalogue | undefined

/** The catalogue for these options (the built-in one is shared). */
export function catalogueFor(situations: readonly Situation[] | null | undefined): Catalogue {
  if (!situations || situations.length === 0) return (builtIn ??= new Catalogue())
  return new Catalogue(situations)
}

const situationalIds = new Set(offerAlternativeData.bannedPhrases.situational)

/**
 * banned-phrase's suggestions from the situation near a refusal: the
 * built-in refusals, dead ends and apologies suggest alternatives that fit
 * what the customer asked for, in the reply's voice; the stems' slots stay
 * only when no situation is near. Other entries keep their own suggestions.
 */
export function situationalSuggester(situations: readonly Situation[] | null | undefined): Suggester {
  const catalogue = catalogueFor(situations)
  // The reply's voice, read once per reply (a long text has thousands of findings).
  const voice = {}
  type Written = {expected: readonly string[]; note: string; situation: string}
  // By entry, then situation, then voice ("I", "we").
  const suggestions = new WeakMap<object, Map<ResolvedSituation, [Written | undefined, Written | undefined]>>()
  const suggest: Suggester = (entry, tokens, at) => {
    if (!situationalIds.has(entry.id)) return undefined
    const we = tokens.recall<boolean>(voice) ?? tokens.keep(voice, speaksAsWe(tokens))
    const found = catalogue.situationAt(catalogue.analyse(tokens), at)
    const situation = found ?? fallbackSituation
    // The same refusal in the same situation and voice reads the same: its
    // sentences are written once (a text of many findings wrote them for
    // each), and handed out as one object.
    let byEntry = suggestions.get(entry)
    if (!byEntry)
      suggestions.set(entry, (byEntry = new Map<ResolvedSituation, [Written | undefined, Written | undefined]>()))
    let voices = byEntry.get(situation)
    if (!voices) byEntry.set(situation, (voices = [undefined, undefined]))
    let written = voices[we ? 1 : 0]
    if (!written) {
      const expected = found
        ? found.alternatives.map((alternative, index) =>
            inVoice(fill(entry.suggestions[index % entry.suggestions.length]!, alternative), we)
          )
        : entry.suggestions.map((suggestion) => inVoice(suggestion, we))
      const note = `${entry.note ?? 'Offer the customer another way to solve the problem.'} Situation: ${situation.label} (\`${situation.id}\`).`
      written = {expected, note, situation: situation.id}
      voices[we ? 1 : 0] = written
    }
    // `report` copies `expected` into each message.
    return written
  }
  return Object.assign(suggest, {walks: catalogue.suggestionWalks})
}
