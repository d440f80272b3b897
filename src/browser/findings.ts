import {checkReply} from '../check-reply.js'
import {placeEnd, placeStart} from '../place.js'
import type {RuleId, Severity} from '../types.js'

/**
 * One finding as a page shows it: plain data (it can cross a frame or a
 * worker), with offsets into the checked text. Made from checkReply's
 * messages, so the browser and Node never disagree on the same text.
 */
export interface BrowserFinding {
  readonly ruleId: RuleId
  readonly severity: Exclude<Severity, 'off'>
  readonly reason: string
  readonly note: string
  /** The flagged text; `''` where something is missing (a point). */
  readonly actual: string
  /** Suggestions: replacements for `start..end`, or insertions at a point. */
  readonly expected: readonly string[]
  readonly url: string
  readonly line: number
  readonly column: number
  readonly start: number
  readonly end: number
}

export interface BrowserCheckOptions {
  readonly customerName?: string | undefined
  /** Rules to leave out (the page's toggles). */
  readonly off?: Iterable<string> | undefined
}

export function findingsOf(text: string, options: BrowserCheckOptions = {}): BrowserFinding[] {
  const rules: Partial<Record<RuleId, Severity>> = {}
  for (const id of options.off ?? []) rules[id as RuleId] = 'off'
  const name = options.customerName?.trim()
  const report = checkReply(text, {customerName: name || undefined, rules})
  return report.messages.map((message) => {
    const start = placeStart(message.place)
    const end = placeEnd(message.place) ?? start
    return {
      ruleId: message.ruleId,
      severity: message.fatal ? 'error' : 'warn',
      reason: message.reason,
      note: message.note ?? '',
      actual: message.actual ?? '',
      expected: message.expected ?? [],
      url: message.url ?? '',
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      start: start?.offset ?? 0,
      end: end?.offset ?? start?.offset ?? 0
    }
  })
}

/**
 * The text with one suggestion applied: it replaces the flagged span, or is
 * inserted at a point finding (the rule already put the line breaks in it).
 */
export function applySuggestion(
  text: string,
  finding: Pick<BrowserFinding, 'start' | 'end'>,
  suggestion: string
): string {
  return text.slice(0, finding.start) + suggestion + text.slice(finding.end)
}

export function countBySeverity(findings: readonly BrowserFinding[]): {errors: number; warnings: number} {
  let errors = 0
  for (const finding of findings) if (finding.severity === 'error') errors++
  return {errors, warnings: findings.length - errors}
}
