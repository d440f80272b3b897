// Precision and recall of each rule over our labelled replies, through the
// public API. The bar is the one the product promises: ≥ 0.95 each.
import fs from 'node:fs'
import {expect, test} from 'vitest'
import {parse} from 'yaml'
import {checkReply, ruleIds, type RuleId} from 'replylint'

interface Labelled {
  text: string
  customerName?: string | string[]
  flags: RuleId[]
}

const replies: Labelled[] = parse(fs.readFileSync(new URL('../fixtures/labelled/replies.yml', import.meta.url), 'utf8'))

test('labelled set is substantial and balanced', () => {
  expect(replies.length).toBeGreaterThanOrEqual(100)
  for (const id of ruleIds) {
    const positives = replies.filter((reply) => reply.flags.includes(id)).length
    expect(positives, id).toBeGreaterThanOrEqual(10)
    expect(replies.length - positives, id).toBeGreaterThanOrEqual(10)
  }
})

for (const id of ruleIds) {
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
