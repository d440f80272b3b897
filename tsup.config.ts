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
    // The two bins in one build: the library and document code they both run
    // goes to a shared chunk once, instead of into each bin. The language
    // server stays out of the library's entry, so its dependencies never reach
    // `import 'replylint'`.
    entry: {cli: 'src/cli/bin.ts', 'language-server': 'src/server/bin.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  }
])
