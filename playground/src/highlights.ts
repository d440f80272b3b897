import type {BrowserFinding} from '../../src/browser/index.js'

/**
 * The reply's text, with each finding's words in a `<mark>` (or an empty
 * mark at a point where something is missing), for the layer drawn under
 * the textarea. Overlapping findings split the text at every boundary, so
 * each piece says which findings cover it (`data-finding="1 3"`).
 */
export function renderHighlights(text: string, findings: readonly BrowserFinding[]): Node[] {
  const cuts = new Set([0, text.length])
  for (const finding of findings) cuts.add(finding.start).add(finding.end)
  const points = [...cuts].sort((a, b) => a - b)
  const nodes: Node[] = []
  const numbered = new Set<number>()

  for (const [index, at] of points.entries()) {
    for (const [number, finding] of findings.entries()) {
      if (finding.start === at && finding.end === at) nodes.push(mark([number], findings, numbered, 'point'))
    }
    const next = points[index + 1]
    if (next === undefined) break
    const piece = text.slice(at, next)
    const covering = [...findings.keys()].filter(
      (number) =>
        findings[number]!.start <= at &&
        findings[number]!.end >= next &&
        findings[number]!.end > findings[number]!.start
    )
    if (covering.length === 0) {
      nodes.push(document.createTextNode(piece))
      continue
    }
    const node = mark(covering, findings, numbered)
    node.textContent = piece
    nodes.push(node)
  }
  // A final line break needs a character after it to take up its line.
  nodes.push(document.createTextNode('\u200B'))
  return nodes
}

function mark(
  covering: readonly number[],
  findings: readonly BrowserFinding[],
  numbered: Set<number>,
  kind = 'span'
): HTMLElement {
  const node = document.createElement('mark')
  const severity = covering.some((number) => findings[number]!.severity === 'error') ? 'error' : 'warn'
  node.className = `${kind} ${severity}`
  node.dataset['finding'] = covering.map((number) => number + 1).join(' ')
  // The finding's number, once, where it starts: ties a mark to its list item.
  const first = covering.find((number) => !numbered.has(number))
  if (first !== undefined) {
    numbered.add(first)
    node.dataset['number'] = String(first + 1)
  }
  return node
}
