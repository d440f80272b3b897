// Precision and recall of each rule over our labelled replies, through the
// public API. The bar is the one the product promises: ≥ 0.95 each.
import fs from 'node:fs'
import {expect, test} from 'vitest'
import {parse} from 'yaml'
import {checkReply, type RuleId} from 'replylint'

interface Labelled {
  text: string
  customerName?: string | string[]
  flags: RuleId[]
}

const replies: Labelled[] = parse(fs.readFileSync(new URL('../fixtures/labelled/replies.yml', import.meta.url), 'utf8'))
// The rules `replies.yml` was labelled for; later rules are scored on sets
// that name their rules (`{rules, replies}`, below).
const seedRules: RuleId[] = ['banned-phrase', 'require-thanks', 'require-customer-name']

test('labelled set is substantial and balanced', () => {
  expect(replies.length).toBeGreaterThanOrEqual(100)
  for (const id of seedRules) {
    const positives = replies.filter((reply) => reply.flags.includes(id)).length
    expect(positives, id).toBeGreaterThanOrEqual(10)
    expect(replies.length - positives, id).toBeGreaterThanOrEqual(10)
  }
})

for (const id of seedRules) {
  test(`${id}: precision and recall ≥ 0.95`, () => {
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    const mistakes: string[] = []
    for (const reply of replies) {
      const options = reply.customerName === undefined ? undefined : {customerName: reply.customerName}
      const found = checkReply(reply.text, options).messages.filter((message) => message.ruleId === id)
      const expected = reply.flags.includes(id)
      if (found.length > 0 && expected) truePositives++
      else if (found.length > 0) {
        falsePositives++
        mistakes.push(`false positive: ${JSON.stringify(reply.text)} → ${found.map((m) => m.reason).join('; ')}`)
      } else if (expected) {
        falseNegatives++
        mistakes.push(`miss: ${JSON.stringify(reply.text)}`)
      }
    }
    const precision = truePositives / (truePositives + falsePositives)
    const recall = truePositives / (truePositives + falseNegatives)
    const summary = `${id}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${mistakes.join('\n')}`
    if (process.env.REPLYLINT_ACCURACY_LOG) console.log(summary)
    expect(precision, summary).toBeGreaterThanOrEqual(0.95)
    expect(recall, summary).toBeGreaterThanOrEqual(0.95)
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
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => new URL(name, dir)) : []
})

for (const url of setFiles) {
  const data: unknown = parse(fs.readFileSync(url, 'utf8'))
  if (!data || Array.isArray(data) || !(data as SituationSet).rules?.includes('offer-alternative')) continue
  const set = data as SituationSet
  const name = url.pathname.split('/').slice(-2).join('/')

  test(`offer-alternative on ${name}: precision ≥ 0.95, recall ≥ 0.90, first suggestion fits ≥ 85%`, () => {
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    let fits = 0
    let fitsAsked = 0
    const mistakes: string[] = []
    for (const reply of set.replies) {
      const options = {rules: {'offer-alternative': 'warn' as const}, ...(reply.customerName === undefined ? {} : {customerName: reply.customerName})}
      const found = checkReply(reply.text, options).messages.find(
        (message) => message.ruleId === 'offer-alternative' || (message.ruleId === 'banned-phrase' && message.covers?.includes('offer-alternative'))
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
          else mistakes.push(`situation ${reply.situation}, suggested ${found.situation}: ${JSON.stringify(reply.text)}`)
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
    expect(precision, summary).toBeGreaterThanOrEqual(0.95)
    expect(recall, summary).toBeGreaterThanOrEqual(0.9)
    expect(fit, summary).toBeGreaterThanOrEqual(0.85)
  })
}
