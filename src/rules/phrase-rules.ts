import {PhraseIndex} from '../engine/phrase-index.js'
import type {Tokens} from '../engine/tokens.js'
import {report, slice} from '../report.js'
import type {PhraseEntry, Severity} from '../types.js'
import {isCriticalKind, walking, type PhraseRuleData, type RuleCheck, type RuleScore} from './data.js'

/** Suggestions fitted to a finding's reply (banned-phrase's situations); `undefined` keeps the entry's own. */
export type Suggester = ((
  entry: PhraseEntry,
  tokens: Tokens,
  at: number
) => {expected: readonly string[]; note: string; situation: string} | undefined) & {
  /** The indexes it reads whole replies with (see `RuleCheck`). */
  readonly walks?: readonly PhraseIndex[]
}

/** A phrase rule to run, at the severity it runs at. */
export interface PhraseRuleRun {
  readonly data: PhraseRuleData
  readonly severity: Exclude<Severity, 'off'>
  readonly suggest?: Suggester | undefined
}

/** An entry of the shared automaton, tagged with its rule (its slot in the runs). */
interface TaggedEntry extends PhraseEntry {
  readonly rule: number
}

// Built-in automata, by the ids of the rules in them: a checker's phrase
// rules share one automaton, and equal checkers share it too.
const cache = new Map<string, PhraseIndex<TaggedEntry>>()

/**
 * Every phrase rule in `runs`, and the user's `extra` entries (which belong to
 * `banned-phrase`), checked in ONE walk of ONE automaton: adding a phrase rule
 * adds states, not a pass. Overlapping matches resolve within a rule only.
 */
export function createPhraseRulesCheck(runs: readonly PhraseRuleRun[], extra: readonly PhraseEntry[] = []): RuleCheck {
  const extraRule = runs.findIndex((run) => run.data.id === 'banned-phrase')
  const index = phraseIndexFor(runs, extraRule === -1 ? [] : extra, extraRule)
  const critical = runs.map((run) => criticalTest(run.data.score))
  const walks = [index, ...critical.flatMap((test) => test.walks), ...runs.flatMap((run) => run.suggest?.walks ?? [])]

  return walking(walks, function (tokens, file) {
    if (runs.length === 0) return
    const matches = index.find(tokens)
    for (let at = 0; at < matches.length; at++) {
      const match = matches[at]!
      const {entry} = match
      const run = runs[entry.rule]!
      const start = tokens.start(match.start)
      const end = tokens.end(match.end - 1)
      const [actual, reason] = wordingOf(tokens, entry, slice(file, start, end))
      const fitted = run.suggest?.(entry, tokens, match.start)
      const message = report(file, {
        ruleId: run.data.id,
        severity: run.severity,
        reason,
        start,
        end,
        actual,
        expected: fitted?.expected ?? entry.suggestions,
        note: fitted?.note ?? entry.note ?? 'Offer the customer another way to solve the problem.',
        safeFix: entry.safe === true,
        critical: critical[entry.rule]!(entry.id, tokens)
      })
      if (fitted) message.situation = fitted.situation
    }
  })
}

const wordings = {}

type Wording = readonly [actual: string, reason: string]

/**
 * A finding's `actual` and `reason`, one pair per entry and wording in a
 * reply: a text that repeats one phrase thousands of times keeps one reason
 * string for them all, not one per message (a message's own strings were a
 * third of what such a text keeps alive, and collecting them its cost).
 */
function wordingOf(tokens: Tokens, entry: TaggedEntry, actual: string): Wording {
  // Per finding: recalled without a closure to build each time.
  const byEntry =
    tokens.recall<Map<TaggedEntry, Map<string, Wording>>>(wordings) ??
    tokens.keep(wordings, new Map<TaggedEntry, Map<string, Wording>>())
  let byActual = byEntry.get(entry)
  if (!byActual) byEntry.set(entry, (byActual = new Map<string, Wording>()))
  let wording = byActual.get(actual)
  if (!wording) {
    const advice = entry.advice ?? `use \`${entry.suggestions[0]}\` instead`
    wording = [actual, `Unexpected ${entry.label ? entry.label + ' ' : ''}\`${actual}\`, ${advice}`]
    byActual.set(actual, wording)
  }
  return wording
}

function phraseIndexFor(
  runs: readonly PhraseRuleRun[],
  extra: readonly PhraseEntry[],
  extraRule: number
): PhraseIndex<TaggedEntry> {
  const key = runs.map((run) => run.data.id).join(' ')
  const cached = extra.length === 0 ? cache.get(key) : undefined
  if (cached) return cached
  const entries: TaggedEntry[] = []
  const names: string[] = []
  runs.forEach((run, rule) => {
    run.data.entries.forEach((entry, index) => {
      entries.push({...entry, rule})
      names.push(`${run.data.id}[${index}]`)
    })
  })
  const builtIns = entries.length
  extra.forEach((entry, index) => {
    entries.push({...entry, rule: extraRule})
    names.push(`bannedPhrases[${index}]`)
  })
  // Errors name the user's entry by its own index; built-ins are checked by their examples.
  const index = new PhraseIndex(
    entries,
    (at) => names[at]!,
    builtIns,
    (entry) => entry.rule
  )
  if (extra.length === 0) cache.set(key, index)
  return index
}

/** Whether a finding of entry `id` is critical in this reply (see `RuleScore`). */
function criticalTest(score: RuleScore): ((id: string, tokens: Tokens) => boolean) & {walks: PhraseIndex[]} {
  const {critical, criticalUnless} = score
  if (critical === undefined) return Object.assign(() => false, {walks: []})
  const unless = criticalUnless && criticalIndexFor(criticalUnless)
  // Once per reply, not per finding: a long reply of refusals must stay linear.
  const answer = {}
  const test = (id: string, tokens: Tokens) => {
    if (!isCriticalKind(score, id)) return false
    if (!unless) return true
    const known = tokens.recall<boolean>(answer)
    return !(known ?? tokens.keep(answer, unless.some(tokens)))
  }
  return Object.assign(test, {walks: unless ? [unless] : []})
}

const criticalIndexes = new Map<readonly string[], PhraseIndex>()

// One index per list, shared by every checker (built-ins only: lists come from the rule data).
function criticalIndexFor(phrases: readonly string[]): PhraseIndex {
  let index = criticalIndexes.get(phrases)
  if (!index) {
    index = new PhraseIndex([{id: 'alternative', phrases}], 'score.criticalUnless', 1)
    criticalIndexes.set(phrases, index)
  }
  return index
}
