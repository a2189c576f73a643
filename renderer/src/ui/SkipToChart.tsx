// The first Tab stop of the page: straight to the chart (the selected role, or the
// canvas), past the toolbar and the Library. Shown only while it has focus.

import { canvasElement, focusRoleElement } from '../canvas/viewport'
import { useWorkbench } from '../state/store'

export function SkipToChart() {
  return (
    <a
      className="skip-link"
      href="#chart"
      onClick={(e) => {
        e.preventDefault()
        const roleId = useWorkbench.getState().selection.roleId
        if (roleId) focusRoleElement(roleId)
        else canvasElement()?.focus()
      }}
    >
      Skip to the chart
    </a>
  )
}
