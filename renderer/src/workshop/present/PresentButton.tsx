// Toolbar button that puts the open findings on the projector, one at a time.

import { useWorkbench } from '../../state/store'
import { startPresenting } from './present-store'

export function PresentButton({ className = 'btn' }: { className?: string }) {
  const open = useWorkbench((s) => s.lint.findings.length)
  return (
    <button className={className} onClick={startPresenting} title={open ? `Walk the room through ${open} open finding${open === 1 ? '' : 's'}, full screen` : 'Nothing open: shows the summary'}>
      Present
    </button>
  )
}
