// The text of the polite live region. Anything may call `announce`; the Announcer
// component renders it. Clearing first makes a repeated sentence be read again.

import { create } from 'zustand'

export const useAnnouncement = create<{ readonly text: string }>()(() => ({ text: '' }))

let pending: ReturnType<typeof setTimeout> | undefined

export function announce(text: string): void {
  if (!text) return
  if (pending) clearTimeout(pending)
  useAnnouncement.setState({ text: '' })
  pending = setTimeout(() => {
    pending = undefined
    useAnnouncement.setState({ text })
  }, 60)
}
