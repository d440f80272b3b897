import type {ReplyScore} from './results.js'

/**
 * The repository's care score: the mean over every reply and the five
 * lowest, kept as results stream by (a handful of rows, not every reply).
 */
export function careSummary() {
  let count = 0
  let sum = 0
  const lowest: Array<{score: number; where: string}> = []
  return {
    add(scores: readonly ReplyScore[] | undefined, where: string) {
      for (const reply of scores ?? []) {
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
