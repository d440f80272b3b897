// The CLI as CI users and pipelines meet it (issue 13): what ESLint users
// expect of exit codes, paths, config errors and flags; streams in and out;
// workers, the cache, and the warehouse UDF bundle.
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import {ruleIds} from 'replylint'
import {describe, expect, test} from 'vitest'
import {plant, readCache, writeCache} from './helpers/cache.js'
import {bin, cli, root, tree} from './helpers/cli.js'

interface Finding {
  ruleId: string
  fatal: boolean | null
  line: number
  column: number
  reason: string
}

function jsonFiles(stdout: string): Array<{path: string; messages: Finding[]}> {
  return JSON.parse(stdout || '[]')
}

/** The files a run in `dir` with `args` reports, by path. */
function checkedPaths(dir: string, args: string[]): string[] {
  return jsonFiles(cli(['--format', 'json', ...args], {cwd: dir}).stdout).map((file) => file.path)
}

describe('SARIF', () => {
  test('only safe fixes are offered as fixes; refusals get none', () => {
    const log = JSON.parse(cli(['--format', 'sarif', 'fixtures/canned']).stdout)
    const results = log.runs[0].results as Array<{
      ruleId: string
      message: {text: string}
      fixes?: Array<{artifactChanges: Array<{replacements: unknown[]}>}>
    }>
    const refusals = results.filter((result) =>
      /Unexpected (refusal|dead end|throwaway apology|policy excuse)/.test(result.message.text)
    )
    expect(refusals.length).toBeGreaterThan(3)
    for (const refusal of refusals) expect(refusal.fixes).toBeUndefined()
    const withFixes = results.filter((result) => result.fixes)
    expect(withFixes.length).toBeGreaterThan(0)
    for (const result of withFixes) expect(result.fixes).toHaveLength(1)
    expect(withFixes.map((result) => result.message.text)).toContain(
      'Unexpected vague promise `ASAP`, use `within one business day` instead'
    )
  })
})

describe('paths from the repository root', () => {
  test('--format github names files from the git root when run in a sub-folder', () => {
    const dir = tree({'.git/HEAD': 'ref: refs/heads/main\n', 'replies/email/a.txt': 'Hi Dana, no.\n'})
    const result = cli(['--format', 'github', '.'], {cwd: path.join(dir, 'replies')})
    expect(result.stdout).toMatch(/^::error file=replies\/email\/a\.txt,line=1,col=10,/)
    const sarif = JSON.parse(cli(['--format', 'sarif', '.'], {cwd: path.join(dir, 'replies')}).stdout)
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('replies/email/a.txt')
  })
  test('without a repository, from the working folder', () => {
    const dir = tree({'email/a.txt': 'Hi Dana, no.\n'})
    expect(cli(['--format', 'github', '.'], {cwd: dir}).stdout).toMatch(/^::error file=email\/a\.txt,/)
  })
})

