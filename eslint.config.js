import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What the per-frame sensor must never load: it is injected into every portal frame and stays under 8 KB gzipped. */
const SENSOR_IMPORTS = {
  paths: [{ name: 'zod', message: 'utils/sensor/ is injected into every portal frame: no zod there (8 KB budget).' }],
  patterns: [
    { group: ['zod/*'], message: 'utils/sensor/ is injected into every portal frame: no zod there (8 KB budget).' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'utils/sensor/ is injected into every portal frame: no React there.' },
    {
      regex: '(^|/)(messages|schemas)$',
      allowTypeImports: true,
      message: 'utils/sensor/ may import only types from the contract and the schemas (`import type`): their values bring zod.',
    },
  ],
};

/**
 * What shipped code never does (SECURITY.md, "Extension hygiene"), as lint rules rather than text
 * scans: they see `console['log']`, `const c = console` and `window.console` alike.
 * tests/unit/security-source.test.ts checks that every shipped file gets them and that they catch each form.
 */
const NEVER_IN_SHIPPED_CODE = {
  // The secret cannot end up in a log by accident: no console, under any name.
  'no-console': 'error',
  'no-restricted-globals': ['error', { name: 'console', message: 'Shipped code never logs (SECURITY.md).' }],
  'no-restricted-properties': [
    'error',
    ...['globalThis', 'window', 'self'].map((object) => ({ object, property: 'console', message: 'Shipped code never logs (SECURITY.md).' })),
    { object: 'document', property: 'write', message: 'No HTML from strings.' },
    { object: 'document', property: 'writeln', message: 'No HTML from strings.' },
  ],
  // No strings evaluated as code.
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-syntax': [
    'error',
    { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]', message: 'No HTML from strings.' },
    {
      selector: 'AssignmentExpression > MemberExpression.left[computed=true][property.value=/^(innerHTML|outerHTML)$/]',
      message: 'No HTML from strings.',
    },
    { selector: 'CallExpression > MemberExpression.callee[property.name=/^(insertAdjacentHTML|createContextualFragment)$/]', message: 'No HTML from strings.' },
    { selector: 'NewExpression[callee.name="DOMParser"]', message: 'No HTML from strings.' },
    { selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: 'No HTML from strings.' },
    { selector: 'CallExpression[callee.name="Function"]', message: 'No strings evaluated as code.' },
    // No remote code: every script is a file in the package.
    { selector: 'ImportExpression[source.value=/^(https?:|\\x2F\\x2F)/]', message: 'No remote code.' },
    { selector: 'CallExpression[callee.name="importScripts"]', message: 'No remote code.' },
    // storage.session stays closed to content scripts.
    { selector: 'Literal[value=/UNTRUSTED_CONTEXTS/]', message: 'storage.session stays TRUSTED_CONTEXTS (SECURITY.md).' },
  ],
};

export default tseslint.config(
  {
    ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'demo-screenshots/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Type-only imports are erased: the sensor's `import type` of the contract must never bring zod along.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // Type-aware rules: promises that are forgotten or handed where none is expected, and casts that change nothing.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['utils/**', 'entrypoints/**', 'components/**'],
    rules: NEVER_IN_SHIPPED_CODE,
  },
  {
    files: ['utils/sensor/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', SENSOR_IMPORTS] },
  },
  {
    files: ['components/**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
