// SARIF 2.1.0 for GitHub code scanning: stable rule ids, help URIs, and
// fixes only where a fix is safe. A log is one JSON document whose results
// sit in the middle, so they are kept to the end: each as a few fields (not
// the finding with its suggestions, nor SARIF's nested objects), then written
// out one at a time, not built into one string of the whole log.
import {ruleData} from '../generated/rules.js'
import {ruleIds} from '../options.js'
import {docsUrl} from '../rules/data.js'
import {careSummary} from './report-care.js'
import {repositoryPath, ruleOf, visible, type ReportOptions} from './report-common.js'
import type {Reporter} from './reporters.js'
import {endOf, replyScoreOf, startOf, type FilePart, type FileResult, type MessageData} from './results.js'

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

type Region = NonNullable<ReturnType<typeof regionOf>>

/** One result, until the log is written. */
interface Kept {
  readonly uri: string
  readonly ruleId: string
  readonly fatal: boolean | null | undefined
  readonly reason: string
  readonly region: Region | undefined
  readonly replyScore: number | undefined
  readonly reply: number | undefined
  readonly critical: boolean
  /** A safe fix: the text written, and what the fix says it writes. */
  readonly fix?: {readonly text: string; readonly suggestion: string | undefined}
}

export function sarif(options: ReportOptions, write: (chunk: string) => void): Reporter {
  const ids = Object.keys(ruleDescriptions)
  const kept: Kept[] = []
  const care = careSummary()
  const add = (file: FilePart | FileResult) => {
    care.add(file.scores, '')
    const uri = repositoryPath(file.path, options)
    for (const message of visible(file.messages, options.quiet)) kept.push(keep(file, message, uri))
  }
  return {
    part: add,
    file: add,
    end() {
      // The log around its results, written as JSON.stringify(log, null, 2) would write it whole.
      const marker = '\u0000results'
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
            results: kept.length === 0 ? [] : [marker],
            properties: {careScore: care.json()}
          }
        ]
      }
      const text = JSON.stringify(log, null, 2) + '\n'
      const at = text.indexOf(JSON.stringify(marker))
      if (at === -1) {
        write(text)
        return
      }
      const indent = text.slice(text.lastIndexOf('\n', at) + 1, at)
      write(text.slice(0, at))
      kept.forEach((entry, index) => {
        const json = JSON.stringify(resultOf(entry, ids), null, 2).replace(/\n/g, '\n' + indent)
        write(index === 0 ? json : ',\n' + indent + json)
      })
      kept.length = 0
      write(text.slice(at + JSON.stringify(marker).length))
    }
  }
}

function keep(file: FilePart | FileResult, message: MessageData, uri: string): Kept {
  const region = regionOf(message)
  // Refusals and rewrites carry suggestions, not fixes: code scanning
  // offers every `fixes` entry as a one-click change.
  const fix = message.safeFix && message.fix && region ? message.fix : undefined
  return {
    uri,
    ruleId: ruleOf(message),
    fatal: message.fatal,
    reason: message.reason,
    region,
    replyScore: replyScoreOf(file, message),
    reply: message.reply,
    critical: message.critical === true,
    ...(fix ? {fix: {text: fix.text, suggestion: message.expected?.[0]}} : {})
  }
}

function resultOf(entry: Kept, ids: readonly string[]) {
  const artifactLocation = {uri: entry.uri, uriBaseId: '%SRCROOT%'}
  const {region, fix} = entry
  return {
    ruleId: entry.ruleId,
    ruleIndex: Math.max(0, ids.indexOf(entry.ruleId)),
    level: entry.fatal === true ? 'error' : entry.fatal === false ? 'warning' : 'note',
    message: {text: entry.reason},
    locations: [{physicalLocation: {artifactLocation, ...(region ? {region} : {})}}],
    ...(entry.replyScore === undefined
      ? {}
      : {
          properties: {
            replyScore: entry.replyScore,
            reply: entry.reply,
            ...(entry.critical ? {critical: true} : {})
          }
        }),
    ...(fix
      ? {
          fixes: [
            {
              description: {text: `Replace with “${(fix.suggestion ?? fix.text).trim()}”`},
              artifactChanges: [
                {artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: fix.text}}]}
              ]
            }
          ]
        }
      : {})
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

function pathToUri(folder: string): string {
  return 'file://' + encodeURI(folder.endsWith('/') ? folder : folder + '/')
}
