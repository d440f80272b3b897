import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {RuleId, Severity} from './types.js'
import {docsUrl} from './rules/data.js'

export const source = 'replylint'

export interface Finding {
  readonly ruleId: RuleId
  readonly severity: Exclude<Severity, 'off'>
  readonly reason: string
  readonly start: Point
  /** Absent for reply-level findings, which sit at a point (an insertion). */
  readonly end?: Point | undefined
  readonly actual: string
  readonly expected: readonly string[]
  readonly note: string
  readonly safeFix?: boolean
  readonly critical?: boolean
}

/** File a finding as a vfile message with every field unified tools read. */
export function report(file: VFile, finding: Finding): VFileMessage {
  // The tree's own points, as `file.message(reason, node)` takes a node's
  // position: nothing moves them once the rules run (the bridges' realign
  // runs before), and copies were two objects more per finding to collect.
  const place = finding.end ? {start: finding.start, end: finding.end} : finding.start
  // A VFileMessage is an Error; capturing a stack trace for each finding
  // cost more than the rules themselves, and a lint message's stack is noise.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(finding.reason, {place, ruleId: finding.ruleId, source})
  } finally {
    Error.stackTraceLimit = limit
  }
  message.actual = finding.actual
  message.expected = [...finding.expected]
  message.note = finding.note
  message.url = docsUrl(finding.ruleId)
  message.fatal = finding.severity === 'error'
  if (finding.safeFix && finding.expected.length === 1) message.safeFix = true
  if (finding.critical) message.critical = true
  return message
}

/** The text between two points of the file. */
export function slice(file: VFile, start: Point, end: Point): string {
  if (start.offset === undefined || end.offset === undefined) return ''
  return String(file.value).slice(start.offset, end.offset)
}
