// A stand-in for the `vscode` module, enough for the extension and
// vscode-languageclient to load, activate and start the real server. What the
// extension asks of it is recorded for the test. Anything not modelled is a
// callable, constructible no-op that returns a disposable, so the client's
// feature registrations run without an editor.
const recorded = {
  commands: new Map(),
  watchers: [],
  config: {enable: true, 'trace.server': 'off'},
  configListeners: [],
  output: []
}

const event = () => () => ({dispose() {}})
function anything(name) {
  const target = function () {}
  return new Proxy(target, {
    get(_, key) {
      if (key === 'then') return undefined
      if (key === Symbol.toPrimitive) return () => name
      if (key === 'dispose') return () => {}
      if (typeof key === 'string' && /^onDid|^onWill/.test(key)) return event()
      return anything(`${name}.${String(key)}`)
    },
    apply: () => ({dispose() {}}),
    construct: () => anything(`new ${name}`)
  })
}

class Disposable {
  constructor(fn) {
    this.fn = fn
  }
  static from(...items) {
    return new Disposable(() => items.forEach((item) => item && item.dispose && item.dispose()))
  }
  dispose() {
    if (this.fn) this.fn()
  }
}
class EventEmitter {
  constructor() {
    this.listeners = []
    this.event = (listener) => (this.listeners.push(listener), {dispose() {}})
  }
  fire(value) {
    this.listeners.forEach((listener) => listener(value))
  }
  dispose() {}
}
const outputChannel = (name) => ({
  name,
  append: (text) => recorded.output.push(text),
  appendLine: (text) => recorded.output.push(text),
  replace() {},
  clear() {},
  show() {},
  hide() {},
  dispose() {},
  info: (text) => recorded.output.push(text),
  warn: (text) => recorded.output.push(text),
  error: (text) => recorded.output.push(text),
  debug() {},
  trace() {},
  logLevel: 0,
  onDidChangeLogLevel: event()
})
class Position {
  constructor(line, character) {
    Object.assign(this, {line, character})
  }
}
class Range {
  constructor(a, b, c, d) {
    if (typeof a === 'number') Object.assign(this, {start: new Position(a, b), end: new Position(c, d)})
    else Object.assign(this, {start: a, end: b})
  }
}

class Diagnostic {
  constructor(range, message, severity) {
    Object.assign(this, {range, message, severity})
  }
}
class Uri {
  constructor(value) {
    this.value = value
    this.scheme = value.split(':')[0]
    this.fsPath = decodeURIComponent(value.replace(/^file:\/\//, ''))
    this.path = this.fsPath
  }
  static parse(value) {
    return new Uri(value)
  }
  static file(filePath) {
    return new Uri(require('node:url').pathToFileURL(filePath).href)
  }
  toString() {
    return this.value
  }
}
class CancellationTokenSource {
  constructor() {
    this.token = {isCancellationRequested: false, onCancellationRequested: event()}
  }
  cancel() {
    this.token.isCancellationRequested = true
  }
  dispose() {}
}
const documents = []
/** A document as VS Code hands it over: open before the client starts. */
function openDocument(uri, languageId, text) {
  const document = {
    uri: Uri.parse(uri),
    languageId,
    version: 1,
    getText: () => text,
    isUntitled: uri.startsWith('untitled:'),
    fileName: uri,
    lineCount: text.split('\n').length,
    isClosed: false
  }
  documents.push(document)
  return document
}
const diagnostics = (recorded.diagnostics = new Map())
const modelled = {
  Disposable,
  EventEmitter,
  Position,
  Range,
  Uri,
  Diagnostic,
  CancellationTokenSource,
  DiagnosticSeverity: {Error: 0, Warning: 1, Information: 2, Hint: 3},
  version: '1.82.0',
  env: {language: 'en', machineId: 'test', appName: 'stub', uiKind: 1},
  commands: {
    registerCommand(id, callback) {
      recorded.commands.set(id, callback)
      return new Disposable(() => recorded.commands.delete(id))
    },
    executeCommand: async () => undefined
  },
  window: {
    createOutputChannel: outputChannel,
    showErrorMessage: async (text) => recorded.output.push(`error: ${text}`),
    showWarningMessage: async () => undefined,
    showInformationMessage: async () => undefined,
    visibleTextEditors: [],
    activeTextEditor: undefined,
    onDidChangeVisibleTextEditors: event(),
    onDidChangeActiveTextEditor: event(),
    tabGroups: {all: [], onDidChangeTabs: event(), onDidChangeTabGroups: event()}
  },
  workspace: {
    workspaceFolders: undefined,
    textDocuments: documents,
    getConfiguration(section) {
      return {
        get: (key, fallback) => {
          const full = section ? `${section}.${key}` : key
          const name = full.replace(/^replylint\./, '')
          return full.startsWith('replylint') && name in recorded.config ? recorded.config[name] : fallback
        },
        has: () => false,
        inspect: () => undefined,
        update: async () => undefined
      }
    },
    createFileSystemWatcher(glob) {
      recorded.watchers.push(glob)
      return {onDidCreate: event(), onDidChange: event(), onDidDelete: event(), dispose() {}}
    },
    onDidChangeConfiguration(listener) {
      recorded.configListeners.push(listener)
      return {dispose() {}}
    }
  },
  languages: {
    createDiagnosticCollection: (name) => ({
      name,
      set: (uri, list) => diagnostics.set(String(uri), list),
      delete: (uri) => diagnostics.delete(String(uri)),
      clear: () => diagnostics.clear(),
      forEach() {},
      get: (uri) => diagnostics.get(String(uri)),
      has: (uri) => diagnostics.has(String(uri)),
      dispose() {}
    }),
    // What VS Code's own matcher answers for the selectors the extension gives.
    match: (selector, document) =>
      (Array.isArray(selector) ? selector : [selector]).some(
        (filter) =>
          (!filter.scheme || filter.scheme === document.uri.scheme) &&
          (!filter.language || filter.language === document.languageId)
      )
        ? 10
        : 0
  }
}

function deep(base, name) {
  return new Proxy(base, {
    get(target, key) {
      if (key in target) {
        const value = target[key]
        return value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Map) && key !== 'env'
          ? deep(value, `${name}.${String(key)}`)
          : value
      }
      if (key === '__esModule' || key === 'then' || key === 'default') return undefined
      if (typeof key === 'string' && /^onDid|^onWill/.test(key)) return event()
      return anything(`${name}.${String(key)}`)
    }
  })
}

module.exports = deep(modelled, 'vscode')
module.exports.__recorded = recorded
module.exports.__openDocument = openDocument
