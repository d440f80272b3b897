// A checked VFile as the plain data that leaves the checker (results.ts).
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {fixOf, replyIndexOf} from './check.js'
import {scoresOf, type FileResult, type MessageData, type PlaceData, type PointData} from './results.js'

export function messageData(message: VFileMessage): MessageData {
  const fix = fixOf(message)
  return {
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    line: message.line,
    column: message.column,
    place: placeData(message.place),
    ...(message.actual === undefined ? {} : {actual: message.actual}),
    ...(message.expected === undefined ? {} : {expected: message.expected}),
    ...(message.note === undefined ? {} : {note: message.note}),
    ...(message.url === undefined ? {} : {url: message.url}),
    ...(message.safeFix ? {safeFix: true} : {}),
    ...(fix ? {fix} : {}),
    ...(message.critical ? {critical: true} : {}),
    ...(replyIndexOf(message) === undefined ? {} : {reply: replyIndexOf(message)})
  }
}

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
