// ESLint's stylish layout: place, severity, reason, rule; aligned per file,
// never padded past the terminal. vfile-reporter needs every file up front
// and pads each row to the longest reason of all (~211 columns with reply
// names), so this one is ours.
import {careSummary} from './report-care.js'
import {displayPath, ruleOf, severity, visible, type ReportOptions} from './report-common.js'
import type {Reporter} from './reporters.js'
import {endOf, startOf, type MessageData} from './results.js'

const levels = ['error', 'warning', 'info'] as const

export function stylish(options: ReportOptions, write: (chunk: string) => void): Reporter {
  const paint = (code: string, text: string) => (options.color ? `\u001B[${code}m${text}\u001B[39m` : text)
  const totals = {error: 0, warning: 0, info: 0}
  const width = options.columns ?? 80
  const care = careSummary()
  let rows = fileRows()
  const add = (messages: MessageData[]) => {
    for (const message of visible(messages, options.quiet)) rows.add(message)
  }
  return {
    part(part) {
      care.add(part.scores, displayPath(part.path, options))
      add(part.messages)
    },
    file(result) {
      care.add(result.scores, displayPath(result.path, options))
      add(result.messages)
      const file = rows
      rows = fileRows()
      if (file.length === 0) return
      // Align the rule column only as far as the terminal allows; a longer
      // reason is followed by its rule two spaces on, not by a wall of spaces.
      const room = Math.max(0, width - (2 + file.placeWidth + 2 + file.levelWidth + 2) - (2 + file.ruleWidth))
      const reasonWidth = Math.min(room, file.reasonWidth)
      const where = displayPath(result.path, options)
      write((options.color ? `\u001B[4m${where}\u001B[24m` : where) + '\n')
      for (let index = 0; index < file.length; index++) {
        const name = levels[file.levels[index]!]!
        totals[name]++
        const padded = name.padEnd(file.levelWidth)
        const level = name === 'error' ? paint('31', padded) : name === 'warning' ? paint('33', padded) : padded
        write(
          `  ${paint('2', file.places[index]!.padEnd(file.placeWidth))}  ${level}  ${file.reasons[index]!.padEnd(reasonWidth)}  ${paint('2', file.rules[index]!)}\n`
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
 * One file's rows, as the strings they print (the findings themselves, with
 * their suggestions and places, are not kept), and the widths that align
 * them, kept as rows come: an export's file can have 200,000.
 */
function fileRows() {
  const rules = new Map<string, string>()
  return {
    length: 0,
    places: [] as string[],
    levels: [] as number[],
    reasons: [] as string[],
    rules: [] as string[],
    placeWidth: 0,
    levelWidth: 0,
    reasonWidth: 0,
    ruleWidth: 0,
    add(message: MessageData) {
      const where = place(message)
      const level = severity(message)
      const key = `${ruleOf(message)}  ${message.source ?? 'replylint'}`
      let rule = rules.get(key)
      if (rule === undefined) rules.set(key, (rule = key))
      this.places.push(where)
      this.levels.push(levels.indexOf(level))
      this.reasons.push(message.reason)
      this.rules.push(rule)
      this.length++
      this.placeWidth = Math.max(this.placeWidth, where.length)
      this.levelWidth = Math.max(this.levelWidth, level.length)
      this.reasonWidth = Math.max(this.reasonWidth, message.reason.length)
      this.ruleWidth = Math.max(this.ruleWidth, rule.length)
    }
  }
}

function place(message: MessageData): string {
  const start = startOf(message)
  const end = endOf(message)
  if (!start) return '1:1'
  return end ? `${start.line}:${start.column}-${end.line}:${end.column}` : `${start.line}:${start.column}`
}
