// Looking for files that are usually not there (a config's eight names in
// every folder up from each file, an ignore file in each): a stat that says
// "no such file" costs a fraction of a read that builds and throws an error.
import fs from 'node:fs'

/** Whether `file` is certainly not there; any other trouble is for reading it to report. */
export function isMissing(file: string): boolean {
  try {
    return fs.statSync(file, {throwIfNoEntry: false}) === undefined
  } catch {
    return false
  }
}
