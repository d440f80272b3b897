import bundledSdk from 'zendesk_app_framework_sdk'
import {
  applySuggestion,
  countBySeverity,
  findingsOf,
  renderFindings,
  withCode,
  type BrowserFinding
} from '../../../src/browser/index.js'
import {blockMessage, settingsOf, type Settings} from './settings.js'
import type {ZafClient, ZafClientFactory} from './zaf.js'

// The SDK is bundled (the app loads nothing from elsewhere); a page that
// already has a `ZAFClient` (Zendesk's own hosted script, or a test's fake
// host) keeps its own.
const sdk = (globalThis as {ZAFClient?: ZafClientFactory}).ZAFClient ?? bundledSdk
const client = sdk.init()
const summary = document.getElementById('summary')!
const list = document.getElementById('findings')!
const notice = document.getElementById('settings-problem')!

if (client) start(client)
else summary.textContent = 'Open this app from a ticket in Zendesk Support: it checks the reply being written there.'

function start(client: ZafClient): void {
  let text = ''
  let customerName = ''
  let settings: Settings = settingsOf(undefined)
  let findings: BrowserFinding[] = []
  // An internal note is written for colleagues: no thanks or name needed.
  let note = false

  const check = () => {
    findings = note ? [] : findingsOf(text, {customerName, off: settings.off})
    renderFindings(list, findings, {apply})
    const {errors, warnings} = countBySeverity(findings)
    summary.dataset['state'] = errors > 0 && settings.blockOnErrors ? 'blocked' : 'ok'
    summary.textContent = note
      ? 'Internal note: replylint checks public replies only.'
      : text.trim() === ''
        ? 'Write a reply: it is checked as you type.'
        : findings.length === 0
          ? 'No findings in this reply.'
          : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${errors > 0 && settings.blockOnErrors ? ': fix the errors to submit.' : '.'}`
    void client.invoke('resize', {
      width: '100%',
      height: `${Math.min(document.documentElement.scrollHeight + 8, 640)}px`
    })
  }

  const apply = (finding: BrowserFinding, suggestion: string) => {
    text = applySuggestion(text, finding, suggestion)
    check()
    void client.set('ticket.comment.text', text)
  }

  client.on('comment.text.changed', (value) => {
    if (typeof value === 'string') {
      text = value
      check()
    } else {
      void client.get('ticket.comment.text').then((data) => {
        text = textOf(data['ticket.comment.text'])
        check()
      })
    }
  })

  client.on('comment.type.changed', (value) => {
    note = value === 'internalNote'
    check()
  })

  // Submit: check the reply as it is now; with errors (and the block on),
  // a rejection with a message cancels the save and shows the message. An
  // internal note is for colleagues, and a save without a comment (a field
  // change) has no reply: neither is held back.
  client.on('ticket.save', () =>
    client.get(['ticket.comment.text', 'ticket.comment.type']).then((data) => {
      text = textOf(data['ticket.comment.text'])
      note = data['ticket.comment.type'] === 'internalNote'
      check()
      const errors = findings.filter((finding) => finding.severity === 'error')
      if (text.trim() !== '' && settings.blockOnErrors && errors.length > 0)
        // ZAF reads a rejected save's reason as the message it shows the agent.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        return Promise.reject(blockMessage(errors))
      return true
    })
  )

  void Promise.all([
    client.get(['ticket.comment.text', 'ticket.comment.type', 'ticket.requester.name']),
    client.metadata().catch(() => ({settings: undefined}))
  ]).then(([data, metadata]) => {
    text = textOf(data['ticket.comment.text'])
    note = data['ticket.comment.type'] === 'internalNote'
    customerName = textOf(data['ticket.requester.name'])
    settings = settingsOf(metadata.settings)
    // Quoted as findings quote: the rule ids as code.
    withCode(notice, settings.problems.join(' '))
    notice.hidden = settings.problems.length === 0
    check()
  })
}

/** A ZAF value as text: the host gives strings, and nothing else is a reply. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
