// A checked VFile as the plain data that leaves the checker (results.ts).
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fixOf, replyIndexOf} from './check.js'
import {scoresOf, type FileResult, type MessageData, type PlaceData, type PointData} from './results.js'

export function messageData(message: VFileMessage): MessageData {
  const data: Mutable<MessageData> = {
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    line: message.line,
    column: message.column,
    place: placeData(message.place)
  }
  // Fields set in turn, not spread from objects made for them (a throwaway
  // object per field per finding); the order is the one reports and the
  // cache file have always had.
  if (message.actual !== undefined) data.actual = message.actual
  if (message.expected !== undefined) data.expected = message.expected
  if (message.note !== undefined) data.note = message.note
  if (message.url !== undefined) data.url = message.url
  if (message.safeFix) data.safeFix = true
  const fix = fixOf(message)
  if (fix) data.fix = fix
  if (message.critical) data.critical = true
  const reply = replyIndexOf(message)
  if (reply !== undefined) data.reply = reply
  return data
}

type Mutable<T> = {-readonly [Key in keyof T]: T[Key]}

function placeData(place: VFileMessage['place']): PlaceData | undefined {
  if (!place) return undefined
  const point = (p: {line: number; column: number; offset?: number | undefined}): PointData => ({
    line: p.line,
    column: p.column,
    ...(p.offset === undefined ? {} : {offset: p.offset})
  })
  return 'start' in place ? {start: point(place.start), end: point(place.end)} : point(place)
}

export function fileResult(file: VFile, extra: {fixed?: number; output?: string} = {}): FileResult {
  const messages = file.messages.map(messageData)
  return {
    path: file.path,
    messages,
    scores: scoresOf(file.data.replylintReplyNames ?? [], messages),
    replies: file.data.replylintReplies ?? 0,
    fixed: extra.fixed ?? 0,
    ...(extra.output === undefined ? {} : {output: extra.output})
  }
}
