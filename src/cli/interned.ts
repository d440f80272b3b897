// A JSON or YAML export's findings are kept until its report (one file, one
// report), and across 100,000 replies most of their suggestions and quoted
// phrases repeat: each rule builds a fresh `expected` array and a fresh
// `actual` per finding. One copy of each equal value per file keeps an
// export's findings to the memory of the distinct ones. And a reason built
// by concatenation (the reply's name appended, a phrase quoted) is a V8 rope
// of a dozen pieces, 32 bytes each; read once, V8 flattens it in place,
// which made the kept findings of an export several times smaller.
import type {MessageData} from './results.js'

export function createInterner(): (message: MessageData) => MessageData {
  const strings = new Map<string, string>()
  const lists = new Map<string, readonly string[]>()
  const text = (value: string | undefined) => {
    if (value === undefined) return undefined
    const known = strings.get(value)
    if (known !== undefined) return known
    strings.set(value, flat(value))
    return value
  }
  return (message) => {
    const {actual, expected} = message
    flat(message.reason)
    if (actual === undefined && expected === undefined) return message
    let list = expected
    if (expected) {
      const key = expected.join('\u0000')
      list = lists.get(key)
      if (!list) lists.set(key, (list = expected.map((item) => text(item)!)))
    }
    return {
      ...message,
      ...(actual === undefined ? {} : {actual: text(actual)}),
      ...(list === undefined ? {} : {expected: list})
    }
  }
}

/** `value`, flattened: reading a character makes V8 replace a rope's pieces with one string. */
function flat(value: string): string {
  value.charCodeAt(0)
  return value
}
