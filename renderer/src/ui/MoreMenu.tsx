// Less used tools: inline on wide windows, folded into "More" on small ones so the
// toolbar stays one row (the CSS decides which of the two is shown).

import { useEffect, useRef, useState } from 'react'
import { compare, decisionLog, duplicateScenario, exportImage, run, type AnyAction } from '../actions'
import { useWorkbench } from '../state/store'
import { selectDecisions, usePresent } from '../workshop/present/present-store'
import { ActionButton } from './ActionButton'

const SECONDARY: readonly AnyAction[] = [duplicateScenario, compare, decisionLog, exportImage]

function useDecisionCount(): number {
  const chartId = useWorkbench((s) => s.chart.id)
  return usePresent((s) => selectDecisions(chartId)(s).length)
}

function label(action: AnyAction, decisions: number) {
  return action === decisionLog && decisions > 0 ? (
    <>
      {action.label}
      <span className="count"> {decisions}</span>
    </>
  ) : (
    action.label
  )
}

export function SecondaryTools() {
  const decisions = useDecisionCount()
  return (
    <span className="toolbar-secondary">
      {SECONDARY.map((a) => (
        <ActionButton key={a.id} action={a}>
          {label(a, decisions)}
        </ActionButton>
      ))}
    </span>
  )
}

export function MoreMenu() {
  const [open, setOpen] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const decisions = useDecisionCount()
  useEffect(() => {
    if (!open) return
    const onDown = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false)
    window.addEventListener('mousedown', onDown)
    return () => window.removeEventListener('mousedown', onDown)
  }, [open])
  return (
    <div className="menu toolbar-more" ref={box} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setOpen(false))}>
      <button className="btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        More ▾
      </button>
      {open && (
        <div className="menu-list menu-list-right" role="menu" aria-label="More">
          {SECONDARY.map((a) => (
            <button key={a.id} role="menuitem" onClick={() => (setOpen(false), run(a))}>
              {label(a, decisions)}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
