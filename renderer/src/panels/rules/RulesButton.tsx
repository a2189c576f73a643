// The toolbar's Rules button and the panel it opens.

import { useState } from 'react'
import { RulesPanel } from './RulesPanel'

export function RulesButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button className="btn" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)} title="Rule packs, strictness and custom rules for this chart">
        Rules
      </button>
      {open && <RulesPanel onClose={() => setOpen(false)} />}
    </>
  )
}
