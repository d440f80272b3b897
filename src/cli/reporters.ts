// Reporters that stream: each file is written as soon as it is checked (and
// then forgotten), and an export's findings as its replies are checked
// (parts), where the format allows: ndjson and github write them as they
// come; stylish keeps a file's rows (it aligns them) and json a file's
// findings (its care scores come first); SARIF keeps compact results to the
// end of the run.
import {compactMessage, repositoryPath, ruleOf, visible, type FormatName, type ReportOptions} from './report-common.js'
import {sarif} from './report-sarif.js'
import {stylish} from './report-stylish.js'
import {
  endOf,
  replyScoreOf,
  startOf,
  type FilePart,
  type FileResult,
  type MessageData,
  type ReplyScore
} from './results.js'

export {formatNames, type FormatName, type ReportOptions} from './report-common.js'

export interface Reporter {
  /** Some replies of a file still being checked, in order; the file's `file` follows with the rest. */
  part(part: FilePart): void
  /** A file, done: with whatever its parts did not carry. */
  file(result: FileResult): void
  end(): void
}

export function createReporter(format: FormatName, options: ReportOptions, write: (chunk: string) => void): Reporter {
  switch (format) {
    case 'stylish':
      return stylish(options, write)
    case 'json':
      return jsonArray(options, write)
    case 'ndjson':
      return ndjson(options, write)
    case 'sarif':
      return sarif(options, write)
    case 'github':
      return github(options, write)
  }
}

function messageJson(message: MessageData, replyScore: number | undefined) {
  return {
    column: message.column,
    fatal: message.fatal,
    line: message.line,
    place: message.place,
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
    ...(replyScore === undefined ? {} : {replyScore}),
    ...(message.critical ? {critical: true} : {})
  }
}

/** vfile-reporter-json's shape (`[{path, cwd, history, messages}]`), written a file at a time. */
function jsonArray(options: ReportOptions, write: (chunk: string) => void): Reporter {
  let first = true
  // A file's parts, until it is done: its care scores come before its findings.
  let messages: MessageData[] = []
  let scores: ReplyScore[] = []
  const keep = (file: FilePart | FileResult) => {
    for (const message of visible(file.messages, options.quiet)) messages.push(message)
    for (const score of file.scores ?? []) scores.push(score)
  }
  return {
    part: keep,
    file(result) {
      keep(result)
      const shown = messages
      const replies = scores
      messages = []
      scores = []
      if (options.quiet && shown.length === 0) return
      const file = {
        path: result.path,
        cwd: options.cwd,
        history: result.path === undefined ? [] : [result.path],
        // `--fix-dry-run`: the fixed text, as ESLint's JSON gives it.
        ...(result.output === undefined ? {} : {output: result.output}),
        // Each reply's care score (`name`: its heading or macro title, or null).
        replies
      }
      write((first ? '[' : ',') + JSON.stringify(file).slice(0, -1) + ',"messages":[')
      shown.forEach((message, index) =>
        write((index ? ',' : '') + JSON.stringify(messageJson(message, replyScoreOf({scores: replies}, message))))
      )
      write(']}')
      first = false
    },
    end() {
      write(first ? '[]\n' : ']\n')
    }
  }
}

/**
 * One line per file, for pipelines (`jq`, Spark): compact findings, then the
 * counts and care scores, written a finding at a time as the file's replies
 * are checked (an export's line can hold 300,000), so the counts, known at
 * the end, follow the findings.
 */
function ndjson(options: ReportOptions, write: (chunk: string) => void): Reporter {
  let open = false
  let errorCount = 0
  let warningCount = 0
  let scores: ReplyScore[] = []
  const add = (file: FilePart | FileResult) => {
    for (const score of file.scores ?? []) scores.push(score)
    for (const message of visible(file.messages, options.quiet)) {
      // `--quiet` shows a file only once it has an error.
      const before = open ? ',' : JSON.stringify({path: file.path ?? null}).slice(0, -1) + ',"messages":['
      open = true
      write(before + JSON.stringify(compactMessage(message)))
      if (message.fatal === true) errorCount++
      else if (message.fatal === false) warningCount++
    }
  }
  return {
    part: add,
    file(result) {
      add(result)
      if (!open && !options.quiet) write(JSON.stringify({path: result.path ?? null}).slice(0, -1) + ',"messages":[')
      const tail = {
        replies: result.replies,
        errorCount,
        warningCount,
        scores,
        ...(result.output === undefined ? {} : {output: result.output})
      }
      if (open || !options.quiet) write('],' + JSON.stringify(tail).slice(1) + '\n')
      open = false
      errorCount = 0
      warningCount = 0
      scores = []
    },
    end() {}
  }
}

/** GitHub Actions workflow commands: one annotation per finding, paths from the repository root. */
function github(options: ReportOptions, write: (chunk: string) => void): Reporter {
  const annotate = (file: FilePart | FileResult) => {
    const where = repositoryPath(file.path, options)
    const lines: string[] = []
    for (const message of visible(file.messages, options.quiet)) {
      const level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const properties = [`file=${escapeProperty(where)}`]
      const start = startOf(message)
      const end = endOf(message)
      if (start?.line) properties.push(`line=${start.line}`, `col=${start.column}`)
      if (end?.line) properties.push(`endLine=${end.line}`, `endColumn=${end.column}`)
      properties.push(`title=${escapeProperty(`replylint(${ruleOf(message)})`)}`)
      const suggestion =
        message.expected && message.expected.length > 0
          ? ` Suggestions: ${message.expected.map((text) => `“${text.trim()}”`).join(', ')}`
          : ''
      lines.push(`::${level} ${properties.join(',')}::${escapeData(message.reason + suggestion)}\n`)
    }
    if (lines.length > 0) write(lines.join(''))
  }
  return {part: annotate, file: annotate, end() {}}
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
