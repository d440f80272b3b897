import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter as stylish} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import {ruleData} from '../generated/rules.js'
import {ruleIds} from '../options.js'
import {docsUrl} from '../rules/data.js'
import {fixOf, replyIndexOf} from './check.js'
import {replyScores, summarize, type ReplyScore} from './scores.js'

export const formatNames = ['stylish', 'json', 'sarif', 'github'] as const
export type FormatName = (typeof formatNames)[number]

export interface ReportOptions {
  readonly quiet: boolean
  readonly color: boolean
  readonly cwd: string
  readonly version: string
}

/** Render the checked files in one of the reporter formats. */
export function report(files: VFile[], format: FormatName, options: ReportOptions): string {
  switch (format) {
    case 'stylish':
      return [stylish(files, {quiet: options.quiet, silent: options.quiet, color: options.color, defaultName: '<stdin>'}), scoreSummary(files, options)]
        .filter(Boolean)
        .join('\n\n')
    case 'json':
      return json(files, options)
    case 'sarif':
      return JSON.stringify(sarif(files, options), null, 2)
    case 'github':
      return github(files, options)
  }
}

const ruleDescriptions: Record<string, string> = {
  ...Object.fromEntries(ruleData.map((rule) => [rule.id, rule.description])),
  'parse-error': 'The file could not be parsed (invalid JSON or YAML).',
  'binary-file': 'The file is not text.',
  'unknown-shape': 'The JSON or YAML file is not a known canned-response collection.',
  'file-error': 'The file could not be read, or its configuration is invalid.'
}

/** Each finding's reply score, by message, for the machine-readable formats. */
function scoresByMessage(files: VFile[]): Map<VFileMessage, ReplyScore> {
  const scores = replyScores(files)
  const byFile = new Map<VFile, ReplyScore[]>()
  for (const reply of scores) byFile.set(reply.file, [...(byFile.get(reply.file) ?? []), reply])
  const map = new Map<VFileMessage, ReplyScore>()
  for (const file of files) {
    for (const message of file.messages) {
      const index = replyIndexOf(message)
      const reply = index === undefined ? undefined : byFile.get(file)?.[index]
      if (reply) map.set(message, reply)
    }
  }
  return map
}

/**
 * vfile-reporter-json's shape, plus each file's `replies` (`{name, score}`)
 * and, on each finding, the `replyScore` of its reply and whether it is `critical`.
 */
function json(files: VFile[], options: ReportOptions): string {
  const scores = replyScores(files)
  const byMessage = scoresByMessage(files)
  const entries = JSON.parse(reporterJson(files, {silent: options.quiet})) as Array<Record<string, unknown> & {messages: Array<Record<string, unknown>>}>
  // reporterJson drops a file only when quiet and clean; its messages keep their order.
  const shown = files.filter((file) => !options.quiet || file.messages.some((message) => message.fatal === true))
  shown.forEach((file, index) => {
    const entry = entries[index]
    if (!entry) return
    entry['replies'] = scores.filter((reply) => reply.file === file).map((reply) => ({name: reply.name ?? null, score: reply.score}))
    visible(file, options.quiet).forEach((message, at) => {
      const target = entry.messages[at]
      if (!target) return
      const reply = byMessage.get(message)
      if (reply) target['replyScore'] = reply.score
      if (message.critical) target['critical'] = true
    })
  })
  return JSON.stringify(entries)
}

/** For `stylish`: the mean care score and the five lowest replies. */
function scoreSummary(files: VFile[], options: ReportOptions): string {
  const summary = summarize(replyScores(files))
  if (summary.count === 0) return ''
  const lines = [`Care score: mean ${summary.mean.toFixed(1)} over ${summary.count} ${summary.count === 1 ? 'reply' : 'replies'}`]
  if (summary.lowest.length > 0) {
    lines.push('Lowest:')
    for (const reply of summary.lowest) {
      const where = reply.file.path ? relative(reply.file.path, options.cwd) : '<stdin>'
      lines.push(`  ${String(reply.score).padStart(3)}  ${where}${reply.name === undefined ? '' : ` › ${reply.name}`}`)
    }
  }
  return lines.join('\n')
}

