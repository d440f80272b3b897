import type {BrowserFinding} from './findings.js'

export interface FindingHandlers {
  /** A suggestion was chosen (click, Enter or Space on its button). */
  readonly apply: (finding: BrowserFinding, suggestion: string) => void
  /** A finding was activated (click, Enter): show its place. */
  readonly show?: ((finding: BrowserFinding) => void) | undefined
}

const severityText = {error: '✖ Error', warn: '⚠ Warning'} as const

/**
 * Render findings as list items (`<li data-rule-id data-severity>`), each
 * focusable, with its message, note and one button per suggestion. Shared
 * by the playground and the Zendesk app so both show findings alike.
 * Arrow keys move between findings; severity is said in words and a glyph,
 * never by colour alone.
 */
export function renderFindings(
  list: HTMLElement,
  findings: readonly BrowserFinding[],
  handlers: FindingHandlers
): HTMLElement[] {
  const items = findings.map((finding, index) => {
    const item = element('li', 'finding')
    item.dataset['ruleId'] = finding.ruleId
    item.dataset['severity'] = finding.severity
    item.dataset['index'] = String(index + 1)
    item.tabIndex = 0

    const head = item.appendChild(element('p', 'finding-head'))
    head.appendChild(element('span', 'finding-number', String(index + 1)))
    head.appendChild(element('span', 'severity', severityText[finding.severity]))
    head.appendChild(element('span', 'place', `line ${finding.line}, column ${finding.column}`))
    const rule = head.appendChild(element('a', 'rule', finding.ruleId))
    rule.href = finding.url
    rule.target = '_blank'
    rule.rel = 'noopener'

    item.appendChild(withCode(element('p', 'reason'), finding.reason))
    if (finding.note) item.appendChild(element('p', 'note', finding.note))

    const group = item.appendChild(element('div', 'suggestions'))
    group.setAttribute('role', 'group')
    group.setAttribute('aria-label', 'Suggestions')
    for (const suggestion of finding.expected) {
      const button = group.appendChild(element('button', 'suggestion'))
      button.type = 'button'
      button.appendChild(element('span', 'apply', 'Apply'))
      button.appendChild(element('span', 'suggestion-text', visible(suggestion)))
      button.addEventListener('click', (event) => {
        event.stopPropagation()
        handlers.apply(finding, suggestion)
      })
    }

    item.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a, button')) return
      handlers.show?.(finding)
    })
    item.addEventListener('keydown', (event) => {
      if (event.target !== item) return
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        handlers.show?.(finding)
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        const next = items[index + (event.key === 'ArrowDown' ? 1 : -1)]
        next?.focus()
      }
    })
    return item
  })
  list.replaceChildren(...items)
  return items
}

/** Suggestions may start or end with line breaks (insertions): show them, trimmed. */
function visible(suggestion: string): string {
  return suggestion.trim().replace(/\n+/g, ' ⏎ ')
}

/** Messages quote text in backticks, as unified messages do: show it as code. */
export function withCode(parent: HTMLElement, text: string): HTMLElement {
  text.split('`').forEach((part, index) => {
    if (part) parent.appendChild(index % 2 ? element('code', undefined, part) : document.createTextNode(part))
  })
  return parent
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}
