// Preloaded (`node -r bench/rss.cjs …`) into a benchmarked process: prints
// its peak resident memory on stderr as it exits, for the CLI benchmark.
process.on('exit', () => {
  require('node:fs').writeSync(2, `\nreplylint-bench-rss ${process.resourceUsage().maxRSS}\n`)
})
