// One lint setup for the whole project: typescript-eslint's recommended rules, React hooks rules,
// and the project's own guards (no HTML sinks for ticket text; the engine stays pure).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const htmlSinks = ['innerHTML', 'outerHTML'].map((property) => ({
  property,
  message: 'Ticket text must be rendered as text: use textContent or React.',
}));

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-properties': ['error', ...htmlSinks.map((s) => ({ object: undefined, ...s }))],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No HTML sinks.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML sinks.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests play the helpdesk app itself (which renders HTML) and compare its DOM byte for byte.
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The policy engine runs in the CLI, the content script and the panel: no DOM, no browser, no Node.
    files: ['policy/**/*.ts'],
    ignores: ['policy/cli/**', 'policy/**/*.node.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'wxt/*', 'wxt', 'webextension-polyfill', 'react', 'react-dom'] },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'chrome',
        'browser',
        'navigator',
        'process',
      ],
    },
  },
);
