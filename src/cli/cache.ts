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

export function loadCache(location: string): Map<string, CacheEntry> {
  try {
    const data = JSON.parse(fs.readFileSync(location, 'utf8')) as {version?: number; files?: Record<string, CacheEntry>}
    if (data.version === 1 && data.files && typeof data.files === 'object') return new Map(Object.entries(data.files))
  } catch {
    // No cache yet, or a damaged one: check everything, and write a new one.
  }
  return new Map()
}

export function saveCache(location: string, entries: ReadonlyMap<string, CacheEntry>): void {
  fs.mkdirSync(path.dirname(location), {recursive: true})
  const temporary = `${location}.${process.pid}.tmp`
  fs.writeFileSync(temporary, JSON.stringify({version: 1, files: Object.fromEntries(entries)}))
  fs.renameSync(temporary, location)
}
