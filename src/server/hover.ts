import type {VFileMessage} from 'vfile-message'
import {MarkupKind, type Hover, type Range} from 'vscode-languageserver'

/** What a finding means and what to write instead, for the hover over it. */
export function hoverFor(found: ReadonlyArray<{message: VFileMessage; range: Range}>): Hover | undefined {
  if (found.length === 0) return undefined
  const sections = found.map(({message}) => {
    const lines = [`**${message.reason}**${message.ruleId ? ` (replylint \`${message.ruleId}\`)` : ''}`]
    if (message.note) lines.push('', message.note)
    const alternatives = [...new Set((message.expected ?? []).map((text) => text.trim()).filter(Boolean))]
    if (alternatives.length > 0)
      lines.push(
        '',
        alternatives.length === 1 ? 'Instead:' : 'Alternatives:',
        ...alternatives.map((text) => `- ${text}`)
      )
    if (message.url) lines.push('', `[Rule documentation](${message.url})`)
    return lines.join('\n')
  })
  return {contents: {kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n')}, range: found[0]!.range}
}
