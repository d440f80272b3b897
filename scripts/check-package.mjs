// The package as users get it: pack it once, then run publint and
// arethetypeswrong (ESM only) on that tarball, so both judge the same bytes.
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-pack-'))
try {
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', folder], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  const tarball = fs.readdirSync(folder).find((name) => name.endsWith('.tgz'))
  if (!tarball) throw new Error('npm pack wrote no tarball')
  const file = path.join(folder, tarball)
  const run = (bin, args) =>
    execFileSync(process.execPath, [path.resolve('node_modules', bin), ...args], {stdio: 'inherit'})
  run('publint/src/cli.js', [file, '--strict'])
  run('@arethetypeswrong/cli/dist/index.js', [file, '--profile', 'esm-only'])
} finally {
  fs.rmSync(folder, {recursive: true, force: true})
}
