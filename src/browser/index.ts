// The browser entry shared by the playground and the Zendesk app: the
// library's own checkReply (no second checker), findings as plain data, and
// one way to render them. No Node built-ins and no CLI code reach this graph
// (test/browser-entry.test.ts checks the bundle's inputs).
import * as library from '../index.js'
import type {RuleId} from '../types.js'

export {
  applySuggestion,
  countBySeverity,
  findingsOf,
  type BrowserCheckOptions,
  type BrowserFinding
} from './findings.js'
export {element, renderFindings, withCode, type FindingHandlers} from './render.js'
// The library's own "did you mean", for a page that names a mistyped rule id.
export {didYouMean} from '../options.js'

export interface RuleInfo {
  readonly id: RuleId
  readonly description: string
}

/**
 * Every rule the library exports (`ruleIds`), with the description from its
 * data where the library exports that data: pages list rules from here, so a
 * rule added to the library shows up without touching them.
 */
export const rules: readonly RuleInfo[] = library.ruleIds.map((id) => {
  const data = Object.values(library as Record<string, unknown>).find(
    (value): value is {id: string; description: string} =>
      typeof value === 'object' &&
      value !== null &&
      (value as {id?: unknown}).id === id &&
      typeof (value as {description?: unknown}).description === 'string'
  )
  return {id, description: data?.description ?? ''}
})
