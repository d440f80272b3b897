import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {cli, copyOf, tree} from './helpers/cli.js'
import {sarifSchema} from './helpers/sarif-schema.js'

interface JsonMessage {
  reason: string
  ruleId: string | null
  fatal: boolean | null
  line: number | null
  column: number | null
  place?: {start: {line: number; column: number}; end: {line: number; column: number}} | {line: number; column: number}
  actual?: string
}
interface JsonFile {
  path: string
  messages: JsonMessage[]
}

// ajv ships CommonJS with a `default` export.
const require = createRequire(import.meta.url)
const Ajv = require('ajv').default
const addFormats = require('ajv-formats').default

function json(args: string[], options: {cwd?: string; input?: string} = {}) {
  const result = cli(['--format', 'json', ...args], options)
  return {...result, files: JSON.parse(result.stdout || '[]') as JsonFile[]}
}

function byName(files: JsonFile[], name: string): JsonFile {
  const found = files.find((file) => file.path.endsWith(name))
  if (!found) throw new Error(`No report for ${name}: ${files.map((file) => file.path).join(', ')}`)
  return found
}

const summary = (file: JsonFile) =>
  file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)

describe('the bundled canned-response repository', () => {
  const run = json(['fixtures/canned'])

  test('exits 1 for errors and prints a summary on stderr', () => {
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^replylint: 9 files, 16 replies: 14 errors, 6 warnings\n$/)
  })

  test('checks plain text, one reply per file', () => {
    expect(summary(byName(run.files, 'email/refund-denied.txt'))).toEqual([
      '1:1 require-customer-name',
      '3:1 banned-phrase',
      // "That's our policy." hides behind policy.
      '3:43 policy-shield',
      '3:43 banned-phrase',
      '5:1 require-thanks'
    ])
    expect(byName(run.files, 'email/refund-approved.txt').messages).toEqual([])
  })

  test('checks a Markdown file of saved replies reply by reply', () => {
    const file = byName(run.files, 'saved-replies.md')
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Unexpected generic salutation `Hello`, address the customer by name: `Hello {{ticket.requester.first_name}}` (in “Feature request declined”)',
      'Unexpected dead end `There’s nothing we can do`, offer the next step you can take instead (in “Feature request declined”)'.replace(
        '’',
        "'"
      ),
      'Expected a thank-you before the sign-off, such as `Thank you for reaching out to us.` (in “Feature request declined”)'
    ])
  })

  test('skips HTML code, scripts and styles', () => {
    expect(summary(byName(run.files, 'web/contact-received.html'))).toEqual(['5:5 require-customer-name'])
  })

  test('names each response of a Zendesk or osTicket export and points inside the file', () => {
    const zendesk = byName(run.files, 'helpdesk/zendesk-macros.json')
    expect(
      zendesk.messages.every((message) => message.reason.endsWith('(in “Returns: outside the window” (#360002))'))
    ).toBe(true)
    expect(summary(zendesk)).toEqual([
      '15:54 require-customer-name',
      '15:82 banned-phrase',
      '15:116 banned-phrase',
      '15:162 require-thanks'
    ])
    const osticket = byName(run.files, 'helpdesk/osticket-premade.yaml')
    expect(summary(osticket)).toEqual(['19:5 require-customer-name', '22:5 banned-phrase', '22:50 require-thanks'])
    expect(osticket.messages[0]!.reason).toMatch(/\(in “Account closure”\)$/)
  })

  test('every span points at the text it names in the original file', () => {
    let checked = 0
    for (const file of run.files) {
      const lines = fs.readFileSync(file.path, 'utf8').split('\n')
      for (const message of file.messages) {
        const place = message.place
        if (!message.actual || !place || !('start' in place) || place.end.line !== place.start.line) continue
        expect(
          lines[place.start.line - 1]!.slice(place.start.column - 1, place.end.column - 1),
          `${file.path} ${message.reason}`
        ).toBe(message.actual)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(10)
  })

  test('applies per-glob overrides and .replylintignore', () => {
    expect(summary(byName(run.files, 'chat/quick-replies.yaml'))).toEqual(['8:11 banned-phrase'])
    expect(run.files.some((file) => file.path.includes('drafts/'))).toBe(false)
  })
})

