import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { handleSchema } from '@shared/ipc/schemas'
import { serializeChart } from '@shared/format/chart-file'
import { tinyChart } from '@shared/fixtures/test-charts'
import { ChartFiles, type FileDialogs } from '../../../electron/main/files'
import { RecentFiles } from '../../../electron/main/recent-files'

const V1 = serializeChart(tinyChart())
const V2 = serializeChart({ ...tinyChart(), title: 'Tiny Co, renamed' })

/** Root (as in CI containers) and Windows ignore folder permissions, so the real read-only case cannot be set up there. */
function readOnlyFoldersUntestable(): boolean {
  const untestable = process.platform === 'win32' || process.getuid?.() === 0
  if (untestable) console.log('Skipping the read-only folder test: this user can write to read-only folders (root or Windows); the simulated write failures above still run.')
  return untestable
}

let folder: string
let storeFile: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'chart-files-'))
  storeFile = join(folder, 'recent-files.json')
})
afterEach(async () => {
  await chmod(folder, 0o700).catch(() => undefined)
  await rm(folder, { recursive: true, force: true })
})

/** Dialogs that answer with fixed paths, and remember what they were asked. */
function dialogs(answers: { open?: string | null; saveAs?: string | null; export?: string | null } = {}) {
  const asked: string[] = []
  const d: FileDialogs = {
    chooseChartToOpen: async () => answers.open ?? null,
    chooseChartSaveAs: async (name) => (asked.push(name), answers.saveAs ?? null),
    chooseExportPath: async (name, mime) => (asked.push(`${name} ${mime}`), answers.export ?? null)
  }
  return Object.assign(d, { asked })
}

describe('chart files', () => {
  it('opens a chart picked in the dialog and returns an opaque handle, never the path', async () => {
    const path = join(folder, 'Plan.orgchart.json')
    await writeFile(path, '\uFEFF{"format":"org-workbench/chart@1"}')
    const files = new ChartFiles(new RecentFiles(storeFile))
    const opened = await files.openWithDialog(dialogs({ open: path }))
    expect(opened).toMatchObject({ name: 'Plan.orgchart.json', text: '{"format":"org-workbench/chart@1"}' })
    expect(handleSchema.safeParse(opened?.handle).success).toBe(true)
    expect(opened?.handle).not.toContain(folder)
  })

  it('returns null when a dialog is cancelled', async () => {
    const files = new ChartFiles(new RecentFiles(storeFile))
    expect(await files.openWithDialog(dialogs())).toBeNull()
    expect(await files.saveAs(dialogs(), V1, 'Plan')).toBeNull()
    expect(await files.saveExport(dialogs(), { text: 'a', suggestedName: 'x', mime: 'text/csv' })).toBeNull()
  })

  it('saves as, then saves again to the same file through its handle', async () => {
    const path = join(folder, 'Plan.orgchart.json')
    const files = new ChartFiles(new RecentFiles(storeFile))
    const d = dialogs({ saveAs: path })
    const saved = await files.saveAs(d, V1, 'Plan')
    expect(d.asked).toEqual(['Plan'])
    expect(saved?.name).toBe('Plan.orgchart.json')
    expect(await readFile(path, 'utf8')).toBe(V1)
    await files.save(saved!.handle, V2)
    expect(await readFile(path, 'utf8')).toBe(V2)
  })

  it('refuses to write text that is not a valid chart through a handle, leaving the file as it was', async () => {
    const path = join(folder, 'Plan.orgchart.json')
    const files = new ChartFiles(new RecentFiles(storeFile))
    const saved = await files.saveAs(dialogs({ saveAs: path }), V1, 'Plan')
    await expect(files.save(saved!.handle, '<svg>not a chart</svg>')).rejects.toThrow(/^Nothing was written: the text to save is not a valid chart file/)
    await expect(files.saveAs(dialogs({ saveAs: path }), '{"format":"org-workbench/chart@2"}', 'Plan')).rejects.toThrow(/Nothing was written/)
    expect(await readFile(path, 'utf8')).toBe(V1)
  })

  it('refuses to save to a handle it never issued', async () => {
    const files = new ChartFiles(new RecentFiles(storeFile))
    await expect(files.save('h_notissuedbythisapp00', 'x')).rejects.toThrow(/no longer knows where this chart is stored.*Save As/)
  })

  it.skipIf(readOnlyFoldersUntestable())(
    'explains a failed save and keeps the file on disk as it was',
    async () => {
      const path = join(folder, 'Plan.orgchart.json')
      const files = new ChartFiles(new RecentFiles(join(tmpdir(), `recent-${Date.now()}.json`)))
      const saved = await files.saveAs(dialogs({ saveAs: path }), V1, 'Plan')
      await chmod(folder, 0o500)
      await expect(files.save(saved!.handle, V2)).rejects.toThrow(
        'Could not save “Plan.orgchart.json”: permission denied. The file on disk was not changed. Try Save As to another folder.'
      )
      expect(await readFile(path, 'utf8')).toBe(V1)
    }
  )

  it('writes exports as bytes or text', async () => {
    const files = new ChartFiles(new RecentFiles(storeFile))
    const png = join(folder, 'Chart.png')
    await files.saveExport(dialogs({ export: png }), { bytes: new Uint8Array([1, 2, 3]), suggestedName: 'Chart', mime: 'image/png' })
    expect([...(await readFile(png))]).toEqual([1, 2, 3])
  })

  it('saves a PDF as the bytes pdf-lib made, offering a .pdf name in the dialog', async () => {
    const files = new ChartFiles(new RecentFiles(storeFile))
    const pdfPath = join(folder, 'Plan.pdf')
    const d = dialogs({ export: pdfPath })
    const bytes = new TextEncoder().encode('%PDF-1.7\n%%EOF\n')
    expect(await files.saveExport(d, { bytes, suggestedName: 'Plan', mime: 'application/pdf' })).toEqual({ name: 'Plan.pdf' })
    expect(d.asked).toEqual(['Plan application/pdf'])
    expect(new Uint8Array(await readFile(pdfPath))).toEqual(bytes)
  })
})

