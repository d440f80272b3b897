import type {VFileMessage} from 'vfile-message'
import {DiagnosticSeverity, type Diagnostic, type Position, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

/**
 * A finding as an LSP diagnostic, mapped as unified-language-server maps
 * messages: `fatal` → severity, `ruleId` → `code`, `url` → `codeDescription`.
 * The note and suggestions are shown by the hover and the quick fixes, so the
 * message stays the one line the CLI prints.
 */
export function toDiagnostic(message: VFileMessage, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message, document),
    message: explain(message),
    severity:
      message.fatal === true
        ? DiagnosticSeverity.Error
        : message.fatal === false
          ? DiagnosticSeverity.Warning
          : DiagnosticSeverity.Information,
    source: message.source ?? 'replylint'
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  return diagnostic
}

/** The span of a finding; a point (something missing) is an empty range. */
export function rangeOf(message: VFileMessage, document: TextDocument): Range {
  const place = message.place
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  if ('start' in place) return {start: positionOf(place.start, document), end: positionOf(place.end, document)}
  const point = positionOf(place, document)
  return {start: point, end: point}
}

function positionOf(
  point: {line: number; column: number; offset?: number | undefined},
  document: TextDocument
): Position {
  // Offsets are exact (UTF-16 units, as LSP counts by default); lines and columns are the fallback.
  if (point.offset !== undefined) return document.positionAt(point.offset)
  return {line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1)}
}

// unified-engine wraps a bad config as "Cannot process file", caused by
// "Cannot parse file", caused by ours, which names the file and the mistake.
function explain(message: VFileMessage): string {
  const chain: string[] = []
  for (let cause: unknown = message.cause; cause instanceof Error && chain.length < 8; cause = cause.cause)
    chain.push(cause.message)
  if (chain.length === 0) return message.reason
  return chain.find((text) => text.startsWith('Invalid config')) ?? `${message.reason}: ${chain.join(': ')}`
}
