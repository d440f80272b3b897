import type {Heading, Root as MdastRoot} from 'mdast'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {CodeActionKind, type CodeAction, type Diagnostic, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {ruleIds} from '../options.js'
import {editOf} from '../cli/check.js'
import {markdown} from '../cli/document.js'
import type {Format} from '../cli/formats.js'
import {splice, verify} from '../cli/fix.js'
import {collectionDepth} from '../cli/markdown.js'

/**
 * One quick fix per suggestion in `expected`: Replace for a span, Insert at a
 * point. Preferred (applied by "fix all" and auto-fix keys) only for the safe
 * suggestion, as `replylint --fix` would; never for a refusal. In JSON and
 * YAML the text is encoded for the string it lands in, and a fix that would
 * change the file other than as intended is not offered (the CLI's check).
 */
export function quickFixes(
  message: VFileMessage,
  diagnostic: Diagnostic,
  document: TextDocument,
  format: Format
): CodeAction[] {
  const actions: CodeAction[] = []
  const before = document.getText()
  const seen = new Set<string>()
  for (const [index, suggestion] of (message.expected ?? []).entries()) {
    if (seen.has(suggestion)) continue
    seen.add(suggestion)
    const edit = editOf(message, suggestion, before)
    if (!edit) continue
    if ((format === 'json' || format === 'yaml') && verify(before, splice(before, [edit]), [edit], format)) continue
    const range = {start: document.positionAt(edit.start), end: document.positionAt(edit.end)}
    const actual = message.actual ?? before.slice(edit.start, edit.end)
    const title =
      edit.start === edit.end
        ? `Insert ${quote(suggestion)}`
        : suggestion === ''
          ? `Remove ${quote(actual)}`
          : `Replace ${quote(actual)} with ${quote(suggestion)}`
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: message.safeFix === true && index === 0,
      edit: {changes: {[document.uri]: [{range, newText: edit.text}]}}
    })
  }
  return actions
}

/**
 * "Disable <rule> for this reply" (a section of a Markdown collection) and
 * "… for this file": the comment markers the CLI honours, so the CLI agrees.
 * Plain text, JSON and YAML have no comments the CLI reads; their rules are
 * turned off in `.replylintrc` `overrides` instead.
 */
export function disableActions(
  message: VFileMessage,
  diagnostic: Diagnostic,
  document: TextDocument,
  format: Format
): CodeAction[] {
  const rule = message.ruleId
  if (!rule || !(ruleIds as readonly string[]).includes(rule) || (format !== 'markdown' && format !== 'html')) return []
  const text = document.getText()
  const actions: CodeAction[] = []
  const action = (title: string, edits: TextEdit[]): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {changes: {[document.uri]: edits}}
  })

  if (format === 'markdown') {
    const reply = replySection(markdown.parse(new VFile(text)), message.line ?? 0, text.length)
    if (reply) {
      const edits: TextEdit[] = [
        {range: point(document, reply.start), newText: `\n\n<!-- replylint-disable ${rule} -->`},
        reply.next
          ? {range: point(document, reply.end), newText: `<!-- replylint-enable ${rule} -->\n\n`}
          : {range: point(document, reply.end), newText: `\n\n<!-- replylint-enable ${rule} -->`}
      ]
      actions.push(action(`Disable ${rule} for this reply`, edits))
    }
  }
  // After what must stay first: an HTML doctype, Markdown front matter.
  const lead =
    (format === 'html'
      ? /^\s*<!doctype[^>]*>[ \t]*\r?\n?/i
      : /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n(?:[ \t]*\r?\n)?/
    ).exec(text)?.[0].length ?? 0
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  actions.push(
    action(`Disable ${rule} for this file`, [
      {
        range: point(document, lead),
        newText: `<!-- replylint-disable ${rule} -->${eol}${format === 'markdown' ? eol : ''}`
      }
    ])
  )
  return actions
}

/** The section of a saved-replies collection holding `line`: after its heading, to the next. */
function replySection(
  tree: MdastRoot,
  line: number,
  length: number
): {start: number; end: number; next: boolean} | undefined {
  const depth = collectionDepth(tree)
  if (depth === undefined) return undefined
  let heading: Heading | undefined
  let lastInSection: number | undefined
  for (const node of tree.children) {
    const position = node.position
    if (!position) continue
    if (node.type === 'heading' && node.depth <= depth) {
      if (heading && position.start.line > line)
        return {start: heading.position!.end.offset!, end: position.start.offset!, next: true}
      heading = node.depth === depth && position.start.line <= line ? node : undefined
      lastInSection = undefined
      continue
    }
    lastInSection = position.end.offset
  }
  if (!heading) return undefined
  return {start: heading.position!.end.offset!, end: lastInSection ?? length, next: false}
}

function point(document: TextDocument, offset: number) {
  const position = document.positionAt(offset)
  return {start: position, end: position}
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return '`' + (flat.length > 60 ? flat.slice(0, 59) + '…' : flat) + '`'
}
