// Reporters that stream: each file is written as soon as it is checked (and
// then forgotten), so a run over 100,000 replies holds one file's findings at
// a time. vfile-reporter needs every file up front and pads each row to the
// longest reason of all (~211 columns with reply names), so stylish is ours;
// JSON keeps vfile-reporter-json's shape, written one file at a time.
import path from 'node:path'
import {ruleData} from '../generated/rules.js'
import {ruleIds} from '../options.js'
import {docsUrl} from '../rules/data.js'
import {endOf, startOf, type FileResult, type MessageData, type ReplyScore} from './results.js'

export const formatNames = ['stylish', 'json', 'ndjson', 'sarif', 'github'] as const
export type FormatName = (typeof formatNames)[number]

export interface ReportOptions {
  readonly quiet: boolean
  readonly color: boolean
  readonly cwd: string
  /** Where repository paths start (github annotations and SARIF need them from the root). */
  readonly root: string
  readonly version: string
  /** Terminal width, to keep rows from wrapping. */
  readonly columns?: number | undefined
}

export interface Reporter {
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
      return {file: (result) => shown(result, options) && writeNdjsonFile(result, options, write), end() {}}
    case 'sarif':
      return sarif(options, write)
    case 'github':
      return github(options, write)
  }
}

function visible(result: FileResult, quiet: boolean): MessageData[] {
  return quiet ? result.messages.filter((message) => message.fatal === true) : result.messages
}

function shown(result: FileResult, options: ReportOptions): boolean {
  return !options.quiet || visible(result, true).length > 0
}

function severity(message: MessageData): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

function ruleOf(message: MessageData): string {
  return message.ruleId ?? 'file-error'
}

function displayPath(result: FileResult, options: ReportOptions): string {
  return result.path === undefined
    ? '<stdin>'
    : path.relative(options.cwd, path.resolve(options.cwd, result.path)) || result.path
}

function place(message: MessageData): string {
  const start = startOf(message)
  const end = endOf(message)
  if (!start) return '1:1'
  return end ? `${start.line}:${start.column}-${end.line}:${end.column}` : `${start.line}:${start.column}`
}

/** ESLint's stylish layout: place, severity, reason, rule; aligned per file, never padded past the terminal. */
function stylish(options: ReportOptions, write: (chunk: string) => void): Reporter {
  const paint = (code: string, text: string) => (options.color ? `\u001B[${code}m${text}\u001B[39m` : text)
  const totals = {error: 0, warning: 0, info: 0}
  const width = options.columns ?? 80
  const care = careSummary()
  return {
    file(result) {
      care.add(result, displayPath(result, options))
      const messages = visible(result, options.quiet)
      if (messages.length === 0) return
      const rows = messages.map((message) => ({
        place: place(message),
        level: severity(message),
        reason: message.reason,
        rule: `${ruleOf(message)}  ${message.source ?? 'replylint'}`
      }))
      const placeWidth = Math.max(...rows.map((row) => row.place.length))
      const levelWidth = Math.max(...rows.map((row) => row.level.length))
      const ruleWidth = Math.max(...rows.map((row) => row.rule.length))
      // Align the rule column only as far as the terminal allows; a longer
      // reason is followed by its rule two spaces on, not by a wall of spaces.
      const room = Math.max(0, width - (2 + placeWidth + 2 + levelWidth + 2) - (2 + ruleWidth))
      const reasonWidth = Math.min(room, Math.max(...rows.map((row) => row.reason.length)))
      write(
        (options.color ? `\u001B[4m${displayPath(result, options)}\u001B[24m` : displayPath(result, options)) + '\n'
      )
      for (const row of rows) {
        totals[row.level]++
        const level =
          row.level === 'error'
            ? paint('31', row.level.padEnd(levelWidth))
            : row.level === 'warning'
              ? paint('33', row.level.padEnd(levelWidth))
              : row.level.padEnd(levelWidth)
        write(
          `  ${paint('2', row.place.padEnd(placeWidth))}  ${level}  ${row.reason.padEnd(reasonWidth)}  ${paint('2', row.rule)}\n`
        )
      }
      write('\n')
    },
    end() {
      const problems = totals.error + totals.warning + totals.info
      const summary = care.text()
      if (summary) write(summary + '\n\n')
      if (problems === 0) return
      const parts = [
        `${totals.error} ${totals.error === 1 ? 'error' : 'errors'}`,
        `${totals.warning} ${totals.warning === 1 ? 'warning' : 'warnings'}`
      ]
      const mark = totals.error > 0 ? paint('31', '✖') : paint('33', '⚠')
      write(`${mark} ${problems} ${problems === 1 ? 'problem' : 'problems'} (${parts.join(', ')})\n`)
    }
  }
}

