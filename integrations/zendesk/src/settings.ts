import type {BrowserFinding} from '../../../src/browser/index.js'

/** The app's settings (manifest.json `parameters`), as an admin set them. */
export interface Settings {
  readonly blockOnErrors: boolean
  readonly off: readonly string[]
}

export function settingsOf(raw: Record<string, unknown> | undefined): Settings {
  // Zendesk hands checkbox settings over as booleans, older accounts as strings.
  const block = raw?.['block_on_errors']
  return {
    blockOnErrors: block === undefined || block === null ? true : block === true || block === 'true',
    off: String(raw?.['rules_off'] ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
  }
}

export function blockMessage(errors: readonly BrowserFinding[]): string {
  const first = errors[0]!
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''
  return `replylint: this reply has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}: ${first.reason}${more}. Fix it from the replylint sidebar, or ask an admin to turn off the block.`
}
