// `--cache`, as ESLint's: a file is not checked again when its content and the
// config that governs it (and the replylint version, and the CLI's rule
// flags) hash the same as last time; its last result is reported instead.
// Content, not mtime: a fresh clone or a CI checkout touches every mtime.
import fs from 'node:fs'
import path from 'node:path'
import type {FileResult} from './results.js'

export interface CacheEntry {
  /** sha1 of the file's bytes. */
  readonly content: string
  /** sha1 of the governing config, the CLI's overrides and the version. */
  readonly config: string
  readonly result: FileResult
}

export const defaultCacheLocation = '.replylintcache'

// Notes, URLs and suggestions repeat across thousands of findings: the file
// keeps each once (`{"$": index}` in their place), which made a 10,000-file
// cache a third of the size, and reading it back that much less work.
const shared = ['note', 'url', 'expected', 'source'] as const

export function loadCache(location: string): Map<string, CacheEntry> {
  try {
    const data = JSON.parse(fs.readFileSync(location, 'utf8')) as {
      version?: number
      shared?: unknown[]
      files?: Record<string, CacheEntry>
    }
    if (data.version === 2 && data.files && typeof data.files === 'object' && Array.isArray(data.shared)) {
      const table = data.shared
      for (const entry of Object.values(data.files)) {
        for (const message of entry.result.messages as unknown as Array<Record<string, unknown>>) {
          for (const field of shared) {
            const value = message[field] as {$?: number} | undefined
            if (value && typeof value === 'object' && typeof value.$ === 'number') message[field] = table[value.$]
          }
        }
      }
      return new Map(Object.entries(data.files))
    }
  } catch {
    // No cache yet, or a damaged one: check everything, and write a new one.
  }
  return new Map()
}

export function saveCache(location: string, entries: ReadonlyMap<string, CacheEntry>): void {
  fs.mkdirSync(path.dirname(location), {recursive: true})
  const temporary = `${location}.${process.pid}.tmp`
  const table: unknown[] = []
  const index = new Map<string, number>()
  const files: Record<string, unknown> = {}
  for (const [key, entry] of entries) {
    const messages = entry.result.messages.map((message) => {
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
    files[key] = {...entry, result: {...entry.result, messages}}
  }
  fs.writeFileSync(temporary, JSON.stringify({version: 2, shared: table, files}))
  fs.renameSync(temporary, location)
}
