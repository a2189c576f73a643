// Recent file names for the browser build, in localStorage. Names only: a browser
// gives pages no lasting access to files, so these are reminders, not shortcuts.
const STORAGE_KEY = 'org-workbench:recent-files'
const MAX_RECENT = 10

export interface RecentName {
  readonly name: string
  readonly openedAt: string
}

export function readRecentNames(): RecentName[] {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    if (!Array.isArray(data)) return []
    return data.filter(
      (e): e is RecentName => typeof e?.name === 'string' && e.name !== '' && typeof e?.openedAt === 'string'
    )
  } catch {
    return []
  }
}

export function rememberRecentName(name: string, now: Date = new Date()): void {
  const rest = readRecentNames().filter((e) => e.name !== name)
  write([{ name, openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT))
}

function write(entries: readonly RecentName[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(entries))
  } catch {
    // Storage full or disabled (private mode): the list is a convenience, so carry on without it.
  }
}
