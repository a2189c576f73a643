// One build for the three runtimes; every one of them resolves @shared the same way.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

const alias = { '@shared': resolve(__dirname, 'shared') }

/** The dev server needs React's inline refresh preamble and a websocket; builds keep the strict CSP. */
function devCsp(): Plugin {
  return {
    name: 'org-workbench-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*")
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: { rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } } }
  },
  preload: {
    resolve: { alias },
    build: { rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } } }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    resolve: {
      alias: [
        { find: '@shared', replacement: alias['@shared'] },
        // The English model loads on demand, in its own chunk (renderer/src/rules/english-model.ts).
        { find: /^wink-eng-lite-web-model$/, replacement: resolve(__dirname, 'renderer/src/rules/deferred-english-model.ts') },
        // Yjs writes its many short strings through a faster writer (shared/doc/lib0-encoding.ts).
        { find: /^lib0\/encoding$/, replacement: resolve(__dirname, 'shared/doc/lib0-encoding.ts') }
      ]
    },
    plugins: [react(), devCsp()],
    // electron-vite leaves the renderer unminified; minified, the window has half the script to parse on every start.
    build: { minify: true, rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } } }
  }
})
