// `--cache`, as ESLint's: a file is not checked again when its content and the
// config that governs it (and the replylint version, and the CLI's rule
// flags) hash the same as last time; its last result is reported instead.
// A file whose size and mtime are the ones recorded is taken as unchanged
// without being read (reading and hashing 10,000 files was most of a warm
// re-run); any other file is hashed, since a fresh clone or a CI checkout
// touches every mtime but changes no content.
import fs from 'node:fs'
import path from 'node:path'
import type {FileResult} from './results.js'

export interface CacheEntry {
  /** sha1 of the file's bytes. */
  readonly content: string
  /** sha1 of the governing config, the CLI's overrides and the version. */
  readonly config: string
  /** The file's size and mtime (whole ms) when its content was hashed, stated before it was read. */
  readonly size: number
  readonly mtime: number
  readonly result: FileResult
}

/** A file's size and mtime, as a cache entry records them; `undefined` if it cannot be stated. */
export function stamp(file: string): {size: number; mtime: number} | undefined {
  const stats = fs.statSync(file, {throwIfNoEntry: false})
  // Whole milliseconds, as ESLint's cache keeps them: tools that put an mtime back (`touch -r`, rsync, utimes) keep those.
  return stats ? {size: stats.size, mtime: Math.trunc(stats.mtimeMs)} : undefined
}

/** The same entry with a new stamp (its content was hashed again and found unchanged). */
export function restamp(entry: CacheEntry, now: {size: number; mtime: number}): CacheEntry {
  if (entry instanceof LoadedEntry) return restamped(entry, now)
  return {content: entry.content, config: entry.config, result: entry.result, ...now}
}

// 4: a line per file, its result as JSON after a tab (3 kept each result as a JSON string inside one JSON document); an older cache is read as none.
const cacheVersion = 4

export const defaultCacheLocation = '.replylintcache'

// Notes, URLs and suggestions repeat across thousands of findings: the file
// keeps each once, and its index in their place (a number, which none of
// these fields ever is: they are strings and a list of strings), which made
// a 10,000-file cache a third of the size, and reading it back that much
// less work.
const shared = ['note', 'url', 'expected', 'source'] as const

/**
 * An entry read from the cache file. Its result is the JSON text of its line
 * until it is asked for, and is parsed each time it is (once a run: a hit is
 * reported, then forgotten): an entry that stays unread (a file not checked
 * this run) is written back as it was, and no tree of findings outlives its
 * report (kept, 10,000 of them went to the old generation).
 */
class LoadedEntry implements CacheEntry {
  constructor(
    readonly content: string,
    readonly config: string,
    readonly size: number,
    readonly mtime: number,
    readonly text: string,
    readonly table: readonly unknown[]
  ) {}
  /** Throws when the text is not a result this cache wrote (a damaged file). */
  get result(): FileResult {
    const result = JSON.parse(this.text) as FileResult
    for (const message of result.messages as unknown as Array<Record<string, unknown>>) {
      for (const field of shared) {
        const value = message[field]
        if (typeof value === 'number') {
          if (!(value in this.table)) throw new Error('A cache result points outside its table')
          message[field] = this.table[value]
        }
      }
    }
    return result
  }
}

/** A restamped entry: the same result text, the new size and mtime. */
function restamped(entry: LoadedEntry, now: {size: number; mtime: number}): LoadedEntry {
  return new LoadedEntry(entry.content, entry.config, now.size, now.mtime, entry.text, entry.table)
}

/**
 * The cache file is a header line, `{"version":4,"shared":[…],"length":…}`,
 * then a line per file: `["<absolute path>","<content sha1>","<config
 * sha1>",size,mtime]`, a tab, and its result as JSON. JSON escapes every
 * newline and tab, so both split the text unambiguously. Reading it parses
 * only the short heads: each result is a slice of the file's text, parsed
 * once, when it is reported. (As one JSON document holding each result as a
 * string, every result was unescaped by the first parse and parsed again by
 * the second.) `length`, of the text after the header, finds a cut or
 * lengthened file; a result damaged in place fails when it is read, and
 * the file is checked instead (run.ts).
 */
export function loadCache(location: string): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>()
  try {
    const text = fs.readFileSync(location, 'utf8')
    let end = text.indexOf('\n')
    const header = JSON.parse(text.slice(0, end)) as {version?: unknown; shared?: unknown; length?: unknown}
    if (header.version !== cacheVersion || !Array.isArray(header.shared) || header.length !== text.length - end - 1)
      return entries
    const table = header.shared as unknown[]
    while (end < text.length - 1) {
      const start = end + 1
      end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      const tab = text.indexOf('\t', start)
      if (tab === -1 || tab > end) throw new Error('A cache line without a result')
      const [key, content, config, size, mtime] = JSON.parse(text.slice(start, tab)) as unknown[]
      if (
        typeof key !== 'string' ||
        typeof content !== 'string' ||
        typeof config !== 'string' ||
        typeof size !== 'number' ||
        typeof mtime !== 'number'
      )
        throw new Error('A cache line without its hashes')
      entries.set(key, new LoadedEntry(content, config, size, mtime, text.slice(tab + 1, end), table))
    }
    return entries
  } catch {
    // No cache yet, or a damaged one: check everything, and write a new one.
    return new Map()
  }
}

export function saveCache(location: string, entries: ReadonlyMap<string, CacheEntry>): void {
  fs.mkdirSync(path.dirname(location), {recursive: true})
  const temporary = `${location}.${process.pid}.tmp`
  // The table read at start comes first, unchanged, so an unread entry's text still points into it.
  let loaded: readonly unknown[] | undefined
  for (const entry of entries.values())
    if (entry instanceof LoadedEntry) {
      loaded = entry.table
      break
    }
  const table: unknown[] = loaded ? [...loaded] : []
  const index = new Map<string, number>(table.map((value, at) => [JSON.stringify(value), at]))
  const lines: string[] = []
  for (const [key, entry] of entries) {
    const {content, config, size, mtime} = entry
    const reusable = entry instanceof LoadedEntry && entry.table === loaded
    lines.push(
      JSON.stringify([key, content, config, size, mtime]) + '\t' + (reusable ? entry.text : encode(entry.result))
    )
  }
  let length = 0
  for (const line of lines) length += line.length + 1
  const fd = fs.openSync(temporary, 'w')
  try {
    fs.writeSync(fd, JSON.stringify({version: cacheVersion, shared: table, length}) + '\n')
    // In pieces: one string of a 10,000-file cache is 10 MB more to hold.
    for (let at = 0; at < lines.length; at += 1000) fs.writeSync(fd, lines.slice(at, at + 1000).join('\n') + '\n')
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(temporary, location)

  function encode(result: FileResult): string {
    const messages = result.messages.map((message) => {
      const copy: Record<string, unknown> = {...message}
      for (const field of shared) {
        const value = copy[field]
        if (value === undefined) continue
        const id = JSON.stringify(value)
        let at = index.get(id)
        if (at === undefined) index.set(id, (at = table.push(value) - 1))
        copy[field] = at
      }
      return copy
    })
    return JSON.stringify({...result, messages})
  }
}
