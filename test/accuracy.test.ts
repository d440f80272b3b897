// Precision and recall of each rule, through the public API, over our own
// labelled replies (every file in fixtures/labelled: a list is labelled for the
// seed rules, `{rules, replies}` for the rules it lists; bar ≥ 0.95) and over every blind set in
// fixtures/blind (written by people who never read the rules; each file names
// the rules it labels). A blind set must stay at or above the floor recorded
// for it in fixtures/blind/floors.yml; labels we dispute (disputes.yml) are
// scored both as written and as we read them, and both are printed.
import fs from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {checkReply, ruleIds, type RuleId} from 'replylint'
import {formatScores, scoreSet, type Dispute, type LabelledReply} from './helpers/score.js'

const seedRules: RuleId[] = ['banned-phrase', 'require-thanks', 'require-customer-name']
const ownDir = new URL('../fixtures/labelled/', import.meta.url)
const ownSets = fs
  .readdirSync(ownDir)
  .filter((name) => name.endsWith('.yml'))
  .sort()
  .map((name) => {
    const data: LabelledReply[] | {rules: RuleId[]; replies: LabelledReply[]} = parse(
      fs.readFileSync(new URL(name, ownDir), 'utf8')
    )
    return Array.isArray(data) ? {name, rules: seedRules, replies: data} : {name, ...data}
  })
const blindDir = new URL('../fixtures/blind/', import.meta.url)
const metaFiles = new Set(['floors.yml', 'disputes.yml'])
const blindNames = fs.existsSync(blindDir)
  ? fs
      .readdirSync(blindDir)
      .filter((name) => name.endsWith('.yml') && !metaFiles.has(name))
      .sort()
  : []
const readMeta = (name: string) =>
  fs.existsSync(new URL(name, blindDir)) ? (parse(fs.readFileSync(new URL(name, blindDir), 'utf8')) ?? {}) : {}
type Bar = {precision: number; recall: number}
const floors: Record<string, Record<string, Bar | {asLabelled?: Bar; disputed?: Bar}>> = readMeta('floors.yml')
const disputes: Record<string, Dispute[]> = readMeta('disputes.yml')
const log = (text: string) => process.stdout.write(`${text}\n`)

for (const own of ownSets) {
  describe(`own labelled set ${own.name}`, () => {
    test('is substantial and balanced', () => {
      expect(own.replies.length).toBeGreaterThanOrEqual(50)
      for (const id of own.rules) {
        const positives = own.replies.filter((reply) => reply.flags.includes(id)).length
        expect(positives, id).toBeGreaterThanOrEqual(10)
        expect(own.replies.length - positives, id).toBeGreaterThanOrEqual(10)
      }
    })

    const scores = scoreSet(checkReply, own.replies, own.rules)
    for (const id of own.rules) {
      test(`${id}: precision and recall ≥ 0.95`, () => {
        const score = scores[id]!
        const summary = `${formatScores(own.name, {[id]: score})}\n${score.mistakes.join('\n')}`
        log(summary)
        expect(score.precision, summary).toBeGreaterThanOrEqual(0.95)
        expect(score.recall, summary).toBeGreaterThanOrEqual(0.95)
      })
    }
  })
}

for (const name of blindNames) {
  describe(`blind set ${name}`, () => {
    const set: {rules: RuleId[]; replies: LabelledReply[]} = parse(fs.readFileSync(new URL(name, blindDir), 'utf8'))
    test('names known rules and has replies', () => {
      expect(set.rules.length).toBeGreaterThan(0)
      for (const id of set.rules) expect(ruleIds).toContain(id)
      expect(set.replies.length).toBeGreaterThanOrEqual(50)
    })
    const disputed = disputes[name] ?? []
    const asLabelled = scoreSet(checkReply, set.replies, set.rules)
    const asWeRead = disputed.length > 0 ? scoreSet(checkReply, set.replies, set.rules, disputed) : undefined
    for (const id of set.rules) {
      test(`${id}: at or above its floor`, () => {
        const floor = floors[name]?.[id]
        const bars = floor && 'precision' in floor ? {asLabelled: floor} : (floor ?? {})
        const lines = [formatScores(`${name} as labelled`, {[id]: asLabelled[id]!}), ...asLabelled[id]!.mistakes]
        if (asWeRead)
          lines.push(formatScores(`${name} with ${disputed.length} disputed label(s)`, {[id]: asWeRead[id]!}))
        const summary = lines.join('\n')
        log(summary)
        expect(bars.asLabelled, `no floor for ${name} ${id} in fixtures/blind/floors.yml`).toBeDefined()
        for (const [which, score] of [
          ['asLabelled', asLabelled[id]!],
          ['disputed', asWeRead?.[id]]
        ] as const) {
          const bar = bars[which]
          if (!bar || !score) continue
          expect(score.precision, `${which}: ${summary}`).toBeGreaterThanOrEqual(bar.precision)
          expect(score.recall, `${which}: ${summary}`).toBeGreaterThanOrEqual(bar.recall)
        }
      })
    }
  })
}

