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
    // Shipped code never logs: the secret cannot end up in a console by accident.
    files: ['utils/**', 'entrypoints/**', 'components/**'],
    rules: { 'no-console': 'error' },
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
