// `--stdin --format ndjson`: one JSON reply per input line
// (`{"id", "text", "customerName"?, "format"?}`), one result line out per
// reply, in input order. Lines are read as they are checked (the stream is
// pulled, never slurped), so a 1 GB export holds a window of replies, not the
// file; a line that is not a reply gets an error line of its own and the
// stream goes on.
import {StringDecoder} from 'node:string_decoder'
import type {FileTask, TaskResult} from './check-file.js'
import {compactMessage} from './report-common.js'

export interface LineMeta {
  readonly line: number
  readonly id: unknown
  readonly error?: string
}

const extensions: Record<string, string> = {text: 'txt', markdown: 'md', html: 'html'}

/**
 * The lines of a stream, decoded as UTF-8, a chunk's worth at a time: the
 * stream is pulled one chunk at a time, and the lines of a chunk come as one
 * list, so a reply costs no round of promises of its own.
 */
export async function* lineBatchesOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8')
  let rest = ''
  for await (const chunk of stream) {
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk)
    const lines: string[] = []
    let start = 0
    let end: number
    while ((end = rest.indexOf('\n', start)) !== -1) {
      lines.push(rest.slice(start, end))
      start = end + 1
    }
    rest = rest.slice(start)
    if (lines.length > 0) yield lines
  }
  rest += decoder.end()
  if (rest !== '') yield [rest]
}

/**
 * The check task for input line `number`, its id (and error) recorded in
 * `pending`; `undefined` for a blank line, which gets no output line.
 */
export function taskOf(raw: string, number: number, pending: LineMeta[]): FileTask | undefined {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
  // Tested, not trimmed: a trimmed copy of every line was a copy of the input.
  if (!/\S/.test(line)) return undefined
  const reply = parseLine(line)
  if ('error' in reply) {
    pending.push({line: number, id: reply.id, error: reply.error})
    return {path: undefined, error: reply.error}
  }
  pending.push({line: number, id: reply.id})
  return {
    path: `reply.${extensions[reply.format]}`,
    value: reply.text,
    ...(reply.customerName === undefined ? {} : {customerName: reply.customerName})
  }
}

/** Turn input lines into check tasks (for the pool), recording each line's id (and error) in `pending`, in order. */
export async function* tasksOf(batches: AsyncIterable<string[]>, pending: LineMeta[]): AsyncGenerator<FileTask> {
  let number = 0
  for await (const lines of batches) {
    for (const raw of lines) {
      const task = taskOf(raw, ++number, pending)
      if (task) yield task
    }
  }
}

type Parsed =
  {id: unknown; text: string; customerName: string | undefined; format: string} | {id: unknown; error: string}

function parseLine(line: string): Parsed {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return {id: null, error: `Invalid JSON: ${(error as Error).message}`}
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return {id: null, error: 'Expected an object such as {"id": 1, "text": "Hi Dana, …"}'}
  const record = value as Record<string, unknown>
  const id = record['id'] ?? null
  if (typeof record['text'] !== 'string') return {id, error: 'Expected `text` to be a string'}
  const name = record['customerName']
  if (name !== undefined && name !== null && typeof name !== 'string')
    return {id, error: 'Expected `customerName` to be a string'}
  const format = record['format'] ?? 'text'
  if (typeof format !== 'string' || !(format in extensions))
    return {id, error: 'Expected `format` to be `text`, `markdown` or `html`'}
  return {id, text: record['text'], customerName: typeof name === 'string' ? name : undefined, format}
}

/** The output line for one input line. */
export function resultLine(meta: LineMeta, outcome: TaskResult): string {
  if (meta.error !== undefined) return JSON.stringify({id: meta.id, line: meta.line, error: meta.error})
  if (outcome.configError !== undefined)
    return JSON.stringify({id: meta.id, line: meta.line, error: outcome.configError})
  const messages = outcome.result.messages
  let errorCount = 0
  let warningCount = 0
  for (const message of messages) {
    if (message.fatal === true) errorCount++
    else if (message.fatal === false) warningCount++
  }
  return JSON.stringify({id: meta.id, errorCount, warningCount, messages: messages.map(compactMessage)})
}
