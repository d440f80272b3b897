// A real third-party client: headless Neovim (Debian's neovim, 0.7) with its
// built-in LSP client, attached to the built server. `.ci/run` installs it.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'
import {root, tree} from './helpers/cli.js'
import {serverBin} from './helpers/lsp.js'

const hasNeovim = spawnSync('nvim', ['--version'], {encoding: 'utf8'}).status === 0

test('Neovim shows the diagnostics and the hover, and applies a quick fix', () => {
  if (!hasNeovim) throw new Error('Neovim is not installed: `apt-get install -y neovim` (.ci/run does this)')
  const folder = tree({
    '.replylintrc.yml': 'rules:\n  require-customer-name: "off"\n',
    'refund.md': '> No, we can’t refund it?\n\nHi there,\n\nNo, we can’t refund that order.\n\nBest regards,\nSam\n'
  })
  const out = path.join(folder, 'result.json')
  const run = spawnSync(
    'nvim',
    ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(root, 'test/neovim/attach.lua')}`],
    {
      cwd: folder,
      encoding: 'utf8',
      timeout: 60_000,
      env: {...process.env, REPLY_FILE: path.join(folder, 'refund.md'), REPLYLINT_SERVER: serverBin, RESULT_FILE: out}
    }
  )
  expect(fs.existsSync(out), `nvim wrote nothing: ${run.stderr} ${run.stdout}`).toBe(true)
  const result = JSON.parse(fs.readFileSync(out, 'utf8'))
  expect(result.error).toBeUndefined()
  // The quoted customer line (line 1) is skipped; the agent's refusal is not; the config turns the name rule off.
  expect(result.before).toEqual([
    {
      lnum: 4,
      col: 0,
      end_lnum: 4,
      end_col: 2,
      severity: 1,
      code: 'banned-phrase',
      href: 'https://github.com/replylint/replylint/blob/main/rules/banned-phrase.md',
      message: 'Unexpected refusal `No`, say what you can do instead'
    },
    {
      lnum: 6,
      col: 0,
      end_lnum: 6,
      end_col: 0,
      severity: 2,
      code: 'require-thanks',
      href: 'https://github.com/replylint/replylint/blob/main/rules/require-thanks.md',
      message: 'Expected a thank-you before the sign-off, such as `Thank you for reaching out to us.`'
    }
  ])
  expect(result.hover).toContain('**Unexpected refusal `No`, say what you can do instead** (replylint `banned-phrase`)')
  expect(result.hover).toMatch(/- Here's what (I|we) can do instead: \S/)
  expect(result.actions).toEqual([
    'Insert `Thank you for reaching out to us.`',
    'Insert `Thanks for your patience while we looked into this.`',
    'Insert `We appreciate you taking the time to let us know.`',
    'Disable require-thanks for this file'
  ])
  expect(result.text).toBe(
    '> No, we can’t refund it?\n\nHi there,\n\nNo, we can’t refund that order.\n\nThank you for reaching out to us.\n\nBest regards,\nSam'
  )
  expect(result.after.map((d: {code: string}) => d.code)).toEqual(['banned-phrase'])
  fs.rmSync(folder, {recursive: true, force: true})
})
