import type {VFile} from 'vfile'
import {scoreOf} from '../score.js'
import {replyIndexOf} from './check.js'

/** One checked reply's care score. */
export interface ReplyScore {
  readonly file: VFile
  /** The reply's index in its file, and its name where a file holds several. */
  readonly index: number
  readonly name: string | undefined
  readonly score: number
}

/**
 * The care score of every reply the CLI checked, from the findings each file
 * still has (after `<!-- replylint-disable -->` comments and `--fix`), the
 * same `scoreOf` as `checkReply`'s.
 */
export function replyScores(files: readonly VFile[]): ReplyScore[] {
  const scores: ReplyScore[] = []
  for (const file of files) {
    const names = file.data.replylintReplyNames ?? []
    const byReply = names.map(() => [] as VFile['messages'])
    for (const message of file.messages) {
      const index = replyIndexOf(message)
      if (index !== undefined) byReply[index]?.push(message)
    }
    names.forEach((name, index) => scores.push({file, index, name, score: scoreOf(byReply[index]!)}))
  }
  return scores
}

/** The repository's summary: the mean and the lowest replies. */
export function summarize(scores: readonly ReplyScore[], lowest = 5) {
  const mean = scores.length === 0 ? 100 : scores.reduce((sum, reply) => sum + reply.score, 0) / scores.length
  const sorted = [...scores].sort((a, b) => a.score - b.score)
  return {mean, count: scores.length, lowest: sorted.slice(0, lowest).filter((reply) => reply.score < 100)}
}