// offer-alternative, on every set in fixtures/labelled/ and fixtures/blind/
// that lists it: reply-level precision and recall (a reply counts as flagged
// when it has an offer-alternative finding or a banned-phrase finding that
// covers it, carrying the alternatives), and how often the first suggestion
// comes from the situation the reply is labelled with.
interface SituationSet {
  rules: RuleId[]
  replies: Array<{text: string; customerName?: string; situation: string; flags: RuleId[]}>
}

const setFiles = ['labelled', 'blind'].flatMap((folder) => {
  const dir = new URL(`../fixtures/${folder}/`, import.meta.url)
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => new URL(name, dir))
    : []
})

for (const url of setFiles) {
  const data: unknown = parse(fs.readFileSync(url, 'utf8'))
  if (!data || Array.isArray(data) || !(data as SituationSet).rules?.includes('offer-alternative')) continue
  const set = data as SituationSet
  const name = url.pathname.split('/').slice(-2).join('/')

  // Our own sets and the blind sets we tuned on hold the bar; the
  // final blind set (scored, never tuned on) holds its recorded floor.
  const fileName = url.pathname.split('/').pop()!
  const recorded = name.startsWith('blind/') ? floors[fileName]?.['offer-alternative'] : undefined
  // A set with a recorded fit (a final set below the bar) holds its
  // recorded floors; every other set holds the bar.
  const recordedFit = floors[fileName]?.['fit'] as unknown as number | undefined
  const bar =
    recorded && 'precision' in recorded && recordedFit !== undefined
      ? {...recorded, fit: recordedFit}
      : {precision: 0.95, recall: 0.9, fit: 0.85}
  test(`offer-alternative on ${name}: precision ≥ ${bar.precision}, recall ≥ ${bar.recall}, first suggestion fits ≥ ${bar.fit}`, () => {
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    let fits = 0
    let fitsAsked = 0
    const mistakes: string[] = []
    for (const reply of set.replies) {
      const options = {
        rules: {'offer-alternative': 'warn' as const},
        ...(reply.customerName === undefined ? {} : {customerName: reply.customerName})
      }
      const found = checkReply(reply.text, options).messages.find(
        (message) =>
          message.ruleId === 'offer-alternative' ||
          (message.ruleId === 'banned-phrase' && message.covers?.includes('offer-alternative'))
      )
      const expected = reply.flags.includes('offer-alternative')
      if (found && expected) {
        truePositives++
        expect(found.expected?.length, reply.text).toBeGreaterThan(0)
        // Nothing a quick fix inserts has a literal ellipsis.
        for (const suggestion of found.expected ?? []) expect(suggestion, reply.text).not.toContain('…')
        if (reply.situation !== 'other') {
          fitsAsked++
          if (found.situation === reply.situation) fits++
          else
            mistakes.push(`situation ${reply.situation}, suggested ${found.situation}: ${JSON.stringify(reply.text)}`)
        }
      } else if (found) {
        falsePositives++
        mistakes.push(`false positive: ${JSON.stringify(reply.text)} → ${found.reason}`)
      } else if (expected) {
        falseNegatives++
        mistakes.push(`miss: ${JSON.stringify(reply.text)}`)
      }
    }
    const precision = truePositives / (truePositives + falsePositives)
    const recall = truePositives / (truePositives + falseNegatives)
    const fit = fits / fitsAsked
    const summary = `offer-alternative on ${name}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, first suggestion fits ${fits}/${fitsAsked} (${(100 * fit).toFixed(0)}%)\n${mistakes.join('\n')}`
    if (process.env.REPLYLINT_ACCURACY_LOG) console.log(summary)
    expect(set.replies.length, name).toBeGreaterThanOrEqual(50)
    expect(precision, summary).toBeGreaterThanOrEqual(bar.precision)
    expect(recall, summary).toBeGreaterThanOrEqual(bar.recall)
    expect(fit, summary).toBeGreaterThanOrEqual(bar.fit)
  })
}
