import {runWorkerIfAny} from './pool.js'
import {runCli} from './run.js'

// The same bundle is the CLI and each worker of its pool.
if (!runWorkerIfAny()) {
  // `replylint … | head`: the reader has gone, so stop quietly, as cat does.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
  // A run that stops before its report is done (awaiting what nothing will
  // bring) must not pass as clean: Node would exit 0 with the report cut short.
  let settled = false
  process.on('beforeExit', () => {
    if (settled) return
    settled = true
    process.stderr.write('replylint: stopped before the report was finished (a bug in replylint)\n')
    process.exitCode = 2
  })
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env
  }).then(
    (code) => {
      settled = true
      process.exitCode = code
    },
    (error: unknown) => {
      // A bug, not a user's mistake: the stack helps a bug report.
      settled = true
      process.stderr.write(`replylint: ${(error as Error).stack ?? String(error)}\n`)
      process.exitCode = 2
    }
  )
}
