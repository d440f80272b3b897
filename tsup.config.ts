import {defineConfig} from 'tsup'
import {buildFingerprint} from './scripts/build-fingerprint.mjs'

export default defineConfig([
  {
    // The library: no Node built-ins, so it bundles for browsers too.
    entry: {index: 'src/index.ts'},
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral'
  },
  {
    entry: {cli: 'src/cli/bin.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    // The checker (engine, parsers, markup readers) is a chunk of its own,
    // loaded when a file is checked: a warm `--cache` run never compiles it.
    splitting: true,
    // One file to load instead of ~400 modules: start-up is paid by the CLI
    // and again by each worker of its pool. (unified-engine's finder is
    // imported by URL at run time, so it stays in node_modules.)
    noExternal: [/.*/],
    // `--cache` keys its entries by what built this checker (cache-probe.ts).
    define: {__REPLYLINT_BUILD__: JSON.stringify(buildFingerprint())},
    banner: {
      js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"
    }
  },
  {
    // The language server: its own bundle, so its dependencies never reach `import 'replylint'`.
    entry: {'language-server': 'src/server/bin.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  },
  {
    // The warehouse UDF: one classic script, every dependency inlined, the
    // browser/neutral builds of vfile & co (no Node built-ins), and a
    // top-level `checkReply` for the UDF body to call.
    entry: {'replylint.udf': 'src/udf.ts'},
    format: ['iife'],
    globalName: 'replylint',
    target: 'es2020',
    platform: 'neutral',
    minify: true,
    noExternal: [/.*/],
    outExtension: () => ({js: '.js'}),
    esbuildOptions(options) {
      options.conditions = ['browser', 'default']
      options.mainFields = ['browser', 'module', 'main']
    },
    footer: {js: 'var checkReply = replylint.checkReply;'}
  }
])
