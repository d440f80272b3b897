// What every report format shares: which findings show, how a finding is
// named and placed, and a file's path as the format wants it.
import path from 'node:path'
import {endOf, startOf, type FileResult, type MessageData} from './results.js'

export const formatNames = ['stylish', 'json', 'ndjson', 'sarif', 'github'] as const
export type FormatName = (typeof formatNames)[number]

export interface ReportOptions {
  readonly quiet: boolean
  readonly color: boolean
  readonly cwd: string
  /** Where repository paths start (github annotations and SARIF need them from the root). */
  readonly root: string
  readonly version: string
  /** Terminal width, to keep rows from wrapping. */
  readonly columns?: number | undefined
}

/** `--quiet`: fatal findings only. */
export function visible(messages: MessageData[], quiet: boolean): MessageData[] {
  return quiet ? messages.filter((message) => message.fatal === true) : messages
}

export function severity(message: MessageData): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function ruleOf(message: MessageData): string {
  return message.ruleId ?? 'file-error'
}

export function displayPath(filePath: FileResult['path'], options: ReportOptions): string {
  return filePath === undefined
    ? '<stdin>'
    : path.relative(options.cwd, path.resolve(options.cwd, filePath)) || filePath
}

/** A path from the repository root, with forward slashes, for code scanning and annotations. */
export function repositoryPath(filePath: FileResult['path'], options: ReportOptions): string {
  if (filePath === undefined) return 'stdin'
  const relative = path.relative(options.root, path.resolve(options.cwd, filePath))
  return (relative.startsWith('..') ? path.resolve(options.cwd, filePath) : relative).split(path.sep).join('/')
}

/** A finding for NDJSON: flat, with its span and suggestions. */
export function compactMessage(message: MessageData): CompactMessage {
  const start = startOf(message)
  const end = endOf(message)
  const compact: CompactMessage = {
    ruleId: ruleOf(message),
    severity: severity(message),
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    reason: message.reason
  }
  // Fields set in turn, not spread from objects made for them: a line per
  // reply of an NDJSON stream made three throwaway objects per finding.
  if (message.actual !== undefined) compact.actual = message.actual
  if (message.expected !== undefined) compact.expected = message.expected
  if (message.safeFix) compact.safeFix = true
  return compact
}

export interface CompactMessage {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  reason: string
  actual?: string
  expected?: readonly string[]
  safeFix?: true
}
