import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  resolve: {
    // Tests import the package by its own name, as its users do.
    alias: {replylint: fileURLToPath(new URL('src/index.ts', import.meta.url))}
  },
  test: {
    include: process.env.VITEST_INCLUDE ? [process.env.VITEST_INCLUDE] : ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000
  }
})
