import {defineConfig} from 'tsup'

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
    banner: {js: '#!/usr/bin/env node'}
  },
  {
    // The language server: its own bundle, so its dependencies never reach `import 'replylint'`.
    entry: {'language-server': 'src/server/bin.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  }
])
