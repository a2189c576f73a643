import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@xyflow/react/dist/style.css'
import './styles/fonts.css'
import './styles/app.css'
import { App } from './App'
import { db } from './storage/database'
import { startSession } from './state/session'
import { testHooksEnabled } from './storage/faults'
import { installTestHooks } from './state/test-hooks'

if (testHooksEnabled) installTestHooks()
void startSession(db)
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
