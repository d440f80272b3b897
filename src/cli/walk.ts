import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'

// unified-engine's own discovery stats through symbolic links: a link to
// `../outside/secret.txt` was read and reported, and a cycle (`sub/up -> ..`)
// was walked 40 levels deep. So the CLI expands folders and globs here, and
// hands the engine a list of files; the engine still applies ignore files.

export interface Walk {
  /** Files for the engine, relative to `cwd`. */
  readonly files: string[]
  /** The subset of `files` found inside folders or globs (not named by the user). */
  readonly found: ReadonlySet<string>
  /** One informational file per link not followed. */
  readonly skipped: VFile[]
  /** Real paths of what the user named: nothing outside them is read or written. */
  readonly roots: readonly string[]
  /** `--fix`'s temporary files left by a run that was killed, by real path. */
  readonly stale: readonly string[]
}

export interface WalkOptions {
  readonly cwd: string
  /** Extensions (without dot) of files to check inside folders. */
  readonly extensions: readonly string[]
  /** Folder names never entered. */
  readonly skipFolders?: readonly string[]
}

// `.reply.md.replylint-1234-1700000000000.tmp`, as fix.ts names them.
const temporary = /^\.(.+)\.replylint-(\d+)-\d+\.tmp$/

export async function walk(inputs: readonly string[], options: WalkOptions): Promise<Walk> {
  const {cwd} = options
  const extensions = new Set(options.extensions.map((extension) => '.' + extension))
  const skipFolders = new Set(options.skipFolders ?? ['node_modules', '.git'])
  const roots: string[] = []
  const files: string[] = []
  const foundFiles = new Set<string>()
  const skipped: VFile[] = []
  const stale: string[] = []
  const seenFiles = new Set<string>()
  // Real paths of walked files, not yet in seenFiles: only another input or
  // a link can reach them again, and a run that names one folder has neither
  // (hashing 10,000 real paths for nothing was a twentieth of a warm `--cache` run).
  const unseen: string[] = []
  const seen = () => {
    for (const real of unseen) seenFiles.add(real)
    unseen.length = 0
    return seenFiles
  }
  const seenFolders = new Set<string>()
  const links: Array<{path: string; real: string}> = []

  // Roots first, so a link from one given folder into another is inside.
  const expanded: Array<{path: string; explicit: boolean}> = []
  for (const input of inputs) {
    // glob (with minimatch, path-scurry, lru-cache) is loaded for a pattern that may be one: most runs name folders.
    const globbing = mayBeGlob(input) ? await import('glob') : undefined
    if (globbing?.hasMagic(input, {windowsPathsNoEscape: true})) {
      roots.push(realOr(path.resolve(cwd, staticBase(input, globbing.hasMagic))))
      const matches = await globbing.glob(input, {cwd, nodir: true, dot: false, follow: false})
      for (const match of matches.sort()) expanded.push({path: match, explicit: false})
    } else {
      roots.push(realOr(path.resolve(cwd, input)))
      expanded.push({path: input, explicit: true})
    }
  }

  for (const {path: input, explicit} of expanded) {
    seen()
    const full = path.resolve(cwd, input)
    let stats: fs.Stats
    try {
      stats = fs.lstatSync(full)
    } catch {
      // Missing: the engine reports it, as before.
      if (explicit) files.push(input)
      continue
    }
    if (stats.isSymbolicLink() && !explicit) {
      links.push({path: full, real: ''})
      continue
    }
    const real = realOr(full)
    if (explicit && fs.statSync(full, {throwIfNoEntry: false})?.isDirectory()) {
      folder(full, real)
    } else {
      file(full, real, !explicit)
      if (explicit) staleNextTo(full)
    }
  }

  // Links last: a target that is checked anyway is checked once, under its own name.
  for (let index = 0; index < links.length; index++) {
    seen()
    const link = links[index]!
    let real: string
    let target: fs.Stats
    try {
      real = fs.realpathSync(link.path)
      target = fs.statSync(real)
    } catch {
      skip(link.path, 'a broken symbolic link')
      continue
    }
    if (!inside(real, roots)) {
      skip(link.path, `a symbolic link to \`${path.relative(cwd, real) || real}\`, outside the checked paths`)
      continue
    }
    if (target.isDirectory()) folder(link.path, real)
    else file(link.path, real, true)
  }

  return {files, found: foundFiles, skipped, roots, stale}

  function folder(full: string, real: string): void {
    // A real-path set: a cycle (`sub/up -> ..`) or a second way into a folder ends here.
    if (seenFolders.has(real)) return
    seenFolders.add(real)
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(full, {withFileTypes: true})
    } catch {
      // The engine says why it cannot be read.
      files.push(path.relative(cwd, full))
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // A child's paths are its folder's plus its name (a name from readdir is
    // never `.`, `..` or holds a separator): path.relative and two path.join
    // per file were a fifth of a warm `--cache` run.
    const base = path.relative(cwd, full)
    const prefix = full.endsWith(path.sep) ? full : full + path.sep
    const realPrefix = real.endsWith(path.sep) ? real : real + path.sep
    const relativePrefix = base === '' ? '' : base + path.sep
    for (const entry of entries) {
      const name = entry.name
      if (name.endsWith('.tmp') && entry.isFile()) {
        const old = temporary.exec(name)
        if (old) {
          if (!isRunning(Number(old[2]))) stale.push(prefix + name)
          continue
        }
      }
      if (entry.isSymbolicLink()) links.push({path: prefix + name, real: ''})
      else if (entry.isDirectory()) {
        if (!skipFolders.has(name)) folder(prefix + name, realPrefix + name)
      } else if (entry.isFile() && extensions.has(path.extname(name).toLowerCase())) {
        found(relativePrefix + name, realPrefix + name)
      }
    }
  }

  function file(full: string, real: string, wasFound: boolean): void {
    if (seenFiles.has(real)) return
    seenFiles.add(real)
    if (wasFound && !extensions.has(path.extname(full).toLowerCase())) return
    const relative = path.relative(cwd, full) || full
    files.push(relative)
    if (wasFound) foundFiles.add(relative)
  }

  // `file`, for a walked folder's entry whose extension was checked and whose relative path is known.
  function found(relative: string, real: string): void {
    // Within one walk a real path comes once (seenFolders): only files seen before it can repeat.
    if (seenFiles.size > 0 && seenFiles.has(real)) return
    unseen.push(real)
    files.push(relative)
    foundFiles.add(relative)
  }

  function skip(full: string, why: string): void {
    const file = new VFile({path: path.relative(cwd, full) || full, cwd})
    const message = file.info(`Skipped ${why}; not followed`, {ruleId: 'symlink-skipped', source: 'replylint'})
    message.fatal = undefined
    skipped.push(file)
  }

  function staleNextTo(full: string): void {
    const prefix = `.${path.basename(full)}.replylint-`
    let names: string[] = []
    try {
      names = fs.readdirSync(path.dirname(full))
    } catch {}
    for (const name of names) {
      const old = temporary.exec(name)
      if (name.startsWith(prefix) && old && !isRunning(Number(old[2]))) stale.push(path.join(path.dirname(full), name))
    }
  }
}

/** Whether `real` is one of `roots` or inside one. */
export function inside(real: string, roots: readonly string[]): boolean {
  return roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
}

/**
 * Remove temporary files of `--fix` runs that were killed before their
 * rename. Only files named as fix.ts names them, of processes no longer
 * running, inside the checked paths.
 */
export function removeStale(walked: Walk): void {
  for (const file of walked.stale) {
    if (!inside(realOr(path.dirname(file)), walked.roots)) continue
    fs.rmSync(file, {force: true})
  }
}

function realOr(full: string): string {
  try {
    return fs.realpathSync(full)
  } catch {
    return full
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

// Every character that makes a pattern magic to minimatch: without one, it is a path.
function mayBeGlob(input: string): boolean {
  return /[*?[\]{}()!+@]/.test(input)
}

// `fixtures/**/*.md` → `fixtures`: what a glob can match lies under this.
function staticBase(pattern: string, hasMagic: (pattern: string) => boolean): string {
  const parts = pattern.split('/')
  const index = parts.findIndex((part) => hasMagic(part))
  return parts.slice(0, index === -1 ? parts.length : index).join('/') || '.'
}
