// Upgrades chart files written by earlier versions of Org Workbench, one step at a time.
// The list is append-only: a released step never changes, because files in users' hands
// were written by it. To change the format, add a step { from: N, to: N + 1, up } and a
// snapshot file of version N under tests/fixtures/charts/versions/.

/** A parsed chart file before validation: plain JSON data of some version. */
export type FileData = Readonly<Record<string, unknown>>

export interface Migration {
  readonly from: number
  readonly to: number
  /** What the step changes, for developers reading the list. */
  readonly name: string
  /** Takes valid-looking data of version `from`, returns data of version `to`; pure. */
  readonly up: (data: FileData) => FileData
}

const formatId = (version: number) => `org-workbench/chart@${version}`

/** Copies `value` without the given keys; a value that is not an object is returned as is. */
function without(value: unknown, keys: readonly string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (!keys.includes(k)) out[k] = v
  return out
}

const mapList = (value: unknown, f: (item: unknown) => unknown): unknown => (Array.isArray(value) ? value.map(f) : value)

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    name: 'rule settings, custom Library cards and order keys',
    // v1 had none of these fields and ignored unknown ones, so a v1 file that happens to
    // carry them (hand-edited, or from another tool) keeps meaning what it meant in v1.
    up: (data) => ({
      ...(without(data, ['rules', 'cards']) as FileData),
      format: formatId(2),
      roles: mapList(data.roles, (r) => without(r, ['order'])),
      duties: mapList(data.duties, (d) => without(d, ['order']))
    })
  }
]

/** The version files are written in: the last step's target. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].to

/** Runs every step from `version` up to the latest; `version` must be known and older. */
export function upgradeFileData(data: FileData, version: number): FileData {
  let cur = data
  let at = version
  for (const step of MIGRATIONS) {
    if (step.from !== at) continue
    cur = step.up(cur)
    at = step.to
  }
  if (at !== LATEST_VERSION) throw new Error(`No upgrade path from chart format version ${version}.`)
  return cur
}

/** The oldest version the steps can upgrade from. */
export const OLDEST_VERSION = MIGRATIONS[0].from
