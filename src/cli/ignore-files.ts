// `.replylintignore`, found as unified-engine's Ignore finds it (the nearest
// one from a file's folder up, its patterns relative to its own folder), but
// synchronously and once per folder: the engine's check is a callback per
// file through its find-up, and loading it (with debug and trough) cost
// more start-up than a `--cache` re-run has to spare. Named files still go
// through the engine's finder (discover.ts); this judges the ones a walk found.
import fs from 'node:fs'
import path from 'node:path'
import ignoreModule, {type Ignore} from 'ignore'
import {isMissing} from './missing.js'

// `ignore` is CommonJS whose types declare an ES default export: at run time the default is the function itself.
export const ignore = ignoreModule as unknown as typeof ignoreModule.default

const ignoreName = '.replylintignore'

/** Whether the nearest ignore file above `absolute` ignores it; `detect: false` (`--no-ignore`) reads none. */
export function createIgnoreFiles(detect: boolean): (absolute: string) => boolean {
  const folders = new Map<string, {readonly rules: Ignore; readonly folder: string} | undefined>()
  return (absolute) => {
    if (!detect) return false
    const found = nearest(path.dirname(absolute))
    if (!found) return false
    const normal = path.relative(found.folder, absolute)
    return !isOutside(normal) && found.rules.ignores(normal)
  }

  function nearest(folder: string): {readonly rules: Ignore; readonly folder: string} | undefined {
    if (folders.has(folder)) return folders.get(folder)
    let found: {readonly rules: Ignore; readonly folder: string} | undefined
    const file = path.join(folder, ignoreName)
    let text: string | undefined
    try {
      // As for configs: no error built and thrown for each folder without one.
      if (!isMissing(file)) text = fs.readFileSync(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new Error(`Cannot read file \`${file}\``, {cause: error})
    }
    if (text !== undefined) found = {rules: ignore().add(text), folder}
    else {
      const parent = path.dirname(folder)
      found = parent === folder ? undefined : nearest(parent)
    }
    folders.set(folder, found)
    return found
  }
}

/** The engine's guard: a path outside the ignore file's folder (or cwd) is never matched. */
export function isOutside(normal: string): boolean {
  return normal === '' || normal === '..' || normal.startsWith(path.sep) || normal.startsWith('..' + path.sep)
}
