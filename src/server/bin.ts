import {createConnection, ProposedFeatures} from 'vscode-languageserver/node.js'
import {startServer} from './server.js'

const usage = `Usage: replylint-language-server --stdio | --node-ipc | --socket=<port>

The replylint language server: diagnostics, quick fixes and hovers for
canned responses, with the same config and findings as the replylint CLI.`

const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(usage + '\n')
} else if (
  !argv.some(
    (arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket=') || arg.startsWith('--pipe=')
  )
) {
  process.stderr.write(`replylint-language-server: expected a transport\n\n${usage}\n`)
  process.exitCode = 2
} else {
  // vscode-languageserver reads the transport from process.argv.
  startServer(createConnection(ProposedFeatures.all))
}
