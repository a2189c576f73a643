// Where the Electron binary is, found without require('electron') (which would try to
// download it). Installers can only be built where the binary exists.

import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export function locateElectron(env: NodeJS.ProcessEnv = process.env, resolvePackage = () => require.resolve('electron/package.json')): { path: string } | { reason: string } {
  const override = env.ELECTRON_EXEC_PATH
  if (override) return existsSync(override) ? { path: override } : { reason: `ELECTRON_EXEC_PATH points to ${override}, which does not exist` }
  let pkgDir: string
  try {
    pkgDir = dirname(resolvePackage())
  } catch {
    return { reason: 'the electron package is not installed (run npm install)' }
  }
  const pathFile = join(pkgDir, 'path.txt')
  if (!existsSync(pathFile)) return { reason: `the Electron binary was never downloaded (${pathFile} is missing; npm downloads it on first use where the network allows)` }
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? { path: binary } : { reason: `the Electron binary ${binary} is missing` }
}
