// Type-aware lint for every folder of code we own. Generated and built files
// are not ours to lint; fixtures are data.
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/dist/',
      'coverage/',
      '**/node_modules/',
      'src/generated/',
      '**/*.d.ts',
      'playground/dist/',
      '.vscode-test/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: {...globals.node},
      // One program per tsconfig: the browser code is typed with the DOM, the rest with Node.
      parserOptions: {
        project: [
          './tsconfig.json',
          './tsconfig.browser.json',
          './tsconfig.browser-tests.json',
          './editors/vscode/tsconfig.json'
        ],
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const {customerName, ...rest} = options` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true}
      ],
      // A catch that ignores a failure says so in a comment or not at all (a best-effort cleanup).
      'no-empty': ['error', {allowEmptyCatch: true}]
    }
  },
  {
    // CommonJS on purpose: a preload for `node -r`, the stubbed `vscode` module.
    files: ['**/*.cjs'],
    languageOptions: {globals: {...globals.node, ...globals.commonjs}},
    rules: {'@typescript-eslint/no-require-imports': 'off'}
  },
  {
    // Code that runs in a page.
    files: ['src/browser/**', 'playground/src/**', 'integrations/zendesk/src/**', 'test/helpers/fake-zaf.js'],
    languageOptions: {globals: {...globals.browser}}
  },
  {
    // Plain JavaScript (scripts, bench, bundled entries) has no types to check.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    // Tests and the bench read JSON that child processes print and YAML that
    // people write: `any` at that boundary is the honest type, and the
    // assertions that follow are the check.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off'
    }
  }
)
