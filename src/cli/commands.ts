// The CLI's commands that check nothing: --list-rules, --init, --print-config.
import fs from 'node:fs'
import path from 'node:path'
import {ruleData as rules} from '../generated/rules.js'
import {ruleIds} from '../options.js'
import {docsUrl} from '../rules/data.js'
import type {RuleId, Severity} from '../types.js'
import {createConfigFinder} from './config-files.js'
import {optionsFor} from './config.js'

const ruleData: Partial<Record<RuleId, {description: string; severity: string}>> = Object.fromEntries(
  rules.map((rule) => [rule.id, rule])
)

export function listRules(): string {
  const width = Math.max(...ruleIds.map((id) => id.length))
  return ruleIds
    .map(
      (id) =>
        `${id.padEnd(width)}  ${String(ruleData[id]?.severity ?? 'error').padEnd(5)}  ${ruleData[id]?.description ?? ''}\n${' '.repeat(width + 9)}${docsUrl(id)}`
    )
    .join('\n')
}

export const initName = '.replylintrc.json'

/** A starter config: every rule at its default, a name placeholder to fill in, an override example. */
export function init(cwd: string): {path: string; created: boolean} {
  const target = path.join(cwd, initName)
  const existing = fs.readdirSync(cwd).find((name) => name.startsWith('.replylintrc'))
  if (existing) return {path: path.join(cwd, existing), created: false}
  const rules = Object.fromEntries(ruleIds.map((id) => [id, ruleData[id]?.severity ?? 'error']))
  const config = {
    rules,
    namePlaceholder: '{{ticket.requester.first_name}}',
    overrides: [{files: ['drafts/**'], rules: {'require-thanks': 'off'}}]
  }
  fs.writeFileSync(target, JSON.stringify(config, null, 2) + '\n', {flag: 'wx'})
  return {path: target, created: true}
}

/** The options that apply to `file`: its config, the overrides that match it, the CLI's `--rule`s. */
export async function printConfig(
  cwd: string,
  config: string | undefined,
  file: string,
  rules: Partial<Record<RuleId, Severity>>
): Promise<string> {
  const absolute = path.resolve(cwd, file)
  const settings = await createConfigFinder({cwd, config})(absolute)
  const {options} = optionsFor(settings, absolute)
  const defaults = Object.fromEntries(ruleIds.map((id) => [id, ruleData[id]?.severity ?? 'error']))
  return JSON.stringify({...options, rules: {...defaults, ...options.rules, ...rules}}, null, 2)
}
