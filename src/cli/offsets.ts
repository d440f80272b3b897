// A reply inside a JSON string, a YAML scalar or a fenced code block is
// checked as its decoded text; an offset map (decoded offset → file offset,
// one entry per UTF-16 unit plus one for the end) puts each finding back on
// the right character of the original file.

export type OffsetMap = Int32Array

/** Decode the inside of a JSON string literal, recording where each unit came from. */
export function decodeJsonString(raw: string, rawStart: number): {value: string; map: OffsetMap} {
  const units: string[] = []
  const offsets: number[] = []
  let index = 0
  while (index < raw.length) {
    const char = raw[index]!
    if (char !== '\\') {
      units.push(char)
      offsets.push(rawStart + index)
      index++
      continue
    }
    const next = raw[index + 1]
    const simple: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}
    if (next === 'u') {
      units.push(String.fromCharCode(Number.parseInt(raw.slice(index + 2, index + 6), 16)))
      offsets.push(rawStart + index)
      index += 6
    } else {
      units.push(simple[next ?? ''] ?? next ?? '')
      offsets.push(rawStart + index)
      index += 2
    }
  }
  offsets.push(rawStart + raw.length)
  return {value: units.join(''), map: Int32Array.from(offsets)}
}

const reference = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/

/**
 * Align decoded text with the raw source it came from (a YAML block scalar
 * loses its indentation, a fenced block its fence, HTML and Markdown their
 * character references and escapes) by walking both: each decoded character
 * is found a little further on in the raw text.
 */
export function alignOffsets(decoded: string, raw: string, rawStart: number, window = 64): OffsetMap {
  const map = new Int32Array(decoded.length + 1)
  let pointer = 0
  for (let index = 0; index < decoded.length; index++) {
    const char = decoded[index]!
    // `&rsquo;` stands for a character the raw text never spells: one code
    // point (two units when astral) at the `&`. A literal `&` reads on.
    if (raw[pointer] === '&' && !decoded.startsWith(raw.slice(pointer, pointer + 2), index)) {
      const match = reference.exec(raw.slice(pointer, pointer + 40))
      if (match) {
        map[index] = rawStart + pointer
        if ((decoded.codePointAt(index) ?? 0) > 0xffff && index + 1 < decoded.length) map[++index] = rawStart + pointer
        pointer += match[0].length
        continue
      }
    }
    const limit = Math.min(raw.length, pointer + window)
    let found = -1
    for (let probe = pointer; probe < limit; probe++) {
      if (raw[probe] === char) {
        found = probe
        break
      }
    }
    // Folded line breaks become spaces, escapes become characters: stay put.
    if (found === -1 && raw[pointer] === '\\') found = pointer + 1
    map[index] = rawStart + (found === -1 ? pointer : found)
    if (found !== -1) pointer = found + 1
  }
  map[decoded.length] = rawStart + Math.min(pointer, raw.length)
  return map
}

/** Encode a replacement for the inside of a JSON string literal. */
export function encodeJson(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}
