import {runCli} from './run.js'

runCli(process.argv.slice(2), {cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`replylint: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = 2
  }
)
