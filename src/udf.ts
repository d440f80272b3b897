// The warehouse build (`dist/replylint.udf.js`): checkReply as one script with
// no imports and no host globals (no `process`, `window`, `require`), for a
// JavaScript UDF in BigQuery or Snowflake, where a library file is pasted in
// front of the function body. Results are plain JSON-ready objects, since a
// UDF returns JSON or STRUCTs, not vfile messages.
import {checkReply as check} from './check-reply.js'
import {placeEnd, placeStart} from './place.js'
import type {CheckOptions} from './types.js'

export interface UdfFinding {
  readonly ruleId: string
  readonly severity: 'error' | 'warning'
  readonly line: number | null
  readonly column: number | null
  readonly endLine: number | null
  readonly endColumn: number | null
  readonly reason: string
  readonly actual: string | null
  readonly expected: readonly string[]
  readonly safeFix: boolean
}

export interface UdfReport {
  readonly errorCount: number
  readonly warningCount: number
  readonly messages: UdfFinding[]
}

/**
 * Check one reply. `options` is the customer's name (a string, as a SQL
 * column gives it), or checkReply's options object, or a JSON string of one.
 */
export function checkReply(text: string | null | undefined, options?: string | CheckOptions | null): UdfReport {
  if (text === null || text === undefined) return {errorCount: 0, warningCount: 0, messages: []}
  let parsed: CheckOptions | undefined
  if (typeof options === 'string')
    parsed = options.trimStart().startsWith('{') ? (JSON.parse(options) as CheckOptions) : {customerName: options}
  else if (options) parsed = options
  const report = check(String(text), parsed)
  return {
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    messages: report.messages.map((message) => {
      const start = placeStart(message.place)
      const end = placeEnd(message.place)
      return {
        ruleId: message.ruleId,
        severity: message.fatal ? 'error' : 'warning',
        line: start?.line ?? null,
        column: start?.column ?? null,
        endLine: end?.line ?? null,
        endColumn: end?.column ?? null,
        reason: message.reason,
        actual: message.actual ?? null,
        expected: message.expected ?? [],
        safeFix: message.safeFix === true
      }
    })
  }
}
