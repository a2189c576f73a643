// Lint keeps the layers apart: shared/ is plain TypeScript (no DOM, Node, Electron,
// React or Dexie), the renderer never touches Node or Electron, and raw IPC lives
// only in the preload and in main's one typed handler module.

import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'http', 'https', 'net', 'worker_threads']
const nodePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)]

export default tseslint.config(
  { ignores: ['.tmp*', 'out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }]
    }
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodePatterns, message: 'shared/ is plain TypeScript: no Node modules.' },
          { group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'dexie', 'dexie-*', '@xyflow/*', 'zustand', 'zustand/*'], message: 'shared/ must not depend on Electron, React, Dexie or the canvas.' },
          { group: ['../renderer/*', '../../renderer/*', '../electron/*', '../../electron/*'], message: 'shared/ must not import from the app layers.' }
        ]
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'localStorage', 'indexedDB', 'navigator']
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodePatterns, message: 'The renderer runs in a browser: no Node modules.' },
          { group: ['electron', 'electron/*'], message: 'Reach the desktop through renderer/src/platform/bridge.ts only.' }
        ]
      }]
    }
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts', '*.ts', '*.mts', '*.mjs'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    // Packaging configuration and hooks are CommonJS, as electron-builder loads them.
    files: ['*.cjs', 'build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/preload/**', 'electron/main/ipc.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='ipcMain'][property.name=/^(handle|on|once)$/]",
        message: 'Register IPC handlers only through the typed helper in electron/main/ipc.ts.'
      }]
    }
  }
)
