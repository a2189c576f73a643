import * as fs from 'node:fs/promises'
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile, chmod } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, type AtomicWriteFs } from '../../../electron/main/atomic-write'

/** Root (as in CI containers) and Windows ignore folder permissions, so the real read-only case cannot be set up there. */
function readOnlyFoldersUntestable(): boolean {
  const untestable = process.platform === 'win32' || process.getuid?.() === 0
  if (untestable) console.log('Skipping the read-only folder test: this user can write to read-only folders (root or Windows); the simulated write failures above still run.')
  return untestable
}

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'atomic-write-'))
})
afterEach(async () => {
  await chmod(folder, 0o700).catch(() => undefined)
  await rm(folder, { recursive: true, force: true })
})

function failing(step: 'rename' | 'open', code: string): AtomicWriteFs {
  const error = Object.assign(new Error(`${step} failed`), { code })
  return { ...fs, [step]: async () => Promise.reject(error) }
}

describe('atomic write', () => {
  it('creates a new file and replaces an existing one', async () => {
    const target = join(folder, 'Plan.orgchart.json')
    await writeFileAtomic(target, 'first')
    expect(await readFile(target, 'utf8')).toBe('first')
    await writeFileAtomic(target, new Uint8Array([104, 105]))
    expect(await readFile(target, 'utf8')).toBe('hi')
    expect(await readdir(folder)).toEqual(['Plan.orgchart.json'])
  })

  it('leaves the old file intact and no temporary file behind when the final rename fails', async () => {
    const target = join(folder, 'Plan.orgchart.json')
    await writeFile(target, 'old content')
    await expect(writeFileAtomic(target, 'new content', failing('rename', 'EACCES'))).rejects.toMatchObject({ code: 'EACCES' })
    expect(await readFile(target, 'utf8')).toBe('old content')
    expect(await readdir(folder)).toEqual(['Plan.orgchart.json'])
  })

  it('leaves the old file intact when the temporary file cannot be created', async () => {
    const target = join(folder, 'Plan.orgchart.json')
    await writeFile(target, 'old content')
    await expect(writeFileAtomic(target, 'new content', failing('open', 'ENOSPC'))).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await readFile(target, 'utf8')).toBe('old content')
  })

  it.skipIf(readOnlyFoldersUntestable())(
    'fails in a read-only folder without touching the file there',
    async () => {
      const target = join(folder, 'Plan.orgchart.json')
      await writeFile(target, 'old content')
      await chmod(folder, 0o500)
      await expect(writeFileAtomic(target, 'new content')).rejects.toMatchObject({ code: 'EACCES' })
      expect(await readFile(target, 'utf8')).toBe('old content')
    }
  )

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const target = join(folder, 'private.orgchart.json')
    await writeFile(target, 'old')
    await chmod(target, 0o600)
    await writeFileAtomic(target, 'new')
    expect((await stat(target)).mode & 0o777).toBe(0o600)
  })

  it.skipIf(process.platform === 'win32')('writes through a symbolic link and keeps the link', async () => {
    const real = join(folder, 'real')
    await mkdir(real)
    const target = join(real, 'Plan.orgchart.json')
    await writeFile(target, 'old')
    const link = join(folder, 'Plan link.orgchart.json')
    await symlink(target, link)
    await writeFileAtomic(link, 'new')
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(real)).toEqual(['Plan.orgchart.json'])
  })

  it('fails when the folder is missing, creating nothing', async () => {
    const target = join(folder, 'gone', 'Plan.orgchart.json')
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(folder)).toEqual([])
  })
})