describe('recent files', () => {
  it('lists opened and saved charts, newest first, and remembers them across restarts', async () => {
    const a = join(folder, 'A.orgchart.json')
    const b = join(folder, 'B.orgchart.json')
    await writeFile(a, '{}')
    await writeFile(b, '{}')
    let tick = 0
    const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++))
    const first = new ChartFiles(new RecentFiles(storeFile, clock))
    await first.openWithDialog(dialogs({ open: a }))
    await first.openWithDialog(dialogs({ open: b }))
    await first.openWithDialog(dialogs({ open: a }))

    const afterRestart = new ChartFiles(new RecentFiles(storeFile))
    const recent = await afterRestart.listRecent()
    expect(recent.map((r) => r.name)).toEqual(['A.orgchart.json', 'B.orgchart.json'])
    expect(JSON.stringify(recent)).not.toContain(folder)
    const reopened = await afterRestart.openRecent(recent[1]!.handle)
    expect(reopened.name).toBe('B.orgchart.json')
  })

  it('hands out a handle that can be written through only for the recent file the user picks', async () => {
    const a = join(folder, 'A.orgchart.json')
    const b = join(folder, 'B.orgchart.json')
    await writeFile(a, V1)
    await writeFile(b, V1)
    const first = new ChartFiles(new RecentFiles(storeFile))
    await first.openWithDialog(dialogs({ open: a }))
    await first.openWithDialog(dialogs({ open: b }))
    const files = new ChartFiles(new RecentFiles(storeFile))
    const listed = await files.listRecent()
    for (const entry of listed) await expect(files.save(entry.handle, V2)).rejects.toThrow(/no longer knows where this chart is stored/)
    const picked = await files.openRecent(listed.find((r) => r.name === 'A.orgchart.json')!.handle)
    await files.save(picked.handle, V2)
    expect(await readFile(a, 'utf8')).toBe(V2)
    expect(await readFile(b, 'utf8')).toBe(V1)
  })

  it('explains a recent file that has gone and drops it from the list', async () => {
    const gone = join(folder, 'Gone.orgchart.json')
    await writeFile(gone, '{}')
    const files = new ChartFiles(new RecentFiles(storeFile))
    await files.openWithDialog(dialogs({ open: gone }))
    await rm(gone)
    const [entry] = await files.listRecent()
    await expect(files.openRecent(entry!.handle)).rejects.toThrow(
      'Could not open “Gone.orgchart.json”: the file no longer exists. It may have been moved, renamed or deleted. Use Open… to find it.'
    )
    expect(await files.listRecent()).toEqual([])
  })

  it('starts empty when the stored list is damaged', async () => {
    await writeFile(storeFile, '{"format":"org-workbench/recent@1","entries":[{"path":')
    expect(await new ChartFiles(new RecentFiles(storeFile)).listRecent()).toEqual([])
  })
})
