import replylintCheck from './check.js'
import {configTransform, settingsOf} from './config.js'
import {extensions} from './document.js'

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
