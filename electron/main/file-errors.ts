// Turns file-system errors into sentences for the user: what failed and where, what
// was kept safe, and what to try next. Error codes are Node's (EACCES, ENOSPC, …).

export type FileAction = 'save' | 'export' | 'open'

interface Wording {
  readonly reason: string
  readonly advice: Partial<Record<FileAction, string>>
}

const PERMISSION: Wording = { reason: 'permission denied', advice: { save: 'Try Save As to another folder.', export: 'Choose another folder.', open: 'Check that you may read it, or copy it to your Documents folder first.' } }

const BY_CODE: Readonly<Record<string, Wording>> = {
  EACCES: PERMISSION,
  EPERM: PERMISSION,
  EROFS: { reason: 'the drive is read-only', advice: { save: 'Try Save As to another folder.', export: 'Choose another folder.' } },
  ENOSPC: { reason: 'the disk is full', advice: { save: 'Free some disk space, then save again.', export: 'Free some disk space, then export again.' } },
  EDQUOT: { reason: 'your disk quota is used up', advice: { save: 'Free some space, then save again.', export: 'Free some space, then export again.' } },
  EBUSY: { reason: 'the file is in use by another program', advice: { save: 'Close the other program, then save again.', export: 'Close the other program, or choose another name.', open: 'Close the other program, then open it again.' } },
  EISDIR: { reason: 'that is a folder, not a file', advice: { save: 'Use Save As and choose a file name.', export: 'Choose a file name, not a folder.', open: 'Choose a chart file instead.' } },
  ENAMETOOLONG: { reason: 'the name or folder path is too long', advice: { save: 'Use Save As with a shorter name or folder.', export: 'Choose a shorter name or folder.', open: 'Move the file to a folder with a shorter path.' } },
  EMFILE: { reason: 'too many files are open', advice: {} },
  ENFILE: { reason: 'too many files are open', advice: {} },
  EIO: { reason: 'the disk reported a read or write error', advice: { save: 'Try Save As to another drive.', export: 'Try another drive.' } }
}

const MISSING: Readonly<Record<FileAction, Wording>> = {
  save: { reason: 'its folder no longer exists', advice: { save: 'It may have been moved or deleted. Use Save As to choose a folder.' } },
  export: { reason: 'the folder no longer exists', advice: { export: 'Choose another folder.' } },
  open: { reason: 'the file no longer exists', advice: { open: 'It may have been moved, renamed or deleted. Use Open… to find it.' } }
}

const KEPT_SAFE: Readonly<Record<FileAction, string>> = {
  save: ' The file on disk was not changed.',
  export: ' Nothing was written.',
  open: ''
}

const FALLBACK_ADVICE: Readonly<Record<FileAction, string>> = {
  save: 'Try again, or use Save As to keep a copy elsewhere.',
  export: 'Try again, or choose another folder.',
  open: 'Try again, or use Open… to pick the file.'
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

export function describeFileError(error: unknown, action: FileAction, fileName: string): string {
  const code = errorCode(error)
  const wording = code === 'ENOENT' ? MISSING[action] : code ? BY_CODE[code] : undefined
  const reason = wording?.reason ?? 'an unexpected disk error occurred'
  const advice = wording?.advice[action] ?? FALLBACK_ADVICE[action]
  const verb = action === 'open' ? 'open' : 'save'
  return `Could not ${verb} “${fileName}”: ${reason}.${KEPT_SAFE[action]} ${advice}`
}
