// Activate the BUILT extension (editors/vscode/dist/extension.js) with the
// stubbed `vscode` module; its real vscode-languageclient starts the bundled
// server over IPC. Prints what the extension did, as JSON.
const Module = require('node:module')
const path = require('node:path')

const stub = path.join(__dirname, 'vscode-stub.cjs')
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? stub : resolve.call(this, request, ...rest)
}
const vscode = require(stub)
const recorded = vscode.__recorded
const enabled = process.argv[2] !== 'disabled'
recorded.config.enable = enabled
vscode.__openDocument('untitled:Untitled-1', 'plaintext', 'No, we can’t.')

const here = path.resolve(__dirname, '../../editors/vscode')
const extension = require(path.join(here, 'dist/extension.js'))
const context = {subscriptions: [], asAbsolutePath: (file) => path.join(here, file), extensionPath: here}
const wait = (test) =>
  new Promise((resolve, reject) => {
    const started = Date.now()
    const timer = setInterval(() => {
      if (test()) resolve(clearInterval(timer))
      else if (Date.now() - started > 15000) reject(new Error('timed out: ' + recorded.output.join('\n')))
    }, 20)
  })
const codes = () => (recorded.diagnostics.get('untitled:Untitled-1') || []).map((d) => d.code && d.code.value)

async function main() {
  const result = {}
  const api = await extension.activate(context)
  result.commands = [...recorded.commands.keys()]
  result.watchers = recorded.watchers
  result.running = Boolean(api.client() && api.client().isRunning())
  if (!enabled) {
    // Turning the setting on starts the server without a reload.
    recorded.config.enable = true
    for (const listener of recorded.configListeners)
      await listener({affectsConfiguration: (section) => section === 'replylint.enable'})
    result.runningAfterEnable = Boolean(api.client() && api.client().isRunning())
  }
  await wait(() => codes().length > 0)
  result.codes = codes()
  result.href = recorded.diagnostics.get('untitled:Untitled-1')[0].code.target.toString()
  result.selector = api.client().clientOptions.documentSelector
  const first = api.client()
  recorded.diagnostics.clear()
  await recorded.commands.get('replylint.restart')()
  result.restarted = api.client() !== first && api.client().isRunning() && !first.isRunning()
  await wait(() => codes().length > 0)
  result.codesAfterRestart = codes()
  await extension.deactivate()
  result.runningAfterDeactivate = Boolean(api.client())
  process.stdout.write(JSON.stringify(result))
}
main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error))
    process.exit(1)
  }
)
