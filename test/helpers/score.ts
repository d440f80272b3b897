// Precision and recall of each rule over a labelled set of replies, through
// the public `checkReply`, as users call it. Shared by the accuracy test and
// `scripts/score-sets.mjs` (which passes the built package's `checkReply`).
import type {RuleId} from 'replylint'

export interface LabelledReply {
  text: string
  customerName?: string | string[]
  /** Checked as a draft about to be sent (`unfilled-placeholder`). */
  draft?: boolean
  flags: RuleId[]
}

/** A label we believe is wrong: the reply at `index` (0-based) should (not) be flagged by `rule`. */
export interface Dispute {
  index: number
  rule: RuleId
  shouldFlag: boolean
  reason: string
}

export interface RuleScore {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  mistakes: string[]
}

interface CheckOptions {
  customerName?: string | string[]
  draft?: boolean
  rules?: Record<string, 'error'>
}

type Check = (
  text: string,
  options?: CheckOptions
) => {messages: Array<{ruleId?: string | null | undefined; reason: string; covers?: string[] | undefined}>}

/** Score `rules` over `replies`; `disputes` replace the labels they name. */
export function scoreSet(
  check: Check,
  replies: readonly LabelledReply[],
  rules: readonly RuleId[],
  disputes: readonly Dispute[] = []
): Record<string, RuleScore> {
  const scores: Record<string, RuleScore> = {}
  for (const id of rules)
    scores[id] = {truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, mistakes: []}
  replies.forEach((reply, index) => {
    const options: CheckOptions = {
      // Every rule the set labels is on, also one that ships `off`: this measures the rule.
      rules: Object.fromEntries(rules.map((id) => [id, 'error'])),
      ...(reply.customerName === undefined || reply.customerName === null ? {} : {customerName: reply.customerName}),
      ...(reply.draft ? {draft: true} : {})
    }
    const messages = check(reply.text, options).messages
    for (const id of rules) {
      const score = scores[id]!
      // A finding that stands for another rule (a refusal carrying the alternatives) counts for it.
      const found = messages.filter((message) => message.ruleId === id || (message.covers?.includes(id) ?? false))
      const dispute = disputes.find((item) => item.index === index && item.rule === id)
      const expected = dispute ? dispute.shouldFlag : (reply.flags ?? []).includes(id)
      if (found.length > 0 && expected) score.truePositives++
      else if (found.length > 0) {
        score.falsePositives++
        score.mistakes.push(
          `#${index} false positive: ${JSON.stringify(reply.text)} → ${found.map((m) => m.reason).join('; ')}`
        )
      } else if (expected) {
        score.falseNegatives++
        score.mistakes.push(
          `#${index} miss: ${JSON.stringify(reply.text)}${options.customerName === undefined ? '' : ` (customerName ${JSON.stringify(options.customerName)})`}`
        )
      }
    }
  })
  for (const score of Object.values(scores)) {
    const flagged = score.truePositives + score.falsePositives
    const positives = score.truePositives + score.falseNegatives
    score.precision = flagged === 0 ? 1 : score.truePositives / flagged
    score.recall = positives === 0 ? 1 : score.truePositives / positives
  }
  return scores
}

export function formatScores(name: string, scores: Record<string, RuleScore>): string {
  return Object.entries(scores)
    .map(
      ([id, s]) =>
        `${name} ${id}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`
    )
    .join('\n')
}
