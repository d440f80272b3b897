import {didYouMean, rules, type BrowserFinding} from '../../../src/browser/index.js'

/** The app's settings (manifest.json `parameters`), as an admin set them. */
export interface Settings {
  readonly blockOnErrors: boolean
  readonly off: readonly string[]
  /** What is wrong with the settings, for the admin: one sentence each. */
  readonly problems: readonly string[]
}

const known = rules.map((rule) => rule.id)

export function settingsOf(raw: Record<string, unknown> | undefined): Settings {
  // Zendesk hands checkbox settings over as booleans, older accounts as strings.
  const block = raw?.['block_on_errors']
  const value = raw?.['rules_off']
  const listed = (typeof value === 'string' ? value : '').split(/[\s,]+/).filter(Boolean)
  // checkReply refuses an unknown rule id: a typo here would stop every check
  // (and every save). It is left out and named instead, as the CLI names one.
  const unknown = listed.filter((id) => !(known as readonly string[]).includes(id))
  return {
    blockOnErrors: block === undefined || block === null ? true : block === true || block === 'true',
    off: listed.filter((id) => !unknown.includes(id)),
    problems: unknown.map((id) => `Unknown rule \`${id}\` in the setting “Rules to turn off”${didYouMean(id, known)}`)
  }
}

export function blockMessage(errors: readonly BrowserFinding[]): string {
  const first = errors[0]!
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''
  return `replylint: this reply has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}: ${first.reason}${more}. Fix it from the replylint sidebar, or ask an admin to turn off the block.`
}
