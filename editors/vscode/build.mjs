// Build the extension: one bundle for the client (vscode-languageclient),
// one for the server (the package's own src/server, with every dependency),
// then a .vsix with @vscode/vsce. Nothing here needs the network:
// `--no-dependencies` because the bundles already hold them.
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
// ESM builds first: jsonc-parser's UMD `main` requires its own files at run time, which a bundle cannot hold.
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
  mainFields: ['module', 'main']
}

await build({
  ...common,
  entryPoints: [path.join(here, 'src/extension.ts')],
  outfile: path.join(here, 'dist/extension.js'),
  external: ['vscode']
})
await build({
  ...common,
  entryPoints: [path.join(root, 'src/server/bin.ts')],
  outfile: path.join(here, 'dist/server.js')
})

if (!process.argv.includes('--no-package')) {
  const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce')
  const out = path.join(here, 'replylint.vsix')
  execFileSync(
    process.execPath,
    [
      vsce,
      'package',
      '--no-dependencies',
      '--no-update-package-json',
      '--no-git-tag-version',
      '--allow-missing-repository',
      '--out',
      out
    ],
    {
      cwd: here,
      stdio: ['ignore', 'inherit', 'inherit']
    }
  )
}
