import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  // Property tests and whole-chart layouts take seconds on a shared 2-core machine; the limit
  // only stops a hung test, it is not a speed check (speed is measured in `npm run bench`).
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 }
})