/**
 * The repository's care score for stylish: the mean over every reply and
 * the five lowest, kept as results stream by (a handful of rows, not every
 * reply).
 */
function careSummary() {
  let count = 0
  let sum = 0
  const lowest: Array<{score: number; where: string}> = []
  return {
    add(result: FileResult, where: string) {
      for (const reply of result.scores ?? []) {
        count++
        sum += reply.score
        if (reply.score >= 100) continue
        lowest.push({score: reply.score, where: reply.name === null ? where : `${where} › ${reply.name}`})
        lowest.sort((a, b) => a.score - b.score)
        if (lowest.length > 5) lowest.pop()
      }
    },
    /** SARIF's run property: the mean over every reply. */
    json: () => ({mean: count === 0 ? 100 : Math.round((sum / count) * 10) / 10, replies: count}),
    text(): string {
      if (count === 0) return ''
      const lines = [`Care score: mean ${(sum / count).toFixed(1)} over ${count} ${count === 1 ? 'reply' : 'replies'}`]
      if (lowest.length > 0)
        lines.push('Lowest:', ...lowest.map((reply) => `  ${String(reply.score).padStart(3)}  ${reply.where}`))
      return lines.join('\n')
    }
  }
}

/** A finding's reply score, for the machine-readable formats. */
function replyScoreOf(result: FileResult, message: MessageData): number | undefined {
  return message.reply === undefined ? undefined : result.scores?.[message.reply]?.score
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
  return {
    file(result) {
      if (!shown(result, options)) return
      const file = {
        path: result.path,
        cwd: options.cwd,
        history: result.path === undefined ? [] : [result.path],
        // `--fix-dry-run`: the fixed text, as ESLint's JSON gives it.
        ...(result.output === undefined ? {} : {output: result.output}),
        // Each reply's care score (`name`: its heading or macro title, or null).
        replies: result.scores ?? ([] as readonly ReplyScore[])
      }
      write((first ? '[' : ',') + JSON.stringify(file).slice(0, -1) + ',"messages":[')
      visible(result, options.quiet).forEach((message, index) =>
        write((index ? ',' : '') + JSON.stringify(messageJson(message, replyScoreOf(result, message))))
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
 * One line per file, for pipelines (`jq`, Spark): counts and compact
 * findings, written a finding at a time (an export's line can hold 300,000).
 */
function writeNdjsonFile(result: FileResult, options: ReportOptions, write: (chunk: string) => void): void {
  const messages = visible(result, options.quiet)
  let errorCount = 0
  let warningCount = 0
  for (const message of messages) {
    if (message.fatal === true) errorCount++
    else if (message.fatal === false) warningCount++
  }
  const head = {
    path: result.path ?? null,
    replies: result.replies,
    errorCount,
    warningCount,
    scores: result.scores ?? [],
    ...(result.output === undefined ? {} : {output: result.output})
  }
  write(JSON.stringify(head).slice(0, -1) + ',"messages":[')
  messages.forEach((message, index) => write((index ? ',' : '') + JSON.stringify(compactMessage(message))))
  write(']}\n')
}

/** A finding for NDJSON: flat, with its span and suggestions. */
export function compactMessage(message: MessageData) {
  const start = startOf(message)
  const end = endOf(message)
  return {
    ruleId: ruleOf(message),
    severity: severity(message),
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? null,
    endColumn: end?.column ?? null,
    reason: message.reason,
    ...(message.actual === undefined ? {} : {actual: message.actual}),
    ...(message.expected === undefined ? {} : {expected: message.expected}),
    ...(message.safeFix ? {safeFix: true} : {})
  }
}

const ruleDescriptions: Record<string, string> = {
  ...Object.fromEntries(ruleData.map((rule) => [rule.id, rule.description])),
  'parse-error': 'The file could not be parsed (invalid JSON or YAML).',
  'binary-file': 'The file is not text.',
  'unknown-shape': 'The JSON or YAML file is not a known canned-response collection.',
  'fix-skipped': 'A safe fix was found but not applied, because it would change the file in unexpected ways.',
  'file-error': 'The file could not be read, or its configuration is invalid.'
}

const defaults = new Map<string, string>(ruleData.map((rule) => [rule.id, rule.severity]))

function levelOf(id: string): 'error' | 'warning' | 'note' | 'none' {
  const severity = defaults.get(id)
  if (severity) return severity === 'warn' ? 'warning' : severity === 'off' ? 'none' : 'error'
  return id === 'unknown-shape' ? 'note' : 'error'
}

/** A path from the repository root, with forward slashes, for code scanning and annotations. */
function repositoryPath(result: FileResult, options: ReportOptions): string {
  if (result.path === undefined) return 'stdin'
  const relative = path.relative(options.root, path.resolve(options.cwd, result.path))
  return (relative.startsWith('..') ? path.resolve(options.cwd, result.path) : relative).split(path.sep).join('/')
}

/** SARIF 2.1.0 for GitHub code scanning: stable rule ids, help URIs, and fixes only where a fix is safe. */
function sarif(options: ReportOptions, write: (chunk: string) => void): Reporter {
  const ids = Object.keys(ruleDescriptions)
  const results: unknown[] = []
  const care = careSummary()
  return {
    file(result) {
      care.add(result, '')
      const uri = repositoryPath(result, options)
      for (const message of visible(result, options.quiet)) {
        const region = regionOf(message)
        const artifactLocation = {uri, uriBaseId: '%SRCROOT%'}
        // Refusals and rewrites carry suggestions, not fixes: code scanning
        // offers every `fixes` entry as a one-click change.
        const fix = message.safeFix && message.fix && region ? message.fix : undefined
        results.push({
          ruleId: ruleOf(message),
          ruleIndex: Math.max(0, ids.indexOf(ruleOf(message))),
          level: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note',
          message: {text: message.reason},
          locations: [{physicalLocation: {artifactLocation, ...(region ? {region} : {})}}],
          ...(replyScoreOf(result, message) === undefined
            ? {}
            : {
                properties: {
                  replyScore: replyScoreOf(result, message),
                  reply: message.reply,
                  ...(message.critical ? {critical: true} : {})
                }
              }),
          ...(fix
            ? {
                fixes: [
                  {
                    description: {text: `Replace with “${(message.expected?.[0] ?? fix.text).trim()}”`},
                    artifactChanges: [
                      {artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: fix.text}}]}
                    ]
                  }
                ]
              }
            : {})
        })
      }
    },
    end() {
      const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'replylint',
                version: options.version,
                informationUri: 'https://github.com/replylint/replylint',
                rules: ids.map((id) => ({
                  id,
                  shortDescription: {text: ruleDescriptions[id]!},
                  helpUri: docsUrl((ruleIds as readonly string[]).includes(id) ? id : 'README'),
                  defaultConfiguration: {level: levelOf(id)}
                }))
              }
            },
            originalUriBaseIds: {'%SRCROOT%': {uri: pathToUri(options.root)}},
            results,
            properties: {careScore: care.json()}
          }
        ]
      }
      write(JSON.stringify(log, null, 2) + '\n')
    }
  }
}

function regionOf(message: MessageData) {
  const start = startOf(message)
  const end = endOf(message)
  if (!start?.line) return undefined
  return end?.line
    ? {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column}
    : {startLine: start.line, startColumn: start.column}
}

/** GitHub Actions workflow commands: one annotation per finding, paths from the repository root. */
function github(options: ReportOptions, write: (chunk: string) => void): Reporter {
  return {
    file(result) {
      const file = repositoryPath(result, options)
      const lines: string[] = []
      for (const message of visible(result, options.quiet)) {
        const level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
        const properties = [`file=${escapeProperty(file)}`]
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
    },
    end() {}
  }
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function pathToUri(folder: string): string {
  return 'file://' + encodeURI(folder.endsWith('/') ? folder : folder + '/')
}
