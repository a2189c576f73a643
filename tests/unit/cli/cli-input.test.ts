// What the command-line tools do with input that is not a chart file on disk: answer at
// once with exit status 2 and a plain sentence, read every Unicode encoding the app reads,
// count every problem, and never write over the chart they were given.

import { execFileSync } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { serializeChart } from '@shared/format/chart-file'
import { tinyChart } from '@shared/fixtures/test-charts'
import { runCheck } from '../../../scripts/check-cli'
import { runExport } from '../../../scripts/export-cli'

const dir = mkdtempSync(join(tmpdir(), 'ow-cli-input-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const CHART = serializeChart(tinyChart())
const write = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, data)
  return path
}

async function run(tool: 'check' | 'export', ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t) }
  const code = tool === 'check' ? await runCheck(args, io) : await runExport(args, io)
  return { code, stdout, stderr }
}

const STACK = /^\s+at .+/m

describe('input that is not a regular file', () => {
  const fifo = join(dir, 'pipe.orgchart.json')
  execFileSync('mkfifo', [fifo])
  const folder = join(dir, 'folder.orgchart.json')
  mkdirSync(folder)

  it.each([
    ['a FIFO nobody writes to', fifo, /is a pipe \(FIFO\), not a file/],
    ['/dev/zero', '/dev/zero', /is a device, not a file/],
    ['a folder', folder, /is a folder; give the path of a chart file/],
    ['a missing file', join(dir, 'nope.orgchart.json'), /cannot find ".*nope\.orgchart\.json"/i]
  ])('%s is refused at once by both tools, with exit status 2', async (_name, path, message) => {
    for (const tool of ['check', 'export'] as const) {
      const r = await run(tool, path, ...(tool === 'export' ? ['--format', 'svg', '--out', join(dir, 'x.svg')] : []))
      expect(r.code, `${tool}: ${r.stderr}`).toBe(2)
      expect(r.stderr).toMatch(message)
      expect(r.stderr + r.stdout).not.toMatch(STACK)
    }
    expect(existsSync(join(dir, 'x.svg'))).toBe(false)
  })
})

describe('encodings', () => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CHART, 'utf16le')])
  const utf16be = Buffer.from(utf16le)
  utf16be.swap16()

  it.each([
    ['UTF-8', Buffer.from(CHART)],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHART)])],
    ['UTF-16 LE with a byte-order mark', utf16le],
    ['UTF-16 BE with a byte-order mark', utf16be]
  ])('check reads a chart saved as %s the same way', async (name, bytes) => {
    const r = await run('check', write(`enc-${name.replace(/\W+/g, '-')}.orgchart.json`, bytes), '--json')
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['ops-manager/hr-beyond-operations'])
  })

  it('refuses Windows-1252 bytes with the line and column of the first one, in both tools', async () => {
    const path = write('latin.orgchart.json', Buffer.from(CHART.replace('Tiny Co', 'Tiny Caf\u00e9'), 'latin1'))
    for (const tool of ['check', 'export'] as const) {
      const r = await run(tool, path, ...(tool === 'export' ? ['--out', join(dir, 'latin.svg')] : []))
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/"[^"]*latin\.orgchart\.json" is not UTF-8 at line 4, column 21 \(byte 0xE9\)\./)
      expect(r.stderr).not.toMatch(/\uFFFD/)
    }
  })
})

describe('--out', () => {
  it.each([
    ['the same path', (input: string) => input],
    ['the same file through a symbolic link', (input: string) => (symlinkSync(input, join(dir, 'link.json')), join(dir, 'link.json'))],
    ['the same file through a hard link', (input: string) => (linkSync(input, join(dir, 'hard.json')), join(dir, 'hard.json'))],
    ['the same file by a path with ".."', () => join(dir, 'folder.orgchart.json', '..', 'same.orgchart.json')]
  ])('refuses %s as the input, leaving the chart as it was', async (_name, outFor) => {
    const input = write('same.orgchart.json', CHART)
    const r = await run('export', input, '--format', 'svg', '--out', outFor(input))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/is the chart file itself; writing there would replace the chart\. Choose another --out path\./)
    expect(readFileSync(input, 'utf8')).toBe(CHART)
  })
})

describe('problem counts', () => {
  const doc = JSON.parse(CHART)
  doc.duties = Array.from({ length: 10_000 }, (_, i) => ({ id: `d${i}`, label: 7 }))
  const path = write('many.orgchart.json', JSON.stringify(doc))

  it('check says how many problems there are, not how many it lists', async () => {
    const r = await run('check', path, '--json')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/is not a valid chart file \(10,000 problems\)\./)
    expect(r.stderr).toMatch(/9950 more problems were found but not listed/)
    expect(JSON.parse(r.stdout).count).toBe(10_000)
  })

  it('export too', async () => {
    const r = await run('export', path, '--out', join(dir, 'many.svg'))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\(10,000 problems\)/)
    expect(r.stderr).toMatch(/…and 9,980 more\./)
  })
})
