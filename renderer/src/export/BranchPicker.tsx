// Which part of the chart to export: the whole chart, or one manager and everyone below.

import { useMemo } from 'react'
import { useWorkbench } from '../state/store'
import { RoleOptions } from '../ui/RoleOptions'

export function BranchPicker({ value, onChange }: { value: string; onChange: (roleId: string) => void }) {
  const roles = useWorkbench((s) => s.chart.roles)
  // Only managers head a branch; listed by title so a long chart stays searchable by typing.
  const managers = useMemo(() => {
    const heads = new Set(roles.map((r) => r.reportsTo).filter((id): id is string => !!id))
    return roles.filter((r) => heads.has(r.id)).sort((a, b) => a.title.localeCompare(b.title))
  }, [roles])
  return (
    <label className="field">
      <span>Branch</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Whole chart</option>
        <RoleOptions roles={managers} />
      </select>
    </label>
  )
}
