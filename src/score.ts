import {ruleData} from './generated/rules.js'

/** The most a reply with a critical fault can score, as a QA scorecard's critical categories cap it. */
export const criticalCap = 40

const weights = new Map<string, number>(ruleData.map((rule) => [rule.id, rule.score.weight]))

/**
 * The care score of one reply, 0–100, from its findings:
 *
 *     score = max(0, 100 − Σ over rules r: weight(r) × (2 − 2^(1 − n(r))))
 *
 * where n(r) is the number of findings of rule r: the first costs the rule's
 * weight, each further one half as much as the one before (at most twice the
 * weight in all), so one rule cannot sink a long reply alone. Any critical
 * finding (a wrong name, a refusal with no other way offered, an unfilled
 * placeholder) caps the score at `criticalCap`. The result is rounded. Each
 * term only grows with n, and the cap only lowers: adding a finding never
 * raises the score. Findings that are not a rule's (file errors) count 0.
 */
export function scoreOf(
  messages: ReadonlyArray<{readonly ruleId?: string | null | undefined; readonly critical?: boolean | undefined}>
): number {
  const counts = new Map<string, number>()
  let critical = false
  // An index loop: a reply may hold 250,000 findings, each an iterator result in for…of.
  for (let index = 0; index < messages.length; index++) {
    const message = messages[index]!
    const weight = weights.get(message.ruleId ?? '')
    if (weight === undefined) continue
    counts.set(message.ruleId!, (counts.get(message.ruleId!) ?? 0) + 1)
    if (message.critical) critical = true
  }
  let score = 100
  for (const [id, count] of counts) score -= weights.get(id)! * (2 - 2 ** (1 - count))
  score = Math.max(0, score)
  if (critical) score = Math.min(score, criticalCap)
  return Math.round(score)
}
