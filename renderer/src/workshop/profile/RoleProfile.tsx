// The role profile dialog: what a role is responsible for, what the rules still flag,
// and what it leaves to others (and to whom), with a Markdown export to hand out.

import { useMemo, useState } from 'react'
import { roleProfile, type RoleProfile as Profile } from '@shared/profile/role-profile'
import { roleProfileMarkdown } from '@shared/profile/profile-markdown'
import { useWorkbench } from '../../state/store'
import { WorkshopDialog } from '../compare/WorkshopDialog'
import { saveTextExport } from '../compare/save-export'
import { useEnglishModelReady } from '../../rules/english-model'

function Facts({ p }: { p: Profile }) {
  return (
    <dl className="profile-facts">
      <dt>Person</dt>
      <dd>{p.person ?? <span className="muted">Not assigned</span>}</dd>
      {p.department && (
        <>
          <dt>Department</dt>
          <dd>{p.department}</dd>
        </>
      )}
      <dt>Reports to</dt>
      <dd>{p.manager ?? <span className="muted">Nobody (top of the chart)</span>}</dd>
      {p.reports.length > 0 && (
        <>
          <dt>Manages</dt>
          <dd>{p.reports.join(', ')}</dd>
        </>
      )}
    </dl>
  )
}

function Section({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  const id = `profile-${title.toLowerCase().replace(/\W+/g, '-')}`
  return (
    <section aria-labelledby={id} className="profile-section">
      <h3 id={id}>
        {title} <span className="count">{count}</span>
      </h3>
      {children}
    </section>
  )
}

function ProfileBody({ p }: { p: Profile }) {
  const dutyCount = p.responsibilities.reduce((n, g) => n + g.duties.length, 0)
  return (
    <>
      <Facts p={p} />
      {p.operationsManager && <p className="profile-rules">Operations Manager scope rules apply</p>}
      <Section title="Responsibilities" count={dutyCount}>
        {dutyCount === 0 && <p className="muted">No work assigned yet.</p>}
        {p.responsibilities.map((g) => (
          <div key={g.title} className="profile-group">
            <h4>{g.title}</h4>
            <ul>
              {g.duties.map((d) => (
                <li key={d.id} className={d.flagged ? 'profile-flagged' : undefined}>
                  {d.flagged && <span aria-hidden="true">⚠ </span>}
                  {d.label}
                  {d.kind === 'function' && <span className="muted"> (whole function)</span>}
                  {d.flagged && <span className="wd-hidden"> (outside this role's scope)</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Section>
      <Section title="Open findings" count={p.findings.length}>
        {p.findings.length === 0 ? <p className="muted">No open findings.</p> : (
          <ul>
            {p.findings.map((f, i) => (
              <li key={i}>
                {f.label && <strong>{f.label}: </strong>}
                {f.message}
                {f.owner && <span className="muted"> — usually owned by {f.owner}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {p.exceptions.length > 0 && (
        <Section title="Accepted exceptions" count={p.exceptions.length}>
          <ul>
            {p.exceptions.map((e, i) => (
              <li key={i}>
                {e.label && <strong>{e.label}: </strong>}
                {e.note}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Not responsible for" count={p.notResponsibleFor.length}>
        {p.notResponsibleFor.length === 0 ? (
          <p className="muted">No scope rules cover this role type, so there is no list of work it should leave to others.</p>
        ) : (
          <ul className="profile-not">
            {p.notResponsibleFor.map((item) => (
              <li key={item.id} data-testid="not-responsible-item">
                <strong>{item.title}</strong> — usually owned by <span className="profile-owner">{item.owner}</span>
                {item.ownerInChart && <> (in this chart: {item.ownerInChart})</>}.{' '}
                <span className="muted">Instead: {item.instead}</span>
                {item.heldNow.length > 0 && <span className="profile-flagged"> Currently held here: {item.heldNow.join(', ')}.</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  )
}

export function RoleProfile({ roleId, onClose }: { roleId: string; onClose: () => void }) {
  const chart = useWorkbench((s) => s.chart)
  const lint = useWorkbench((s) => s.lint)
  const modelReady = useEnglishModelReady()
  const profile = useMemo(() => (modelReady ? roleProfile(chart, roleId, lint) : undefined), [chart, roleId, lint, modelReady])
  if (profile === undefined) {
    return (
      <WorkshopDialog title="Role profile" onClose={onClose}>
        <p>Reading the cards…</p>
      </WorkshopDialog>
    )
  }
  if (!profile) {
    return (
      <WorkshopDialog title="Role profile" onClose={onClose}>
        <p>This role is no longer in the chart.</p>
      </WorkshopDialog>
    )
  }
  return (
    <WorkshopDialog
      title={`Role profile: ${profile.title}`}
      onClose={onClose}
      className="profile-dialog"
      testId="role-profile"
      actions={
        <button className="btn" onClick={() => void saveTextExport(roleProfileMarkdown(profile), `${profile.title} role profile`, 'text/markdown', 'Role profile')}>
          Export Markdown
        </button>
      }
    >
      <ProfileBody p={profile} />
    </WorkshopDialog>
  )
}

/** Inspector button "Role profile" with its dialog, for the given role. */
export function RoleProfileButton({ roleId, className = 'btn' }: { roleId: string; className?: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button className={className} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Role profile
      </button>
      {open && <RoleProfile roleId={roleId} onClose={() => setOpen(false)} />}
    </>
  )
}
