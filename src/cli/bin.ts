import {runWorkerIfAny} from './pool.js'
import {runCli} from './run.js'

// The same bundle is the CLI and each worker of its pool.
if (!runWorkerIfAny()) {
  // `replylint … | head`: the reader has gone, so stop quietly, as cat does.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env
  }).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      // A bug, not a user's mistake: the stack helps a bug report.
      process.stderr.write(`replylint: ${(error as Error).stack ?? String(error)}\n`)
      process.exitCode = 2
    }
  )
}
