import {
  applySuggestion,
  countBySeverity,
  element,
  findingsOf,
  renderFindings,
  rules,
  type BrowserFinding
} from '../../src/browser/index.js'
import {renderHighlights} from './highlights.js'
import {readState, writeState, type State} from './state.js'

const example = `Hi Sarah,

No, we can't refund orders after 30 days. Sorry about that!

Best regards,
Sam`

const reply = byId<HTMLTextAreaElement>('reply')
const customerName = byId<HTMLInputElement>('customer-name')
const highlights = document.querySelector<HTMLElement>('.highlights')!
const backdrop = document.querySelector<HTMLElement>('.backdrop')!
const list = byId<HTMLOListElement>('findings')
const summary = byId<HTMLElement>('summary')
const off = new Set<string>()
const toggles = new Map<string, HTMLButtonElement>()
let findings: BrowserFinding[] = []
let items: HTMLElement[] = []

// Toggle buttons (aria-pressed), named by the rule id alone: a control
// labelled with a rule's words would also answer to `getByLabel('Reply')`.
for (const rule of rules) {
  const row = byId('rules').appendChild(element('div', 'rule-toggle'))
  const button = row.appendChild(element('button', 'toggle'))
  button.type = 'button'
  button.value = rule.id
  button.appendChild(element('span', 'rule-id', rule.id))
  button.appendChild(element('span', 'state'))
  if (rule.description) {
    const description = row.appendChild(element('span', 'help', rule.description))
    description.id = `rule-${rule.id}-description`
    button.setAttribute('aria-describedby', description.id)
  }
  button.addEventListener('click', () => {
    if (off.has(rule.id)) off.delete(rule.id)
    else off.add(rule.id)
    showToggle(button, !off.has(rule.id))
    update()
  })
  showToggle(button, true)
  toggles.set(rule.id, button)
}

// Every edit re-checks at once (a check is a few milliseconds), so what is
// on screen always belongs to the text in the box, however it was typed.
reply.addEventListener('input', () => update())
customerName.addEventListener('input', () => update())
reply.addEventListener('scroll', syncScroll)
for (const event of ['keyup', 'click', 'select'] as const) reply.addEventListener(event, markActive)
new ResizeObserver(() => {
  backdrop.style.height = `${reply.offsetHeight}px`
  syncScroll()
}).observe(reply)
byId('example').addEventListener('click', () => {
  reply.value = example
  customerName.value = 'Dana Whitfield'
  update()
  reply.focus()
})
byId('clear').addEventListener('click', () => {
  reply.value = ''
  update()
  reply.focus()
})
window.addEventListener('hashchange', () => restore(readState(location.hash)))
restore(readState(location.hash))

function restore(state: State): void {
  reply.value = state.text
  customerName.value = state.customerName
  off.clear()
  for (const id of state.off) if (toggles.has(id)) off.add(id)
  for (const [id, button] of toggles) showToggle(button, !off.has(id))
  update(false)
}

function update(save = true): void {
  const text = reply.value
  const started = performance.now()
  findings = findingsOf(text, {customerName: customerName.value, off})
  const ms = performance.now() - started
  highlights.replaceChildren(...renderHighlights(text, findings))
  items = renderFindings(list, findings, {apply, show})
  const {errors, warnings} = countBySeverity(findings)
  summary.textContent =
    text.trim() === ''
      ? 'Type or paste a reply to check it.'
      : findings.length === 0
        ? `No findings: this reply follows every enabled rule (checked in ${ms.toFixed(1)} ms).`
        : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} (checked in ${ms.toFixed(1)} ms).`
  // Reading the textarea's scroll position forces a layout: leave it to the next frame.
  requestAnimationFrame(syncScroll)
  markActive()
  if (save) writeState({text, customerName: customerName.value, off: [...off]})
}

function apply(finding: BrowserFinding, suggestion: string): void {
  reply.value = applySuggestion(reply.value, finding, suggestion)
  update()
  // Leave the writer where the new words are, with a slot to fill in
  // (`[the alternative you can offer]`, or a `…`) selected.
  const slot = /\[[^\]\n]{1,80}\]|…/.exec(suggestion)
  const at = finding.start + (slot ? slot.index : suggestion.length)
  reply.focus()
  reply.setSelectionRange(at, slot ? at + slot[0].length : at)
  markActive()
}

function show(finding: BrowserFinding): void {
  reply.focus()
  reply.setSelectionRange(finding.start, finding.end)
  // Bring the selection into view: focus alone does not scroll to it.
  reply.blur()
  reply.focus()
  markActive()
}

/** The finding under the caret is marked in the list and in the text. */
function markActive(): void {
  const caret = reply.selectionStart
  findings.forEach((finding, index) => {
    const active = document.activeElement === reply && caret >= finding.start && caret <= finding.end
    items[index]?.classList.toggle('active', active)
    for (const mark of highlights.querySelectorAll(`[data-finding~="${index + 1}"]`))
      mark.classList.toggle('active', active)
  })
}

function syncScroll(): void {
  backdrop.scrollTop = reply.scrollTop
  backdrop.scrollLeft = reply.scrollLeft
}

function showToggle(button: HTMLButtonElement, on: boolean): void {
  button.setAttribute('aria-pressed', String(on))
  button.lastElementChild!.textContent = on ? 'on' : 'off'
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  return document.getElementById(id) as T
}
