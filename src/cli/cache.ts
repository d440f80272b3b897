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
  if (entry instanceof LoadedEntry)
    return new LoadedEntry({...entry, ...now, result: entry.text}, entry.text, entry.table)
  return {content: entry.content, config: entry.config, result: entry.result, ...now}
}

// 3: entries carry size and mtime, and each result is kept as JSON text; an older cache is read as none.
const cacheVersion = 3

export const defaultCacheLocation = '.replylintcache'

// Notes, URLs and suggestions repeat across thousands of findings: the file
// keeps each once (`{"$": index}` in their place), which made a 10,000-file
// cache a third of the size, and reading it back that much less work.
const shared = ['note', 'url', 'expected', 'source'] as const

interface StoredFile {
  readonly content: string
  readonly config: string
  readonly size: number
  readonly mtime: number
  /** The result as JSON, its shared values as `{"$": index}` into the cache's table. */
  readonly result: string
}

/**
 * An entry read from the cache file. Its result is JSON text until it is
 * asked for: one parse of the file then builds 10,000 strings instead of a
 * tree of every finding (which the collector then kept moving), and an entry
 * saved again unread is written back as it was.
 */
class LoadedEntry implements CacheEntry {
  readonly content: string
  readonly config: string
  readonly size: number
  readonly mtime: number
  #result: FileResult | undefined
  constructor(
    stored: StoredFile,
    readonly text: string,
    readonly table: readonly unknown[]
  ) {
    this.content = stored.content
    this.config = stored.config
    this.size = stored.size
    this.mtime = stored.mtime
  }
  get result(): FileResult {
    if (!this.#result) {
      const result = JSON.parse(this.text) as FileResult
      for (const message of result.messages as unknown as Array<Record<string, unknown>>) {
        for (const field of shared) {
          const value = message[field] as {$?: number} | undefined
          if (value && typeof value === 'object' && typeof value.$ === 'number') message[field] = this.table[value.$]
        }
      }
      this.#result = result
    }
    return this.#result
  }
}

export function loadCache(location: string): Map<string, CacheEntry> {
  try {
    const data = JSON.parse(fs.readFileSync(location, 'utf8')) as {
      version?: number
      shared?: unknown[]
      files?: Record<string, StoredFile>
    }
    if (data.version === cacheVersion && data.files && typeof data.files === 'object' && Array.isArray(data.shared)) {
      const table = data.shared
      const entries = new Map<string, CacheEntry>()
      for (const [key, stored] of Object.entries(data.files)) {
        if (typeof stored.result !== 'string') return new Map()
        entries.set(key, new LoadedEntry(stored, stored.result, table))
      }
      return entries
    }
  } catch {
    // No cache yet, or a damaged one: check everything, and write a new one.
  }
  return new Map()
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
  const files: Record<string, StoredFile> = {}
  for (const [key, entry] of entries) {
    const {content, config, size, mtime} = entry
    const reusable = entry instanceof LoadedEntry && entry.table === loaded
    files[key] = {content, config, size, mtime, result: reusable ? entry.text : encode(entry.result)}
  }
  fs.writeFileSync(temporary, JSON.stringify({version: cacheVersion, shared: table, files}))
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
        copy[field] = {$: at}
      }
      return copy
    })
    return JSON.stringify({...result, messages})
  }
}
