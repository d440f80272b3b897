import replylintCheck from './check.js'
import {settingsOf, type CheckSettings} from './config.js'
import {extensions} from './formats.js'

/**
 * unified-engine `configTransform`: check a `.replylintrc` (or `replylint`
 * field) and turn it into the plugin that checks files. A mistake is an error
 * naming the config file, so the CLI can exit 2 instead of checking less.
 */
export function configTransform(
  config: unknown,
  filePath: string
): {plugins: Array<[typeof replylintCheck, CheckSettings]>} {
  return {plugins: [[replylintCheck, settingsOf(config, filePath)]]}
}

// Files that are never canned responses, even in a folder of them.
export const ignorePatterns = [
  'node_modules/',
  'package.json',
  'package-lock.json',
  'tsconfig*.json',
  '.replylintrc*',
  '.git/'
]

/**
 * How unified-engine finds a file's config and ignore files: one object for
 * the CLI and the language server, so that an editor and CI read the same
 * `.replylintrc*`, `replylint` field, overrides and `.replylintignore`.
 */
export const discovery = {
  extensions,
  ignoreName: '.replylintignore',
  ignorePatterns,
  rcName: '.replylintrc',
  packageField: 'replylint',
  detectConfig: true,
  configTransform: configTransform as never,
  defaultConfig: {plugins: [[replylintCheck, settingsOf({}, undefined)]]} as never
}
