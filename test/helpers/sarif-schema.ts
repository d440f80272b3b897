import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

// The official OASIS SARIF 2.1.0 schema, as shipped inside a pinned
// devDependency (Datadog's SARIF upload plugin validates with it). We read it
// from there rather than vendor a copy of the standard into this repository.
export function sarifSchema(): object {
  const require = createRequire(import.meta.url)
  const manifest = require.resolve('@datadog/datadog-ci-plugin-sarif/package.json')
  const bundle = fs.readFileSync(path.join(path.dirname(manifest), 'dist/bundle.js'), 'utf8')
  const marker = 'var sarif_schema_2_1_0_default = {'
  const start = bundle.indexOf(marker)
  if (start === -1) throw new Error('SARIF schema not found in @datadog/datadog-ci-plugin-sarif')
  let depth = 0
  let end = start + marker.length - 1
  for (; end < bundle.length; end++) {
    const char = bundle[end]
    if (char === '{') depth++
    else if (char === '}' && --depth === 0) break
  }
  const literal = bundle.slice(start + marker.length - 1, end + 1)
  // The schema is an object literal inside a bundled module, not JSON: evaluate that literal alone.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const schema = new Function(`return (${literal})`)() as {$id?: string; title?: string}
  if (!schema.title?.includes('SARIF') || !schema.$id?.includes('2.1.0'))
    throw new Error('Unexpected schema in the bundle')
  return schema
}
