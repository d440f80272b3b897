// What checking one file yields, as plain data: it crosses from a worker
// thread to the reporter (structured clone), sits in the `--cache` file, and
// streams out one file at a time, so no VFile or VFileMessage is kept alive
// between a file's check and its report.
import type {Fix} from './check.js'
import {placeEnd, placeStart} from '../place.js'
import {scoreOf} from '../score.js'

export interface PointData {
  readonly line: number
  readonly column: number
  readonly offset?: number | undefined
}

export type PlaceData = PointData | {readonly start: PointData; readonly end: PointData}

export interface MessageData {
  readonly reason: string
  readonly ruleId: string | undefined
  readonly source: string | undefined
  readonly fatal: boolean | null | undefined
  readonly line: number | undefined
  readonly column: number | undefined
  readonly place: PlaceData | undefined
  readonly actual?: string | undefined
  readonly expected?: readonly string[] | undefined
  readonly note?: string | undefined
  readonly url?: string | undefined
  readonly safeFix?: boolean | undefined
  /** The safe fix, in file offsets (SARIF and `--fix` read it). */
  readonly fix?: Fix | undefined
  /** A critical fault, which caps its reply's care score. */
  readonly critical?: boolean | undefined
  /** Which reply of the file (an index into `FileResult.scores`) the finding is about. */
  readonly reply?: number | undefined
}

/** One checked reply's care score (`name`: its heading or macro title where a file holds several). */
export interface ReplyScore {
  readonly name: string | null
  readonly score: number
}

export interface FileResult {
  /** The path as given or found, relative to the working folder; `undefined` for stdin. */
  readonly path: string | undefined
  readonly messages: MessageData[]
  readonly replies: number
  /** How many safe fixes were written (or, with `--fix-dry-run`, would be). */
  readonly fixed: number
  /** `--fix-dry-run`: the file as it would be after its fixes. */
  readonly output?: string | undefined
  /** The care score of each reply, in file order, from the findings it kept. */
  readonly scores?: readonly ReplyScore[] | undefined
  /** The reply `scores` starts at: the replies before it were reported in parts. */
  readonly firstReply?: number | undefined
}

/**
 * Some replies of a file, reported while the rest is still being checked:
 * an export's findings leave reply by reply, so a 100,000-reply file is never
 * held whole. Its file's result follows, with what is left.
 */
export interface FilePart {
  readonly path: string | undefined
  readonly messages: MessageData[]
  readonly scores: readonly ReplyScore[]
  /** The reply `scores` starts at. */
  readonly firstReply: number
}

/** The care score of the reply a finding is about, from a result or a part. */
export function replyScoreOf(
  result: Pick<FileResult, 'scores' | 'firstReply'>,
  message: MessageData
): number | undefined {
  return message.reply === undefined ? undefined : result.scores?.[message.reply - (result.firstReply ?? 0)]?.score
}

/**
 * Each reply's care score from the findings it still has (after
 * `<!-- replylint-disable -->` comments and `--fix`): the same `scoreOf` as
 * `checkReply`'s.
 */
export function scoresOf(names: ReadonlyArray<string | undefined>, messages: readonly MessageData[]): ReplyScore[] {
  const byReply = names.map((): MessageData[] => [])
  for (const message of messages) if (message.reply !== undefined) byReply[message.reply]?.push(message)
  return names.map((name, index) => ({name: name ?? null, score: scoreOf(byReply[index]!)}))
}

/** Errors, warnings and file errors (fatal messages that are no rule's) of one file. */
export function countsOf(result: Pick<FileResult, 'messages'>, known: ReadonlySet<string>) {
  let errors = 0
  let warnings = 0
  let fileErrors = 0
  for (const message of result.messages) {
    if (message.fatal === true && !known.has(message.ruleId ?? '')) fileErrors++
    else if (message.fatal === true) errors++
    else if (message.fatal === false) warnings++
  }
  return {errors, warnings, fileErrors}
}

export function startOf(message: MessageData): PointData | undefined {
  return placeStart(message.place)
}

export function endOf(message: MessageData): PointData | undefined {
  return placeEnd(message.place)
}