function visible(file: VFile, quiet: boolean): VFileMessage[] {
  return file.messages.filter((message) => !quiet || message.fatal === true)
}

function ruleOf(message: VFileMessage): string {
  return message.ruleId ?? 'file-error'
}

/** SARIF 2.1.0 for GitHub code scanning: stable rule ids, help URIs, fixes. */
function sarif(files: VFile[], options: ReportOptions) {
  const ids = Object.keys(ruleDescriptions)
  const byMessage = scoresByMessage(files)
  const summary = summarize(replyScores(files))
  const results = files.flatMap((file) =>
    visible(file, options.quiet).map((message) => {
      const fix = fixOf(message)
      const region = regionOf(message)
      const uri = (file.path ? relative(file.path, options.cwd) : 'stdin').split('\\').join('/')
      const location = {physicalLocation: {artifactLocation: {uri, uriBaseId: '%SRCROOT%'}, ...(region ? {region} : {})}}
      const replacements = fix
        ? [fix.text]
        : region && region.endColumn !== undefined && message.expected && message.expected.length > 0 && !file.path?.match(/\.(json|ya?ml)$/i)
          ? message.expected
          : []
      return {
        ruleId: ruleOf(message),
        ruleIndex: Math.max(0, ids.indexOf(ruleOf(message))),
        level: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note',
        message: {text: message.reason},
        locations: [location],
        ...(byMessage.has(message) || message.critical
          ? {properties: {...(byMessage.has(message) ? {replyScore: byMessage.get(message)!.score, ...(byMessage.get(message)!.name === undefined ? {} : {reply: byMessage.get(message)!.name})} : {}), ...(message.critical ? {critical: true} : {})}}
          : {}),
        ...(replacements.length > 0 && region
          ? {
              fixes: replacements.map((text) => ({
                description: {text: `Replace with “${text.trim()}”`},
                artifactChanges: [{artifactLocation: location.physicalLocation.artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text}}]}]
              }))
            }
          : {})
      }
    })
  )
  return {
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
        originalUriBaseIds: {'%SRCROOT%': {uri: pathToUri(options.cwd)}},
        properties: {careScore: {mean: Math.round(summary.mean * 10) / 10, replies: summary.count}},
        results
      }
    ]
  }
}

function levelOf(id: string): 'error' | 'warning' | 'none' {
  const severity = ruleData.find((rule) => rule.id === id)?.severity ?? 'error'
  return severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none'
}

function regionOf(message: VFileMessage) {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    if (!place.start.line) return undefined
    return {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
  }
  return place.line ? {startLine: place.line, startColumn: place.column} : undefined
}

/** GitHub Actions workflow commands: one annotation per finding. */
function github(files: VFile[], options: ReportOptions): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of visible(file, options.quiet)) {
      const level = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const properties = [`file=${escapeProperty(file.path ? relative(file.path, options.cwd) : 'stdin')}`]
      const place = message.place
      const start = place && 'start' in place ? place.start : place
      const end = place && 'start' in place ? place.end : undefined
      if (start?.line) properties.push(`line=${start.line}`, `col=${start.column}`)
      if (end?.line) properties.push(`endLine=${end.line}`, `endColumn=${end.column}`)
      properties.push(`title=${escapeProperty(`replylint(${ruleOf(message)})`)}`)
      const suggestion = message.expected && message.expected.length > 0 ? ` Suggestions: ${message.expected.map((text) => `“${text.trim()}”`).join(', ')}` : ''
      lines.push(`::${level} ${properties.join(',')}::${escapeData(message.reason + suggestion)}`)
    }
  }
  return lines.join('\n')
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function relative(file: string, cwd: string): string {
  return file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file
}

function pathToUri(path: string): string {
  return 'file://' + encodeURI(path.endsWith('/') ? path : path + '/')
}
