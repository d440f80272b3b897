// Precision and recall of each rule, through the public API, per labelled
// file: our own sets in fixtures/labelled/ and the blind sets in
// fixtures/blind/ (written by helpers who never read the rules). A file is a
// list of replies (scored for the seed rules) or `{rules, replies}`, scored
// for the rules it lists. The bars: ≥ 0.95 each on our sets; on a blind set
// a default-on rule needs precision ≥ 0.95 and recall ≥ 0.90, and a rule
// that misses that ships `off` (its figures are in the README).
import fs from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {checkReply, ruleIds, type CheckOptions, type RuleId} from 'replylint'

interface Labelled {
  text: string
  customerName?: string | string[]
  draft?: boolean
  flags: string[]
}

const seedRules = ['banned-phrase', 'require-thanks', 'require-customer-name']
const defaults = new Map<string, string>(
  ruleIds.map((id) => [id, parse(fs.readFileSync(new URL(`../rules/${id}.yml`, import.meta.url), 'utf8')).severity])
)

for (const folder of ['labelled', 'blind'] as const) {
  const base = new URL(`../fixtures/${folder}/`, import.meta.url)
  if (!fs.existsSync(base)) continue
  for (const name of fs.readdirSync(base).filter((file) => file.endsWith('.yml')).sort()) {
    const data = parse(fs.readFileSync(new URL(name, base), 'utf8'))
    const replies: Labelled[] = Array.isArray(data) ? data : data.replies
    const rules: string[] = Array.isArray(data) ? seedRules : data.rules
    const known = rules.filter((id): id is RuleId => (ruleIds as readonly string[]).includes(id))
    // Every listed rule on, also those that ship `off`: this measures the rule.
    const on = Object.fromEntries(known.map((id) => [id, 'error'])) as CheckOptions['rules']
    const found = replies.map((reply) => {
      const options: CheckOptions = {rules: on, ...(reply.customerName === undefined ? {} : {customerName: reply.customerName}), ...(reply.draft ? {draft: true} : {})}
      return checkReply(reply.text, options).messages
    })

    describe(`${folder}/${name}`, () => {
      test('is substantial and balanced', () => {
        expect(replies.length).toBeGreaterThanOrEqual(folder === 'blind' ? 50 : 100)
        for (const id of known) {
          const positives = replies.filter((reply) => reply.flags.includes(id)).length
          expect(positives, id).toBeGreaterThanOrEqual(folder === 'blind' ? 5 : 10)
          expect(replies.length - positives, id).toBeGreaterThanOrEqual(10)
        }
      })

      for (const id of rules) {
        if (!known.includes(id as RuleId)) {
          test.skip(`${id}: not a rule in this build`, () => {})
          continue
        }
        const shipsOn = defaults.get(id) !== 'off'
        const bar = folder === 'blind' ? {precision: 0.95, recall: 0.9} : {precision: 0.95, recall: 0.95}
        test(`${id}: precision ≥ ${bar.precision} and recall ≥ ${bar.recall}${shipsOn ? '' : ' (ships off: figures only)'}`, () => {
          const {precision, recall, mistakes} = score(replies, found, id)
          const summary = `${folder}/${name} ${id}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${mistakes.join('\n')}`
          if (process.env.REPLYLINT_ACCURACY_LOG) console.log(summary)
          if (!shipsOn && folder === 'blind') return
          expect(precision, summary).toBeGreaterThanOrEqual(bar.precision)
          expect(recall, summary).toBeGreaterThanOrEqual(bar.recall)
        })
      }
    })
  }
}

function score(replies: readonly Labelled[], found: ReadonlyArray<ReturnType<typeof checkReply>['messages']>, id: string) {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  const mistakes: string[] = []
  replies.forEach((reply, index) => {
    const mine = found[index]!.filter((message) => message.ruleId === id)
    const expected = reply.flags.includes(id)
    if (mine.length > 0 && expected) truePositives++
    else if (mine.length > 0) {
      falsePositives++
      mistakes.push(`false positive: ${JSON.stringify(reply.text)} → ${mine.map((m) => m.reason).join('; ')}`)
    } else if (expected) {
      falseNegatives++
      mistakes.push(`miss: ${JSON.stringify(reply.text)}`)
    }
  })
  // No positives and none found is perfect, not 0/0.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives)
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives)
  return {precision, recall, mistakes}
}
