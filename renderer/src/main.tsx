import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './styles/fonts.css'
import './styles/app.css'
import { App } from './App'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { db } from './storage/database'
import { startSession } from './state/session'
import { isJoinFragment } from '@shared/live/join-link'
import { joinFromLink } from './live/live-session'
import { LiveScreen } from './live/LiveScreen'
import { testHooksEnabled } from './storage/faults'
import { installTestHooks } from './state/test-hooks'
import { useWorkbench } from './state/store'
import { loadEnglishModel } from './rules/english-model'

if (testHooksEnabled) installTestHooks()
// A join link opens the live session's chart instead of this browser's own charts.
void (isJoinFragment(location.hash) ? joinFromLink() : startSession(db))
// The English model for free-text cards follows once the first chart is on screen.
const untilShown = useWorkbench.subscribe((s) => {
  if (s.status === 'loading') return
  untilShown()
  requestIdleCallback(() => void loadEnglishModel(), { timeout: 2000 })
})
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
    <LiveScreen />
  </StrictMode>
)
