// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import sdl from '@microsoft/eslint-plugin-sdl';
import globals from 'globals';

/**
 * The layer map: each folder may import only what is listed here.
 * Every rule carries a message that says where the code belongs instead.
 */
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'crypto'];

const layers = [
  {
    files: ['src-main/core/**/*.ts'],
    patterns: [
      {
        group: nodeBuiltins,
        message:
          'core is pure: no Node APIs. Declare a port in core and implement it in src-main/workspace.',
      },
      {
        group: ['electron'],
        message:
          'core must not import electron: put platform code in src-main/electron and pass it in.',
      },
      {
        group: [
          '**/contract/**',
          '**/workspace/**',
          '**/services/**',
          '**/electron/**',
          '**/cli/**',
          '**/server/**',
          '**/src-renderer/**',
        ],
        message: 'core imports only core: it is the innermost layer.',
      },
    ],
  },
  {
    files: ['src-main/contract/**/*.ts'],
    patterns: [
      {
        group: [...nodeBuiltins, 'electron'],
        message: 'the contract is shared with the renderer: no Node or Electron APIs.',
      },
      {
        group: [
          '**/workspace/**',
          '**/services/**',
          '**/electron/**',
          '**/cli/**',
          '**/server/**',
          '**/src-renderer/**',
        ],
        message: 'the contract may import only core.',
      },
    ],
  },
  {
    files: ['src-main/workspace/**/*.ts'],
    patterns: [
      {
        group: ['electron'],
        message: 'workspace is plain Node: Electron code belongs in src-main/electron.',
      },
      {
        group: [
          '**/contract/**',
          '**/services/**',
          '**/electron/**',
          '**/cli/**',
          '**/server/**',
          '**/src-renderer/**',
        ],
        message: 'workspace may import only core (it implements core ports).',
      },
    ],
  },
  {
    files: ['src-main/services/**/*.ts'],
    patterns: [
      {
        group: ['electron'],
        message: 'services run in the CLI and browser host too: no Electron here.',
      },
      {
        group: ['**/electron/**', '**/cli/**', '**/server/**', '**/src-renderer/**'],
        message: 'services may import core, contract and workspace only.',
      },
    ],
  },
  {
    files: ['src-main/server/**/*.ts'],
    patterns: [
      { group: ['electron'], message: 'the browser host runs without Electron.' },
      {
        group: ['**/electron/**', '**/cli/**', '**/src-renderer/**'],
        message: 'the browser host may import core, contract, workspace and services only.',
      },
    ],
  },
  {
    files: ['src-main/cli/**/*.ts'],
    patterns: [
      { group: ['electron'], message: 'the CLI runs without Electron.' },
      {
        group: ['**/electron/**', '**/src-renderer/**'],
        message: 'the CLI may import core, contract, workspace, services and server.',
      },
    ],
  },
  {
    files: ['src-main/electron/**/*.ts'],
    patterns: [
      {
        group: ['**/cli/**', '**/server/**', '**/src-renderer/**'],
        message:
          'the Electron shell wires services to IPC; it does not use the CLI, the browser host or renderer code.',
      },
    ],
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    patterns: [
      {
        group: [...nodeBuiltins, 'electron'],
        message:
          'the renderer never touches Node or Electron: go through the bridge (src-renderer/bridge).',
      },
      {
        group: ['**/workspace/**', '**/services/**', '**/electron/**', '**/cli/**', '**/server/**'],
        message:
          'the renderer may import core and contract only; everything else is reached through the bridge.',
      },
    ],
  },
  {
    files: ['e2e/**/*.ts'],
    patterns: [
      {
        group: ['**/src-main/**', '**/src-renderer/**'],
        message: 'e2e specs drive the app from outside: never import from src-*.',
      },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      '.parley-tmp/**',
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'docs/schema/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Microsoft SDL: DOM sinks (innerHTML, document.write, jQuery-style html(), postMessage to
  // "*", http: URLs, eval), Electron's nodeIntegration, React's dangerouslySetInnerHTML and
  // target=_blank, Node's deprecated and unsafe buffer APIs.
  ...sdl.configs.common,
  ...sdl.configs.electron,
  ...sdl.configs.react,
  ...sdl.configs.node,
  {
    rules: {
      '@microsoft/sdl/no-insecure-url': [
        'error',
        {
          exceptions: [
            // The plugin's own defaults (XML namespaces, localhost), which options replace.
            ...sdl.rules['no-insecure-url'].defaultExceptions.map((pattern) => pattern.source),
            // The browser host listens on the loopback interface only; nothing leaves the machine.
            '^http://127\\.0\\.0\\.1(:|/|$)',
            // JSON-LD @context identifiers (W3C Web Annotation): names, never fetched.
            '^http://www\\.w3\\.org/ns/',
          ],
        },
      ],
    },
  },
  {
    // These tests feed http: URLs (links, a foreign Origin) on purpose, to check they are refused.
    files: [
      'src-main/electron/isAllowedExternalUrl.test.ts',
      'src-main/electron/navigationGuard.test.ts',
      'src-main/server/browserHost.test.ts',
    ],
    rules: { '@microsoft/sdl/no-insecure-url': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text renders as text, never as HTML.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'User text renders as text, never as HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'User text renders as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...layers.map(({ files, patterns }) => ({
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    // Tests sit beside the code they test but may read fixtures from disk.
    files: [
      'src-main/core/**/*.test.ts',
      'src-main/contract/**/*.test.ts',
      'src-renderer/**/*.test.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'core and renderer tests never need electron.' },
          ],
        },
      ],
    },
  },
);
