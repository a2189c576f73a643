// The packaged app: installers for the three desktop systems, and fuses that lock the
// Electron binary down. This reads the configuration itself, so a fuse or target that
// goes missing fails here, on machines that cannot build installers too.

import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
import { locateElectron } from '../../../scripts/electron-binary'

const ROOT = resolve(__dirname, '../../..')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(resolve(ROOT, 'electron-builder.config.cjs'))
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FUSES, fuseConfig } = require(resolve(ROOT, 'build/fuses.cjs'))

describe('installers', () => {
  it('are built for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg) from the built app only', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.asar).toBe(true)
    expect(config.files).toContain('out/**/*')
    expect(config.files.some((f: string) => /^(src|shared|electron|renderer|tests)\b/.test(f))).toBe(false)
  })

  it('run the fuse hook after packing, and npm run dist uses this configuration', () => {
    expect(config.afterPack).toBe('./build/after-pack.cjs')
    expect(readFileSync(resolve(ROOT, 'build/after-pack.cjs'), 'utf8')).toMatch(/flipFuses\(/)
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'))
    expect(pkg.scripts.dist).toBe('tsx scripts/dist.ts')
    expect(readFileSync(resolve(ROOT, 'scripts/dist.ts'), 'utf8')).toContain("'--config', 'electron-builder.config.cjs'")
  })
})

describe('fuses', () => {
  const REQUIRED: Readonly<Record<string, boolean>> = {
    RunAsNode: false,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: false,
    EnableCookieEncryption: true,
    OnlyLoadAppFromAsar: true,
    EnableEmbeddedAsarIntegrityValidation: true
  }

  it.each(Object.entries(REQUIRED))('%s is set to %s', (name, value) => {
    expect(FUSES[name]).toBe(value)
    const wire = fuseConfig()
    expect(wire.version).toBe(FuseVersion.V1)
    expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]]).toBe(value)
  })

  it('names only fuses that @electron/fuses knows', () => {
    for (const name of Object.keys(FUSES)) expect(FuseV1Options).toHaveProperty(name)
  })
})

describe('npm run dist where the Electron binary cannot be downloaded', () => {
  const located = locateElectron()
  it.skipIf('path' in located)('stops at once with exit status 2 and says why and where to build instead', () => {
    const run = spawnSync(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/dist.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ELECTRON_EXEC_PATH: '' } })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^dist: cannot build installers here: the Electron binary was never downloaded .*Installers must be built on a machine that can download the Electron binary/)
  })

  it('finds no binary where ELECTRON_EXEC_PATH points nowhere', () => {
    expect(locateElectron({ ELECTRON_EXEC_PATH: '/nonexistent/electron' })).toEqual({ reason: expect.stringMatching(/does not exist/) })
    expect(locateElectron({}, () => { throw new Error('not installed') })).toEqual({ reason: expect.stringMatching(/not installed/) })
  })
})
