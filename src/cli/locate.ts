import type {VFile} from 'vfile'
import {location} from 'vfile-location'

type Location = ReturnType<typeof location>

const indices = new WeakMap<VFile, {value: unknown; index: Location}>()

/**
 * One line index per file. vfile-location builds its index over the whole
 * file, so building it once per reply of a 10,000-reply export was quadratic
 * (58% of the time in its `grow`); every caller in the CLI shares this one.
 * Rebuilt only if the file's value is replaced (after `--fix`).
 */
export function locate(file: VFile): Location {
  const cached = indices.get(file)
  if (cached && cached.value === file.value) return cached.index
  const index = location(file)
  indices.set(file, {value: file.value, index})
  return index
}
