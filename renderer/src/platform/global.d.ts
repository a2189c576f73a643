// The preload bridge as the page sees it; present only inside the desktop app.
// Read it through ./bridge.ts, never directly.
import type { OrgWorkbenchApi } from '@shared/ipc/contract'

declare global {
  interface Window {
    readonly orgWorkbench?: OrgWorkbenchApi
  }
}

export {}
