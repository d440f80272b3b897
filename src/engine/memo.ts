/**
 * `compute`, remembering its answers for repeated keys (replies repeat their
 * words, templates their placeholders, rules their patterns). The memory is
 * bounded: when `limit` answers are kept, it starts afresh.
 */
export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const memo = new Map<string, V>()
  return (key) => {
    let answer = memo.get(key)
    if (answer === undefined) {
      answer = compute(key)
      if (memo.size >= limit) memo.clear()
      memo.set(key, answer)
    }
    return answer
  }
}
