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
