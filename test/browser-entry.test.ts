// The browser entry (src/browser/) and the two pages built on it must never
// pull in a Node built-in or the CLI: each bundle's own inputs say so.
import {builtinModules} from 'node:module'
import path from 'node:path'
import {build, type Metafile} from 'esbuild'
import {expect, test} from 'vitest'
import {pageOptions} from '../scripts/build-browser.mjs'
import {root} from './helpers/cli.js'

const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])

/** Bundle with every built-in left external, so an import of one shows in the metafile instead of failing. */
async function metafileOf(entry: string): Promise<Metafile> {
  const options = pageOptions(entry, path.join(root, 'scratch/unused.js'))
  const result = await build({...options, write: false, external: [...builtins, 'node:*']})
  return result.metafile
}

function nodeImports(metafile: Metafile): string[] {
  return Object.entries(metafile.inputs).flatMap(([file, input]) =>
    input.imports
      .filter((entry) => entry.path.startsWith('node:') || builtins.has(entry.path))
      .map((entry) => `${file} imports ${entry.path}`)
  )
}

for (const entry of ['src/browser/index.ts', 'playground/src/main.ts', 'integrations/zendesk/src/main.ts']) {
  test(`${entry} bundles without Node built-ins or CLI code`, async () => {
    const metafile = await metafileOf(entry)
    expect(nodeImports(metafile)).toEqual([])
    const inputs = Object.keys(metafile.inputs)
    expect(inputs.filter((file) => file.startsWith('src/cli/'))).toEqual([])
    expect(inputs).toContain('src/check-reply.ts')
  })
}

test('the check sees an import of a Node built-in', async () => {
  const result = await build({
    stdin: {
      contents: "import fs from 'node:fs'; import path from 'path'; export const a = [fs, path]",
      resolveDir: root,
      sourcefile: 'probe.ts',
      loader: 'ts'
    },
    bundle: true,
    write: false,
    platform: 'browser',
    metafile: true,
    external: [...builtins],
    logLevel: 'silent'
  })
  expect(nodeImports(result.metafile)).toEqual(['probe.ts imports node:fs', 'probe.ts imports path'])
})
