// The `--cache` file as the tests read and doctor it.
import fs from 'node:fs'

// A cache file as lines: a header (its version, shared values, and the length of the rest), then `[key, content, config, size, mtime]`, a tab, and the result's JSON.
export interface CacheFile {
  readonly header: string
  readonly files: Map<string, {head: unknown[]; result: string}>
}
export function readCache(location: string): CacheFile {
  const [header, ...lines] = fs.readFileSync(location, 'utf8').trimEnd().split('\n')
  const files = new Map<string, {head: unknown[]; result: string}>()
  for (const line of lines) {
    const tab = line.indexOf('\t')
    const head = JSON.parse(line.slice(0, tab)) as unknown[]
    files.set(head[0] as string, {head, result: line.slice(tab + 1)})
  }
  return {header: header!, files}
}
export function writeCache(location: string, cache: CacheFile): void {
  const lines = [...cache.files.values()].map((file) => JSON.stringify(file.head) + '\t' + file.result + '\n')
  // The header states the length of what follows it: a doctored entry is a new length.
  const header = {...(JSON.parse(cache.header) as object), length: lines.join('').length}
  fs.writeFileSync(location, JSON.stringify(header) + '\n' + lines.join(''))
}

// Plant a marker in a cache file's entry: it is what the file reports while the cache is trusted.
export function plant(cache: CacheFile, key: string): void {
  const result = JSON.parse(cache.files.get(key)!.result)
  result.messages = [
    {
      reason: 'from the cache',
      ruleId: 'banned-phrase',
      source: 'replylint',
      fatal: true,
      line: 1,
      column: 1,
      place: {line: 1, column: 1}
    }
  ]
  cache.files.get(key)!.result = JSON.stringify(result)
}
