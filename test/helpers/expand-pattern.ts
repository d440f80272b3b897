// Every word sequence a pattern allows, spelled out: the reference the
// automata are checked against (the engine itself never enumerates them).
import {type Item, parsePattern} from '../../src/engine/pattern.js'

export function expandPattern(pattern: string): string[][] {
  const result = parsePattern(pattern).flatMap((sequence) => expandSequence(sequence))
  if (result.some((words) => words.length === 0)) throw new Error(`Pattern \`${pattern}\` can match nothing`)
  return result
}

function expandSequence(sequence: Item[]): string[][] {
  let results: string[][] = [[]]
  for (const item of sequence) {
    const options = item.kind === 'word' ? [[item.value]] : expandGroup(item)
    results = results.flatMap((head) => options.map((tail) => [...head, ...tail]))
  }
  return results
}

function expandGroup(group: Item & {kind: 'group'}): string[][] {
  const options = group.alternatives.flatMap((sequence) => expandSequence(sequence))
  return group.optional ? [[], ...options] : options
}
