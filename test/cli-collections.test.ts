// A collection is read an item at a time (issue 13): an export's list of
// responses is located when the file is read, and each item parsed when its
// reply is checked, so a 100,000-reply export is never held as a tree.
import {describe, expect, test} from 'vitest'
import {parseJsonCollection, replySources} from '../src/cli/collections.js'
import {cli, tree} from './helpers/cli.js'
import {exportOf} from './helpers/exports.js'

describe('a collection is read an item at a time', () => {
  test('its list is located, not built, and its items are read as the replies are asked for', () => {
    const root = parseJsonCollection(exportOf(3))
    expect(root.kind === 'object' && root.entries.get('macros')?.kind).toBe('list')
    const names = [...replySources(root, 'json')!].map((reply) => reply.name)
    expect(names).toEqual(['“Macro 0” (#0)', '“Macro 1” (#1)', '“Macro 2” (#2)'])
  })

  test('an error inside any item is found before a reply is checked, at its place', () => {
    const items = Array.from({length: 50}, (_, index) => `{"id": ${index}, "body": "Hi Dana, thanks."}`)
    items[40] = '{"id": 40, "body": "No.", "body": "Hi."}'
    items[45] = '{"id": 45, "body": "Hi Dana" "x"}'
    const dir = tree({
      'a.json': `{"macros": [\n${items.join(',\n')}\n]}`,
      'b.json': `[\n${items.slice(0, 44).join(',\n')}\n]`
    })
    const run = JSON.parse(cli(['--format', 'json', '.'], {cwd: dir}).stdout) as Array<{
      messages: Array<{line: number; column: number; reason: string}>
    }>
    expect(
      run.map((file) => file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`))
    ).toEqual([['42:27 Invalid JSON: duplicate key "body"'], ['42:27 Invalid JSON: duplicate key "body"']])
  })
})
