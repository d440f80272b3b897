// `--cache` in the main thread, without the checker: a warm re-run whose
// every file is a hit never loads the rule engine, the parsers or the
// markup readers (check-file.ts): start-up went from ~2.3× a bare node's to
// ~1.7× (the bundle it compiles from 1.66 MB to 0.83 MB).
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import {restamp, stamp, type CacheEntry} from './cache.js'
import type {FileTask, RunSettings, TaskResult} from './check-file.js'
import {createConfigFinder} from './config-files.js'
import type {CheckSettings} from './config.js'

/**
 * `--cache`, in the main thread: the entry of a file whose config is
 * unchanged and whose size and mtime (or else content) are, without starting
 * a worker for it; `undefined` when it must be checked. Its result is read
 * (`hitOf`) when its turn to be reported comes, not all 10,000 up front.
 */
export function createCacheProbe(
  settings: RunSettings,
  cache: ReadonlyMap<string, CacheEntry>
): (task: FileTask, absolute: string) => Promise<CacheEntry | undefined> {
  const load = createConfigFinder(settings)
  const cliHash = cliHashOf(settings)
  const hashes = new Map<CheckSettings, string>()
  return async (task, absolute) => {
    const cached = cache.get(absolute)
    if (!cached || task.path === undefined || task.error) return undefined
    try {
      const base = await load(absolute)
      let hash = hashes.get(base)
      if (!hash) hashes.set(base, (hash = settingsHash(cliHash, base)))
      if (cached.config !== hash) return undefined
      const now = stamp(absolute)
      if (!now) return undefined
      if (now.size === cached.size && now.mtime === cached.mtime) return cached
      // Touched (a checkout, a copy) but perhaps not changed: the content decides, and the new stamp is kept.
      if (now.size !== cached.size || cached.content !== sha1(fs.readFileSync(absolute))) return undefined
      return restamp(cached, now)
    } catch {
      // Unreadable file, broken config: the full check reports it.
      return undefined
    }
  }
}

/**
 * A hit as the pool reports a checked file: under the path it has this run
 * (the key is absolute, so a run from another folder that finds the same
 * config hits too, and reported the path the file had from the first one's),
 * and nothing fixed; `undefined` if the cache file's result is damaged.
 */
export function hitOf(entry: CacheEntry, path: string | undefined): TaskResult | undefined {
  try {
    return {result: {...entry.result, path, fixed: 0}, entry}
  } catch {
    // Its result cannot be read back (a cache file damaged in place): the file is checked instead.
    return undefined
  }
}

export function settingsHash(cliHash: string, base: CheckSettings): string {
  return sha1(cliHash + JSON.stringify(base.raw ?? null) + base.base)
}

// The hash of the source and locked dependencies this bundle was built from
// (scripts/build-fingerprint.mjs, written in by tsup): a rule or its data
// changed and rebuilt under the same version is a new checker. Run from
// source (the tests), there is none: the version alone keys the cache.
declare const __REPLYLINT_BUILD__: string | undefined
const build = typeof __REPLYLINT_BUILD__ === 'string' ? __REPLYLINT_BUILD__ : 'source'

export function cliHashOf(settings: RunSettings): string {
  return JSON.stringify([
    settings.version,
    build,
    settings.rules,
    settings.customerName ?? null,
    settings.fix,
    settings.draft === true
  ])
}

export function sha1(value: string | Buffer): string {
  return createHash('sha1').update(value).digest('hex')
}
