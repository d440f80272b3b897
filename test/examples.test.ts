// Every rule's examples in rules/*.yml run as tests: the same examples render
// into the rule's docs page, as ESLint's RuleTester and docs share theirs.
import fs from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {checkReply, ruleIds, type CheckOptions} from 'replylint'

interface Example {
  text: string
  options?: CheckOptions
  actual?: string[]
}

for (const id of ruleIds) {
  const data = parse(fs.readFileSync(new URL(`../rules/${id}.yml`, import.meta.url), 'utf8'))
  // Each rule's examples run with the rule on, also where it ships `off`.
  const normal = (example: string | Example): Example => {
    const {text, options, actual} =
      typeof example === 'string' ? {text: example, options: undefined, actual: undefined} : example
    return {text, options: {...options, rules: {[id]: 'error', ...options?.rules}}, ...(actual ? {actual} : {})}
  }

  describe(`${id} examples`, () => {
    for (const example of data.examples.valid.map(normal)) {
      test(`valid: ${JSON.stringify(example.text)}`, () => {
        const found = checkReply(example.text, example.options).messages.filter((message) => message.ruleId === id)
        expect(found.map((message) => message.reason)).toEqual([])
      })
    }
    for (const example of data.examples.invalid.map(normal)) {
      test(`invalid: ${JSON.stringify(example.text)}`, () => {
        const found = checkReply(example.text, example.options).messages.filter((message) => message.ruleId === id)
        expect(found.length).toBeGreaterThan(0)
        if (example.actual) expect(found.map((message) => message.actual)).toEqual(example.actual)
        for (const message of found) {
          expect(message.expected?.length).toBeGreaterThan(0)
          expect(message.source).toBe('replylint')
          expect(message.url).toMatch(new RegExp(`/rules/${id}\\.md$`))
        }
      })
    }
  })
}
