import { describe, expect, it } from 'vitest'
import { describeFileError } from '../../../electron/main/file-errors'

const err = (code: string) => Object.assign(new Error('raw'), { code })

describe('file error messages', () => {
  it('say what failed, what was kept safe and what to do', () => {
    expect(describeFileError(err('EACCES'), 'save', 'Plan.orgchart.json')).toBe(
      'Could not save “Plan.orgchart.json”: permission denied. The file on disk was not changed. Try Save As to another folder.'
    )
    expect(describeFileError(err('ENOSPC'), 'export', 'Chart.png')).toBe(
      'Could not save “Chart.png”: the disk is full. Nothing was written. Free some disk space, then export again.'
    )
    expect(describeFileError(err('ENOENT'), 'open', 'Old.orgchart.json')).toBe(
      'Could not open “Old.orgchart.json”: the file no longer exists. It may have been moved, renamed or deleted. Use Open… to find it.'
    )
  })

  it('treat EPERM like EACCES', () => {
    expect(describeFileError(err('EPERM'), 'save', 'a')).toBe(describeFileError(err('EACCES'), 'save', 'a'))
  })

  it('fall back to a general sentence, never the raw error text', () => {
    const message = describeFileError(new Error('ESOMETHING: weird internal failure at /x/y'), 'save', 'Plan.orgchart.json')
    expect(message).toBe(
      'Could not save “Plan.orgchart.json”: an unexpected disk error occurred. The file on disk was not changed. Try again, or use Save As to keep a copy elsewhere.'
    )
  })
})