describe('reporters', () => {
  test('stylish is the default', () => {
    const result = cli(['fixtures/canned/email/refund-denied.txt'])
    expect(result.stdout).toContain('fixtures/canned/email/refund-denied.txt')
    expect(result.stdout).toMatch(
      /3:1-3:3\s+error\s+Unexpected refusal `No`, say what you can do instead\s+banned-phrase\s+replylint/
    )
  })

  test('sarif validates against the SARIF 2.1.0 schema and carries fixes', () => {
    const result = cli(['--format', 'sarif', 'fixtures/canned'])
    const log = JSON.parse(result.stdout)
    const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(sarifSchema())
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)

    const run = log.runs[0]
    expect(
      run.tool.driver.rules
        .slice(0, 3)
        .map((rule: {id: string; helpUri: string}) => [rule.id, rule.helpUri.endsWith(`/rules/${rule.id}.md`)])
    ).toEqual([
      ['banned-phrase', true],
      ['require-thanks', true],
      ['require-customer-name', true]
    ])
    const asap = run.results.find(
      (result: {ruleId: string; message: {text: string}}) =>
        result.ruleId === 'banned-phrase' && result.message.text.includes('ASAP')
    )
    expect(asap.locations[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'fixtures/canned/email/shipping-delay.txt', uriBaseId: '%SRCROOT%'},
      region: {startLine: 3, startColumn: 73, endLine: 3, endColumn: 77}
    })
    expect(asap.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('within one business day')
    // Each finding carries its reply's care score; the run, the mean.
    expect(asap.properties).toMatchObject({replyScore: expect.any(Number)})
    expect(run.properties.careScore).toMatchObject({replies: 16, mean: expect.any(Number)})
    const critical = run.results.find(
      (result: {ruleId: string; properties?: {critical?: boolean}}) => result.properties?.critical
    )
    expect(critical.properties.replyScore).toBeLessThanOrEqual(40)
  })

  test('care score: per reply in json, a summary under stylish, --min-score fails below it', () => {
    const {files} = json(['fixtures/canned/email'])
    const scores = Object.fromEntries(
      files.map((file) => [
        file.path.split('/').pop(),
        (file as unknown as {replies: Array<{score: number}>}).replies.map((reply) => reply.score)
      ])
    )
    expect(scores['refund-approved.txt']).toEqual([100])
    expect(scores['refund-denied.txt']![0]).toBeLessThanOrEqual(40)
    expect(
      (files.find((file) => file.path.endsWith('refund-denied.txt'))!.messages[0] as unknown as {replyScore: number})
        .replyScore
    ).toBe(scores['refund-denied.txt']![0])

    const stylish = cli(['fixtures/canned/email'])
    expect(stylish.stdout).toMatch(
      /Care score: mean \d+\.\d over 3 replies\nLowest:\n +\d+ +fixtures\/canned\/email\/refund-denied\.txt\n/
    )
    const clean = cli(['--min-score', '90', 'fixtures/canned/email/refund-approved.txt'])
    expect(clean.code).toBe(0)
    const below = cli(['--min-score', '70', '--no-color', 'fixtures/canned/email'])
    expect(below.code).toBe(1)
    expect(below.stderr).toMatch(/2 replies scoring below 70/)
    expect(cli(['--min-score', 'high']).stderr).toMatch(/Expected `--min-score` to be a number from 0 to 100/)
  })

  test('--draft: placeholders left in a draft are errors; templates keep them', () => {
    const input = 'Hi {{ticket.requester.first_name}},\n\nThanks! Your refund of {{amount}} is on its way.\n\nSam'
    expect(cli(['--stdin'], {input}).code).toBe(0)
    const draft = cli(['--stdin', '--draft', '--format', 'json'], {input})
    expect(draft.code).toBe(1)
    const [file] = JSON.parse(draft.stdout) as JsonFile[]
    expect(file!.messages.map((message) => message.ruleId)).toEqual(['unfilled-placeholder', 'unfilled-placeholder'])
  })

  test('json is the vfile-reporter-json shape', () => {
    const {files} = json(['fixtures/canned/email/shipping-delay.txt'])
    expect(files).toHaveLength(1)
    expect(files[0]!.messages[0]).toMatchObject({
      ruleId: 'banned-phrase',
      source: 'replylint',
      line: 3,
      column: 38,
      fatal: true
    })
  })

  test('github prints workflow commands', () => {
    const result = cli(['--format', 'github', 'fixtures/canned/email/shipping-delay.txt'])
    expect(result.stdout.split('\n')[0]).toBe(
      "::error file=fixtures/canned/email/shipping-delay.txt,line=3,col=38,endLine=3,endColumn=54,title=replylint(banned-phrase)::Unexpected throwaway apology `Sorry about that`, name the problem and how you will put it right instead Suggestions: “We apologise for the trouble; here's how we'll put it right: we can send a replacement by express shipping at no cost to you.”, “We're sorry for the inconvenience this has caused. Here's what we can do to fix it: we can open a trace with the courier today and update you within 24 hours.”, “We're sorry that happened; to make up for it, we can refund the shipping cost for the delay.”"
    )
  })

  test('--output-file writes the report to a file', () => {
    const dir = tree({'a.txt': 'Hi Dana, thanks!'})
    const result = cli(['--format', 'sarif', '--output-file', 'out.sarif', 'a.txt'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0')
  })
})

describe('exit codes', () => {
  test('0 when clean, and for warnings alone', () => {
    expect(cli(['a.txt'], {cwd: tree({'a.txt': 'Hi Dana, thanks for writing!'})}).code).toBe(0)
    expect(cli(['a.txt'], {cwd: tree({'a.txt': 'Hi Dana, your order shipped.'})}).code).toBe(0)
  })
  test('1 for errors, or more warnings than --max-warnings', () => {
    const dir = tree({'a.txt': 'Hi Dana, your order shipped.', 'b.txt': 'Hi Dana, thanks! No.'})
    expect(cli(['b.txt'], {cwd: dir}).code).toBe(1)
    expect(cli(['--max-warnings', '0', 'a.txt'], {cwd: dir}).code).toBe(1)
    expect(cli(['--max-warnings', '1', 'a.txt'], {cwd: dir}).code).toBe(0)
  })
  test('--quiet reports errors only', () => {
    const dir = tree({'a.txt': 'Hi Dana, your order shipped. No.'})
    const {files, code} = json(['--quiet', 'a.txt'], {cwd: dir})
    expect(code).toBe(1)
    expect(files[0]!.messages.map((message) => message.ruleId)).toEqual(['banned-phrase'])
  })
  test('2 for usage errors', () => {
    const result = cli(['--format', 'sarf', '.'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unknown format `sarf`; did you mean `sarif`?')
    expect(cli(['--bogus']).code).toBe(2)
    expect(cli(['--max-warnings', 'many']).code).toBe(2)
  })
})

describe('bad input', () => {
  const dir = tree({
    'good.txt': 'Hi Dana, thanks! No.',
    'broken.json': '[\n  {"id": 1, "body": "Hi"\n  ,, }\n]',
    'broken.yaml': 'replies:\n  - title: A\n    body: "unterminated\n',
    'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
    'settings.json': '{"theme": "dark"}'
  })
  const {files, code, stderr} = json(['.', 'missing.txt'], {cwd: dir})

  test('exits 2, and still checks the good files', () => {
    expect(code).toBe(2)
    expect(summary(byName(files, 'good.txt'))).toEqual(['1:18 banned-phrase'])
    expect(stderr).toMatch(/file errors?/)
  })
  test('invalid JSON names the file, line and column', () => {
    const [message] = byName(files, 'broken.json').messages
    expect(message).toMatchObject({line: 3, column: 4, fatal: true, ruleId: 'parse-error'})
    expect(message!.reason).toMatch(/^Invalid JSON: /)
  })
  test('invalid YAML names the line', () => {
    const [message] = byName(files, 'broken.yaml').messages
    expect(message).toMatchObject({fatal: true, ruleId: 'parse-error'})
    expect(message!.line).toBeGreaterThanOrEqual(3)
  })
  test('a binary file is a file error', () => {
    expect(byName(files, 'photo.txt').messages[0]).toMatchObject({reason: 'Cannot check a binary file', fatal: true})
  })
  test('a missing file is a file error', () => {
    expect(byName(files, 'missing.txt').messages[0]!.fatal).toBe(true)
  })
  test('JSON that is not a collection is skipped with a note', () => {
    const [note] = byName(files, 'settings.json').messages
    expect(note).toMatchObject({ruleId: 'unknown-shape'})
    expect(note!.fatal).toBeUndefined()
  })
  test('a config with an unknown rule id says what was meant, and exits 2', () => {
    const configured = tree({'.replylintrc': '{"rules": {"require-thank": "off"}}', 'a.txt': 'Hi Dana, thanks!'})
    const result = cli(['a.txt'], {cwd: configured})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unknown rule `require-thank` in `options.rules`; did you mean `require-thanks`?')
  })
})

describe('config', () => {
  test('nearest config wins; YAML, JSON and package.json fields all work', () => {
    const dir = tree({
      'package.json': JSON.stringify({name: 'replies', replylint: {rules: {'require-thanks': 'error'}}}),
      'a.txt': 'Hi Dana, your order shipped.',
      'sub/.replylintrc.json': '{"rules": {"require-thanks": "off"}}',
      'sub/b.txt': 'Hi Dana, your order shipped.',
      'yml/.replylintrc.yml': 'rules:\n  require-thanks: warn\n',
      'yml/c.txt': 'Hi Dana, your order shipped.'
    })
    const {files} = json(['.'], {cwd: dir})
    expect(byName(files, 'a.txt').messages.map((message) => message.fatal)).toEqual([true])
    expect(byName(files, 'sub/b.txt').messages).toEqual([])
    expect(byName(files, 'yml/c.txt').messages.map((message) => message.fatal)).toEqual([false])
  })
  test('--config picks a config file', () => {
    const dir = tree({'strict.json': '{"rules": {"require-thanks": "error"}}', 'a.txt': 'Hi Dana, your order shipped.'})
    expect(json(['--config', 'strict.json', 'a.txt'], {cwd: dir}).files[0]!.messages[0]!.fatal).toBe(true)
  })
})

describe('markup', () => {
  test('Markdown skips code, inline code and quoted customer text', () => {
    const dir = tree({'a.md': 'Hi Dana,\n\nThanks! Run `no` here.\n\n```sh\necho No.\n```\n\n> No. I want a refund.\n'})
    expect(json(['a.md'], {cwd: dir}).files[0]!.messages).toEqual([])
  })
  test('inline comments disable, enable and ignore rules', () => {
    const dir = tree({
      'a.md':
        'Hi Dana, thanks!\n\n<!-- replylint-ignore banned-phrase -->\nNo.\n\nNope.\n\n<!-- replylint-disable banned-phrase -->\n\nNo.\n\n<!-- replylint-enable banned-phrase -->\n\nNah.\n',
      'b.html':
        '<p>Hi Dana, thanks!</p>\n<!-- replylint-disable banned-phrase -->\n<p>No.</p>\n<!-- replylint-enable banned-phrase -->\n<p>Nope.</p>\n'
    })
    const {files} = json(['.'], {cwd: dir})
    expect(summary(byName(files, 'a.md'))).toEqual(['6:1 banned-phrase', '14:1 banned-phrase'])
    expect(summary(byName(files, 'b.html'))).toEqual(['5:4 banned-phrase'])
  })
})

describe('line endings and byte order marks', () => {
  test('CRLF files and a UTF-8 BOM keep exact positions', () => {
    const dir = tree({
      'a.txt': 'Dear Customer,\r\n\r\nNo, we cannot.\r\n\r\nBest,\r\nSam\r\n',
      'b.json': '\uFEFF[{"id": "bom", "body": "Hi Dana, thanks! Nope."}]',
      'c.yaml': '- title: T\r\n  response: |\r\n    Dear Customer,\r\n    Nope.\r\n'
    })
    const {files} = json(['.'], {cwd: dir})
    expect(summary(byName(files, 'a.txt'))).toEqual([
      '1:1 require-customer-name',
      '3:1 banned-phrase',
      '5:1 require-thanks'
    ])
    // The mark is not text: columns count from the first character an editor shows.
    expect(summary(byName(files, 'b.json'))).toEqual(['1:42 banned-phrase'])
    expect(summary(byName(files, 'c.yaml'))).toEqual([
      '3:5 require-customer-name',
      '4:5 banned-phrase',
      '4:11 require-thanks'
    ])
  })
  test('reads the reply fields of other help desks: Freshdesk content_html, Help Scout text', () => {
    const body = [
      {id: 3, title: 'Fresh', content_html: '<p>Dear Customer,</p><p>Nope.</p>'},
      {id: 4, name: 'Saved', text: 'Hi Dana, thanks! No can do.'}
    ]
    const {files} = json(['r.json'], {cwd: tree({'r.json': JSON.stringify(body)})})
    expect(
      files[0]!.messages.map(
        (message) => `${message.ruleId} ${message.actual}: ${message.reason.replace(/^.*\(in /, '(in ')}`
      )
    ).toEqual([
      'require-customer-name Dear Customer: (in “Fresh” (#3))',
      'banned-phrase Nope: (in “Fresh” (#3))',
      'require-thanks : (in “Fresh” (#3))',
      'banned-phrase No can do: (in “Saved” (#4))'
    ])
  })
  test('character references, escapes, CRLF HTML and indented lines keep exact spans', () => {
    const files = {
      'a.html':
        '<p>Hi Dana,</p>\r\n<p>We checked.\r\nThere&rsquo;s nothing we can do&nbsp;now. Sorry about that&#33;</p>\r\n<p>Thanks,<br>Sam</p>\r\n',
      'b.md':
        'Hi Dana,\n\n- We checked \\*twice\\* &amp; then\n  there&#39;s nothing we can do. Sorry about that!\n\nThanks,\nSam\n',
      'c.json': JSON.stringify([
        {
          id: 'h',
          format: 'html',
          body: '<p>Hi Dana, thanks.</p><p>There&rsquo;s nothing we can do. Sorry about that&#33;</p>'
        }
      ])
    }
    const {files: reports} = json(['.'], {cwd: tree(files)})
    for (const [name, text] of Object.entries(files)) {
      const lines = text.split('\n')
      const spans = byName(reports, name).messages.map((message) => {
        const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
        expect(place.start.line, `${name}: ${message.reason}`).toBe(place.end.line)
        return lines[place.start.line - 1]!.slice(place.start.column - 1, place.end.column - 1)
      })
      expect(spans, name).toEqual(
        name === 'b.md'
          ? ['there&#39;s nothing we can do', 'Sorry about that']
          : ['There&rsquo;s nothing we can do', 'Sorry about that']
      )
    }
  })
  test('an invalid JSON file says what is wrong in words', () => {
    const {files} = json(['a.json'], {cwd: tree({'a.json': '[{"id": 1, "body": "x",}]'})})
    expect(files[0]!.messages[0]).toMatchObject({
      reason: 'Invalid JSON: expected a property name in double quotes',
      line: 1,
      column: 24
    })
  })
})

describe('stdin', () => {
  test('checks one reply from standard input', () => {
    const result = json(['--stdin'], {input: 'Dear Customer, no.'})
    expect(result.code).toBe(1)
    expect(result.files[0]!.messages.map((message) => message.ruleId)).toEqual([
      'require-customer-name',
      'banned-phrase',
      'require-thanks'
    ])
  })
  test('--stdin-filename picks the format', () => {
    const result = json(['-', '--stdin-filename', 'reply.md'], {input: 'Hi Dana, thanks!\n\n```\nNo.\n```\n'})
    expect(result.files[0]!.messages).toEqual([])
  })
})

describe('--fix', () => {
  test('fixes safe findings only, keeps files valid and modes, and is idempotent', () => {
    const dir = copyOf('fixtures/canned')
    const yamlPath = path.join(dir, 'helpdesk/osticket-premade.yaml')
    fs.chmodSync(yamlPath, 0o640)
    const before = snapshot(dir)

    const first = cli(['--fix', '.'], {cwd: dir})
    expect(first.stderr).toMatch(/, 6 fixed\n$/)
    const after = snapshot(dir)
    const changed = Object.keys(before)
      .filter((name) => before[name] !== after[name])
      .sort()
    expect(changed).toEqual([
      'email/refund-denied.txt',
      'email/shipping-delay.txt',
      'helpdesk/osticket-premade.yaml',
      'helpdesk/zendesk-macros.json',
      'saved-replies.md',
      'web/contact-received.html'
    ])
    expect(after['email/shipping-delay.txt']).toBe(
      before['email/shipping-delay.txt']!.replace('ASAP', 'within one business day')
    )
    expect(after['email/refund-denied.txt']).toBe(
      before['email/refund-denied.txt']!.replace('Dear Customer', 'Dear {{ticket.requester.first_name}}')
    )
    // Refusals are never rewritten without a human.
    expect(after['email/refund-denied.txt']).toContain("No, we can't refund")
    expect(() => JSON.parse(after['helpdesk/zendesk-macros.json']!)).not.toThrow()
    expect(parseYaml(after['helpdesk/osticket-premade.yaml']!)[1].response).toMatch(
      /^Dear \{\{ticket\.requester\.first_name\}\},\n<br>/
    )
    expect(fs.statSync(yamlPath).mode & 0o777).toBe(0o640)
    expect(fs.readdirSync(path.join(dir, 'helpdesk')).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const second = cli(['--fix', '.'], {cwd: dir})
    expect(second.stderr).toMatch(/, 0 fixed\n$/)
    expect(snapshot(dir)).toEqual(after)
  })

  test('a fix skipped for overlapping another stays in the report', () => {
    const dir = tree({
      '.replylintrc.json': JSON.stringify({
        namePlaceholder: '{{first_name}}',
        bannedPhrases: [{id: 'valued', phrases: ['valued customer'], suggestions: ['friend'], safe: true}]
      }),
      'a.txt': 'Dear valued customer, thanks for writing!'
    })
    const {files} = json(['--fix', 'a.txt'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Dear {{first_name}}, thanks for writing!')
    expect(files[0]!.messages.map((message) => message.ruleId)).toEqual(['banned-phrase'])
  })

  test('inserts with the right indentation in a YAML block scalar', () => {
    const dir = tree({
      '.replylintrc.json': JSON.stringify({namePlaceholder: '%{ticket.name.first}'}),
      'r.yaml': '- title: T\n  response: |\n    Thanks for writing in.\n    We fixed it.\n'
    })
    cli(['--fix', '.'], {cwd: dir})
    const fixed = fs.readFileSync(path.join(dir, 'r.yaml'), 'utf8')
    expect(parseYaml(fixed)[0].response).toBe('Hi %{ticket.name.first},\n\nThanks for writing in.\nWe fixed it.\n')
  })
})

function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    result[path.relative(dir, full)] = fs.readFileSync(full, 'utf8')
  }
  return result
}
