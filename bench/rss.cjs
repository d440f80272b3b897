// Preloaded (`node -r bench/rss.cjs …`) into a benchmarked process: prints
// its peak resident memory (KB) and CPU time (µs, every thread's) on stderr
// as it exits, for the CLI benchmark.
process.on('exit', () => {
  const usage = process.resourceUsage()
  require('node:fs').writeSync(2, `\nreplylint-bench-rss ${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`)
})