describe('config errors', () => {
  test('reported once, every problem, without a stack trace, exit 2', () => {
    const dir = tree({
      '.replylintrc.json': JSON.stringify({
        rules: {'require-thank': 'off', 'banned-phrase': 'errr'},
        customerNme: 'Dana'
      }),
      'a.txt': 'Hi Dana, thanks!',
      'b.txt': 'Hi Dana, thanks!',
      'sub/c.txt': 'Hi Dana, thanks!'
    })
    const result = cli(['.'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.split('Invalid config in').length - 1).toBe(1)
    expect(result.stderr).toContain('Unknown rule `require-thank` in `options.rules`; did you mean `require-thanks`?')
    expect(result.stderr).toContain(
      "Expected `options.rules['banned-phrase']` to be `off`, `warn` or `error`, not `errr`; did you mean `error`?"
    )
    expect(result.stderr).toContain('Unknown option `customerNme`; did you mean `customerName`?')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stdout).toBe('')
  })
  test('a config that is not valid JSON names the file, once', () => {
    const dir = tree({'.replylintrc.json': '{"rules": ', 'a.txt': 'Hi Dana, thanks!', 'b.txt': 'Hi Dana, thanks!'})
    const result = cli(['.'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.split('.replylintrc.json').length - 1).toBe(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('files and folders', () => {
  test('a glob that matches nothing exits 2 and says so', () => {
    const dir = tree({'a.txt': 'Hi Dana, thanks!'})
    const result = cli(['replies/**/*.md'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('No files matching the pattern `replies/**/*.md` were found')
    // A glob that matches still runs, and the unmatched one still fails the run.
    const both = cli(['*.txt', 'nothing/*.md'], {cwd: dir})
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('1 file')
  })
  test('-o creates the report’s folder', () => {
    const dir = tree({'a.txt': 'Hi Dana, thanks!'})
    const result = cli(['--format', 'sarif', '-o', 'a/b/c.sarif', 'a.txt'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'a/b/c.sarif'), 'utf8')).version).toBe('2.1.0')
  })
  test('a repository’s README, CHANGELOG, LICENSE… and .github/ are skipped in its root; --no-ignore and naming them lift it', () => {
    const dir = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'README.md': '# Project\n\nNo.\n',
      'CHANGELOG.md': '# Changes\n\nNo.\n',
      'CONTRIBUTING.md': 'No.\n',
      'CODE_OF_CONDUCT.md': 'No.\n',
      'LICENSE.txt': 'MIT. No.\n',
      '.github/workflows/ci.yml': 'on: push\n',
      '.github/ISSUE_TEMPLATE/bug.md': 'No.\n',
      'replies/README.md': 'Hi Dana, thanks! No.\n',
      'replies/a.txt': 'Hi Dana, thanks! No.\n'
    })
    const paths = (args: string[]) => checkedPaths(dir, args)
    expect(paths([])).toEqual(['replies/README.md', 'replies/a.txt'])
    expect(paths(['--no-ignore'])).toHaveLength(9)
    expect(paths(['README.md', 'replies'])).toEqual(['README.md', 'replies/README.md', 'replies/a.txt'])
  })
  test('a file whose name looks like a glob (`[draft] refund.txt`) is checked, not matched as a pattern', () => {
    const dir = tree({'team/[draft] refund.txt': 'Hi Dana, thanks! No.', 'team/plain.txt': 'Hi Dana, thanks! No.'})
    const paths = checkedPaths(dir, ['team'])
    expect(paths).toEqual(['team/[draft] refund.txt', 'team/plain.txt'])
  })
  test('the nearest .replylintignore governs a found file, its patterns from its own folder, as the engine reads them', () => {
    const dir = tree({
      '.replylintignore': 'drafts/\n',
      'team/.replylintignore': 'old.txt\n',
      'drafts/a.txt': 'No.',
      'team/old.txt': 'No.',
      'team/new.txt': 'No.',
      'team/drafts/b.txt': 'No.',
      'other/old.txt': 'No.'
    })
    const paths = (args: string[]) => checkedPaths(dir, args)
    expect(paths(['.'])).toEqual(['other/old.txt', 'team/drafts/b.txt', 'team/new.txt'])
    expect(paths(['team'])).toEqual(['team/drafts/b.txt', 'team/new.txt'])
    expect(paths(['--no-ignore', 'team'])).toEqual(['team/drafts/b.txt', 'team/new.txt', 'team/old.txt'])
  })
  test('--ignore-pattern and --ext narrow what a folder gives', () => {
    const dir = tree({'a.txt': 'Hi Dana, thanks! No.', 'b.md': 'Hi Dana, thanks! No.', 'drafts/c.txt': 'No.'})
    const paths = (args: string[]) => checkedPaths(dir, [...args, '.'])
    expect(paths([])).toEqual(['a.txt', 'b.md', 'drafts/c.txt'])
    expect(paths(['--ignore-pattern', 'drafts/'])).toEqual(['a.txt', 'b.md'])
    expect(paths(['--ext', '.md'])).toEqual(['b.md'])
    expect(paths(['--ext', 'txt,md', '--ignore-pattern', '*.md'])).toEqual(['a.txt', 'drafts/c.txt'])
  })
})

describe('stylish', () => {
  test('rows are not padded past the terminal, and never end in spaces', () => {
    const dir = tree({
      'macros.json': JSON.stringify([
        {
          id: 1,
          title: 'A very long macro title that makes every message long, as help desks name them',
          body: 'Dear Customer, no.'
        },
        {id: 2, title: 'B', body: 'Hi Dana, ASAP.'}
      ])
    })
    const lines = cli(['macros.json'], {cwd: dir}).stdout.split('\n')
    expect(lines.length).toBeGreaterThan(4)
    for (const line of lines) expect(line).not.toMatch(/\s$/)
    // A reason longer than the room left is followed by its rule two spaces
    // on, not padded to the longest reason of the file.
    expect(lines).toContain(
      '  1:170        warning  Expected a thank-you before the sign-off, such as `Thank you for reaching out to us.` (in “B” (#2))  require-thanks  replylint'
    )
  })
})

describe('flags', () => {
  test('--customer-name with --stdin checks the greeting against that customer', () => {
    const result = cli(['--stdin', '--customer-name', 'Dana Whitfield', '--format', 'json'], {
      input: 'Hi Sarah,\n\nThanks for writing!'
    })
    expect(result.code).toBe(1)
    expect(jsonFiles(result.stdout)[0]!.messages[0]!.reason).toBe(
      'Unexpected name `Sarah`, this reply is for `Dana Whitfield`: use `Dana`'
    )
    expect(cli(['--stdin', '--customer-name', 'Dana'], {input: 'Hi Dana,\n\nThanks for writing!'}).code).toBe(0)
    expect(cli(['--customer-name', 'Dana', '.']).code).toBe(2)
  })
  test('--rule id:severity overrides the config', () => {
    const dir = tree({'a.txt': 'Hi Dana, your order shipped. No.'})
    const rules = (args: string[]) =>
      jsonFiles(cli(['--format', 'json', ...args, 'a.txt'], {cwd: dir}).stdout)[0]!.messages.map(
        (message) => `${message.ruleId}:${message.fatal}`
      )
    expect(rules([])).toEqual(['banned-phrase:true', 'require-thanks:false'])
    expect(
      rules(['--rule', 'banned-phrase:off', '--rule', 'offer-alternative:off', '--rule', 'require-thanks:error'])
    ).toEqual(['require-thanks:true'])
    const bad = cli(['--rule', 'banned-phrases:off', 'a.txt'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('did you mean `banned-phrase`?')
  })
  test('--print-config shows the options for one file', () => {
    const dir = tree({
      '.replylintrc.json': JSON.stringify({
        namePlaceholder: '{{n}}',
        overrides: [{files: 'chat/**', rules: {'require-thanks': 'off'}}]
      }),
      'chat/a.txt': 'x'
    })
    const result = cli(['--print-config', 'chat/a.txt', '--rule', 'banned-phrase:warn'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({
      namePlaceholder: '{{n}}',
      rules: {'banned-phrase': 'warn', 'require-thanks': 'off', 'require-customer-name': 'error', blame: 'warn'},
      bannedPhrases: []
    })
  })
  test('--init writes a starter config once; --list-rules lists the rules', () => {
    const dir = tree({})
    expect(cli(['--init'], {cwd: dir}).code).toBe(0)
    const config = JSON.parse(fs.readFileSync(path.join(dir, '.replylintrc.json'), 'utf8'))
    expect(Object.keys(config.rules)).toEqual([...ruleIds])
    expect(cli(['--init'], {cwd: dir}).code).toBe(2)
    // The starter config is valid.
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Hi Dana, thanks!')
    expect(cli(['a.txt'], {cwd: dir}).code).toBe(0)
    const list = cli(['--list-rules'])
    expect(list.stdout).toMatch(/^banned-phrase\s+error\s+/m)
    expect(list.stdout).toMatch(/^require-thanks\s+warn\s+/m)
  })
  test('--fix-dry-run finds fixes but writes nothing', () => {
    const dir = tree({
      '.replylintrc.json': JSON.stringify({namePlaceholder: '{{n}}'}),
      'a.txt': 'Dear Customer,\n\nThanks for writing!'
    })
    const result = cli(['--fix-dry-run', '--format', 'ndjson', 'a.txt'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Dear Customer,\n\nThanks for writing!')
    expect(result.stderr).toMatch(/1 fixable/)
    expect(JSON.parse(result.stdout)).toMatchObject({messages: [], output: 'Dear {{n}},\n\nThanks for writing!'})
  })
})

describe('NDJSON', () => {
  test('--stdin --format ndjson answers each line while the input stays open (a help desk waits for it)', async () => {
    const child = spawn(process.execPath, [bin, '--stdin', '--format', 'ndjson'], {stdio: ['pipe', 'pipe', 'ignore']})
    let output = ''
    const lineOut = () =>
      new Promise<string>((resolve) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString('utf8')
          if (!output.includes('\n')) return
          child.stdout.off('data', onData)
          const [line] = output.split('\n')
          output = output.slice(line!.length + 1)
          resolve(line!)
        }
        child.stdout.on('data', onData)
      })
    for (const id of ['a', 'b']) {
      child.stdin.write(JSON.stringify({id, text: 'Hi Dana, no.'}) + '\n')
      expect(JSON.parse(await lineOut()).id).toBe(id)
    }
    child.stdin.end()
    await new Promise((resolve) => child.on('close', resolve))
  })
  test('--stdin --format ndjson: a result line per reply, in order; a bad line gets an error and the rest is checked', () => {
    const input = [
      JSON.stringify({id: 'a', text: 'Hi Sarah, no.', customerName: 'Dana'}),
      '{"id": "b", "text": ',
      JSON.stringify({id: 'c', text: 'Hi Dana,\n\nThanks for writing!'}),
      JSON.stringify({id: 'd', text: 42}),
      '',
      JSON.stringify({id: 'e', text: '<p>Dear Customer,</p><p>Thanks!</p>', format: 'html'})
    ].join('\n')
    const result = cli(['--stdin', '--format', 'ndjson'], {input})
    expect(result.code).toBe(0)
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'c', 'd', 'e'])
    expect(lines[0].messages.map((message: {ruleId: string}) => message.ruleId)).toEqual([
      'require-customer-name',
      'banned-phrase',
      'require-thanks'
    ])
    expect(lines[0].messages[0].reason).toContain('this reply is for `Dana`')
    expect(lines[1]).toMatchObject({line: 2, error: expect.stringMatching(/^Invalid JSON/)})
    expect(lines[2]).toEqual({id: 'c', errorCount: 0, warningCount: 0, messages: []})
    expect(lines[3]).toMatchObject({id: 'd', line: 4, error: 'Expected `text` to be a string'})
    expect(lines[4].messages[0]).toMatchObject({ruleId: 'require-customer-name', line: 1, column: 4})
    expect(result.stderr).toContain('2 lines')
  })
  test('order holds with workers too', () => {
    const input = Array.from({length: 400}, (_, index) =>
      JSON.stringify({id: index, text: index % 3 ? `Hi Dana, thanks! Order ${index}.` : 'No.'})
    ).join('\n')
    const one = cli(['--stdin', '--format', 'ndjson', '--concurrency', '1'], {input})
    const two = cli(['--stdin', '--format', 'ndjson', '--concurrency', '2'], {input})
    expect(two.stdout).toBe(one.stdout)
    expect(
      one.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).id)
    ).toEqual(Array.from({length: 400}, (_, index) => index))
  })
  test('--format ndjson for files: a line per file', () => {
    const lines = cli(['--format', 'ndjson', 'fixtures/canned'])
      .stdout.trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(9)
    expect(lines.find((line) => line.path.endsWith('refund-denied.txt'))).toMatchObject({
      errorCount: 3,
      warningCount: 2
    })
  })
})

describe('workers and the cache', () => {
  const files = Object.fromEntries(
    Array.from({length: 240}, (_, index) => [
      `r/${String(index).padStart(3, '0')}.${['txt', 'md', 'json'][index % 3]}`,
      index % 3 === 2
        ? JSON.stringify([{id: index, body: 'Dear Customer, no.'}])
        : index % 2
          ? 'Hi Dana, thanks! No.'
          : 'Hi Dana, thanks!'
    ])
  )
  test('a pool of workers reports what one thread does, in the same order', () => {
    const dir = tree(files)
    const one = cli(['--format', 'json', '--concurrency', '1', '.'], {cwd: dir})
    const two = cli(['--format', 'json', '--concurrency', '2', '.'], {cwd: dir})
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    expect(jsonFiles(one.stdout)).toHaveLength(240)
  })
  test('--concurrency 2 checks in the main thread and one worker: two threads, not two workers beside an idle one', () => {
    // A config module runs once in each thread that checks a file under it.
    const dir = tree({
      ...files,
      '.replylintrc.mjs':
        "import fs from 'node:fs'\nimport {threadId} from 'node:worker_threads'\n" +
        "fs.appendFileSync(new URL('threads.log', import.meta.url), threadId + '\\n')\nexport default {}\n"
    })
    expect(cli(['--format', 'json', '--concurrency', '2', '.'], {cwd: dir}).code).toBe(1)
    const threads = fs.readFileSync(path.join(dir, 'threads.log'), 'utf8').trim().split('\n').map(Number)
    expect(threads).toHaveLength(2)
    expect(threads).toContain(0)
  })
  test('--cache reuses results of unchanged files, and re-checks a changed file or config', () => {
    const dir = tree(files)
    const first = cli(['--cache', '--format', 'json', '.'], {cwd: dir})
    expect(fs.existsSync(path.join(dir, '.replylintcache'))).toBe(true)
    // Plant a marker in the cache: it is what an unchanged file reports.
    const cache = readCache(path.join(dir, '.replylintcache'))
    const key = path.join(dir, 'r/000.txt')
    plant(cache, key)
    writeCache(path.join(dir, '.replylintcache'), cache)
    const second = cli(['--cache', '--format', 'json', '.'], {cwd: dir})
    const reason = (stdout: string, name: string) =>
      jsonFiles(stdout)
        .find((file) => file.path === name)!
        .messages.map((message) => message.reason)
    expect(reason(second.stdout, 'r/000.txt')).toEqual(['from the cache'])
    expect(jsonFiles(second.stdout).filter((file) => file.path !== 'r/000.txt')).toEqual(
      jsonFiles(first.stdout).filter((file) => file.path !== 'r/000.txt')
    )
    // A change to the file, or to the config, and it is checked again.
    fs.writeFileSync(path.join(dir, 'r/000.txt'), 'Hi Dana, thanks! Nope.')
    expect(reason(cli(['--cache', '--format', 'json', '.'], {cwd: dir}).stdout, 'r/000.txt')).toEqual([
      'Unexpected refusal `Nope`, say what you can do instead'
    ])
    fs.writeFileSync(
      path.join(dir, '.replylintrc.json'),
      JSON.stringify({rules: {'banned-phrase': 'off', 'offer-alternative': 'off'}})
    )
    expect(reason(first.stdout, 'r/003.txt')).toEqual(['Unexpected refusal `No`, say what you can do instead'])
    expect(reason(cli(['--cache', '--format', 'json', '.'], {cwd: dir}).stdout, 'r/003.txt')).toEqual([])
  })
  test('--cache trusts an unchanged size and mtime without reading the file; a touched file is hashed, and its new stamp kept', () => {
    const dir = tree({'a.txt': 'Hi Dana, thanks! No.', 'b.txt': 'Hi Dana, thanks! No.'})
    const location = path.join(dir, '.replylintcache')
    const run = () => jsonFiles(cli(['--cache', '--format', 'json', '.'], {cwd: dir}).stdout)
    const reasons = (files: ReturnType<typeof jsonFiles>, name: string) =>
      files.find((file) => file.path === name)!.messages.map((message) => message.reason)
    // Whole seconds, which a file system and utimes keep exactly.
    const a = path.join(dir, 'a.txt')
    const b = path.join(dir, 'b.txt')
    for (const file of [a, b]) fs.utimesSync(file, 1_700_000_000, 1_700_000_000)
    run()
    const cache = readCache(location)
    for (const name of ['a.txt', 'b.txt']) plant(cache, path.join(dir, name))
    writeCache(location, cache)
    // a.txt: new words of the same length, its mtime put back: as ESLint's cache, the stamp is trusted.
    fs.writeFileSync(a, 'Hi Dana, thanks! Ok.')
    fs.utimesSync(a, 1_700_000_000, 1_700_000_000)
    // b.txt: touched, same content (a checkout): hashed, still a hit, and the cache learns the new mtime.
    fs.utimesSync(b, 1_700_000_060, 1_700_000_060)
    const files = run()
    expect(reasons(files, 'a.txt')).toEqual(['from the cache'])
    expect(reasons(files, 'b.txt')).toEqual(['from the cache'])
    // The head is [key, content, config, size, mtime].
    expect(readCache(location).files.get(b)!.head[4]).toBe(1_700_000_060_000)
  })
})

describe('warehouse UDF bundle', () => {
  test('dist/replylint.udf.js runs in a bare vm context and defines checkReply', () => {
    const code = fs.readFileSync(path.join(root, 'dist/replylint.udf.js'), 'utf8')
    // A classic script: no import or export, no require, no host objects.
    expect(code).not.toMatch(
      /\bimport\s*[{(*"']|\bexport\s*[{*]|\brequire\(|\bprocess\.(env|cwd|platform)|\bwindow\.|\bdocument\.|\bBuffer\b|\bglobalThis\b/
    )
    const context = vm.createContext({})
    vm.runInContext(code, context)
    expect(Object.keys(context).sort()).toEqual(['checkReply', 'replylint'])
    context['input'] = 'Hi Sarah,\n\nNo, we can’t.'
    const report = JSON.parse(vm.runInContext('JSON.stringify(checkReply(input, "Dana"))', context))
    expect(report).toMatchObject({errorCount: 2, warningCount: 1})
    expect(report.messages.map((message: {ruleId: string}) => message.ruleId)).toEqual([
      'require-customer-name',
      'banned-phrase',
      'require-thanks'
    ])
    expect(report.messages[0]).toMatchObject({line: 1, column: 4, actual: 'Sarah', expected: ['Dana'], safeFix: true})
    const options = JSON.parse(
      vm.runInContext(
        `JSON.stringify(checkReply("Dear Customer,\\n\\nThanks!", ${JSON.stringify(JSON.stringify({namePlaceholder: '{{n}}'}))}))`,
        context
      )
    )
    expect(options.messages[0].expected).toEqual(['Dear {{n}}'])
    expect(JSON.parse(vm.runInContext('JSON.stringify(checkReply(null))', context))).toEqual({
      errorCount: 0,
      warningCount: 0,
      messages: []
    })
  })
})

describe('package', () => {
  test('a LICENSE file (MIT) ships; the published types carry safeFix and RuleId, and import only dependencies', () => {
    expect(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/)
    const types = fs.readFileSync(path.join(root, 'dist/index.d.ts'), 'utf8')
    expect(types).toMatch(/safeFix\?: boolean/)
    expect(types).toMatch(/ruleId: RuleId/)
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    const imported = [...types.matchAll(/from '([^']+)'/g)].map((match) => match[1]!)
    for (const name of imported) {
      const types = name.startsWith('@') ? name : `@types/${name}`
      expect(pkg.dependencies[name] ?? pkg.dependencies[types], name).toBeDefined()
    }
  })
})
