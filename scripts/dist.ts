// `npm run dist`: builds the app and its installers (electron-builder.config.cjs). The
// installers wrap the Electron binary, so where it cannot be downloaded this stops at
// once with the reason instead of trying.

import { spawnSync } from 'node:child_process'
import { locateElectron } from './electron-binary'

const located = locateElectron()
if ('reason' in located) {
  process.stderr.write(
    `dist: cannot build installers here: ${located.reason}. Installers must be built on a machine that can download the Electron binary: run npm install there (with network access), then npm run dist.\n`
  )
  process.exit(2)
}

for (const [command, args] of [
  ['npx', ['electron-vite', 'build']],
  ['npx', ['electron-builder', '--config', 'electron-builder.config.cjs', ...process.argv.slice(2)]]
] as const) {
  const run = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' })
  if (run.status !== 0) {
    process.stderr.write(`dist: "${command} ${args.join(' ')}" failed (exit ${run.status ?? run.signal}). Nothing more was built.\n`)
    process.exit(2)
  }
}
