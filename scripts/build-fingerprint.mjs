// What a build's findings depend on besides the config and the file: the
// source (rules, engine, parsers, the rule data compiled from rules/*.yml)
// and the locked dependencies. tsup writes its hash into the CLI, and
// `--cache` keys every entry by it: an edited rule, rebuilt without a new
// version number, never reports what the old rule found.
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export function buildFingerprint(from = root) {
  const hash = createHash('sha1')
  const files = [...listFiles(path.join(from, 'src')), ...listFiles(path.join(from, 'rules'))]
  const lock = path.join(from, 'package-lock.json')
  if (fs.existsSync(lock)) files.push(lock)
  for (const file of files.sort()) {
    // The name and the bytes, each with its length, so no two trees hash alike.
    const name = path.relative(from, file).split(path.sep).join('/')
    const bytes = fs.readFileSync(file)
    hash.update(`${name.length}:${name}${bytes.length}:`).update(bytes)
  }
  return hash.digest('hex')
}

function listFiles(folder) {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
}
