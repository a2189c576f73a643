// Words that say how a role holds a piece of work, as data. Matched on normalised keys.

import { key, wordKeys } from '../lexicon'
import { DESK_NAMES } from '../nlp/words'


/** Handing work to someone else: the role keeps the oversight. "hand" and "pass" need a particle. */
export const HANDOFF_VERBS = wordKeys('delegate assign reassign outsource offload refer route entrust escalate flag forward')
export const HANDOFF_WITH_PARTICLE = wordKeys('hand pass')
/** Giving work to someone: handing it off when the work itself is what is given. */
export const GIVING_VERBS = wordKeys('give')
/** Ways in to a department: named after it, they reach it ("the IT helpdesk portal", "the HR inbox"). */
export const CHANNELS = wordKeys('portal inbox mailbox hotline helpline queue form line')
/** Getting someone else to do the work ("gets the office junior to do the filing"). */
export const GETTING_VERBS = wordKeys('get ask have')

/** Cutting back or reworking the team's work: improving it, unless done in person. */
export const IMPROVING_VERBS = wordKeys('reduce cut simplify automate digitise eliminate redesign rework')
/** Watching over work the team does. */
export const OVERSIGHT_VERBS: ReadonlySet<string> = new Set([...wordKeys(`oversee supervise monitor manage review check audit streamline improve organise coordinate lead run ensure
  approve authorise countersign sign allocate distribute apportion`), ...IMPROVING_VERBS])
/** Verbs of looking that, with "over", check others' work: "looks over", "goes over", "checks over". */
export const OVERSIGHT_WITH_OVER = wordKeys('look go check cast run')
/** Nouns that make an oversight verb about the team rather than the work: "review how the admin team works". */
export const OVERSIGHT_OBJECTS = wordKeys('team teams staff clerk clerks people process processes workflow workload efficiency backlog admin how rota standard standards quality system')
/** Verbs of seeing that something happens; with "get"/"have" after them, others are given what they need. */
export const ENSURE_VERBS = wordKeys('ensure')
export const HAVING: ReadonlySet<string> = new Set(['get', 'gets', 'have', 'has', 'receive', 'receives', 'obtain', 'obtains'])
/** Fitting own work to something set elsewhere ("align … with the five-year plan"). */
export const ALIGN_VERBS = wordKeys('align tie link match gear')
/** Asking the owner for something. */
export const ASKING_VERBS = wordKeys('propose request second lend')
/** Joining a project, group or board: the role takes part in work others own. */
export const JOINING_VERBS = wordKeys('join')
export const JOINED = wordKeys('project projects group groups board boards committee committees panel panels workstream initiative taskforce')

/** Giving others data, figures or a view: the work stays with its owner ("hand them the logs"; "hand over" hands work on). */
export const CONTRIBUTE_VERBS = wordKeys(`provide supply share give send prepare present feed report forecast estimate size quantify calculate cost assess draft pull
  evaluate input tell warn alert flag highlight brief bring hand update compile pull submit produce model outline explain advise pass forward prep`)
export const CONTRIBUTION_NOUNS = wordKeys(`data datum figure figures number numbers dates account log logs size sizes limit limits dimension dimensions input feasibility assessment analysis estimate forecast report kpi kpis
  metric metrics information fact facts insight view feedback requirement requirements constraint constraints impact implication
  implications case breakdown statistic statistics stats update record records evidence volume volumes cost costs uptime performance
  capacity lead-time availability scenario trend benchmark side readiness risk risks detail details timeline timelines reading readings
  request requests proposal proposals submission justification practicality viability workability headcount need needs
  timings lead-time lead-times schedule schedules date dates measurement measurements tolerance tolerances max maximum comments`)
/** The role's own papers: compliance of these is inside its operations. */
export const OWN_RECORDS = wordKeys('paperwork record records document documents documentation certificate certificates log logs')
/** Words saying a contribution comes from the role's own side ("operational input"). */
export const OWN_SIDE = wordKeys('operational operations ops site depot warehouse plant')
/** Asking the owner for something: even about the owner's own work ("a capex request") it stays the owner's decision. */
export const ASKING_NOUNS = wordKeys('request requests proposal proposals submission justification bid application')
/** Phrases that make any label a contribution ("operational feasibility", "take part in"). */
export const CONTRIBUTE_PHRASES: readonly (readonly string[])[] = [
  'operational feasibility', 'feasibility', 'operational impact', 'operational implication', 'operational view', 'operational input',
  'operational side', 'operational perspective', 'operations perspective', 'ops perspective', 'operational point of view', 'operations point of view', 'operational cost', 'operational constraint', 'operational readiness', 'cost-benefit', 'cost benefit', 'business case', 'take part',
  'participate', 'contribute', 'represent operations', 'represent ops', 'operations representative', 'operational representative', 'ops representative',
  'operations rep', 'ops rep', 'ops input', 'input to', 'ops due diligence', 'operational due diligence', 'operations due diligence', 'operations input', 'ops feedback', 'ops view', 'sit on', 'input into', 'feed into', 'feed back', 'member of',
  'ops workstream', 'operations workstream', 'operational workstream', 'ops strand', 'operations strand', 'ops voice', 'operations voice', 'operational voice'
].map((p) => p.split(/[\s-]+/).map(key))

/** Phrases of holding a seat: on an outside body they are that body's work, not a contribution. */
export const SEAT_PHRASES: ReadonlySet<string> = new Set(['sit on', 'member of'].map((p) => p.split(/\s+/).map(key).join(' ')))

/** Verbs that, in the passive, make the role the one giving input: "is consulted on …", "is asked for …". */
export const CONSULTED_VERBS = wordKeys('consult ask involve invite brief')

/**
 * Nouns that name a way of holding work, for labels without a verb ("Oversight of the
 * night loading", "Delegation of filing to the admin team"): each stands for its verb.
 */
export const MODE_NOUNS: ReadonlyMap<string, string> = new Map(
  [
    ['oversight', 'oversee'], ['supervision', 'supervise'], ['delegation', 'delegate'], ['handover', 'hand'], ['implementation', 'implement'],
    ['industrialisation', 'industrialise'], ['industrialization', 'industrialise'], ['rollout', 'roll'], ['roll-out', 'roll'], ['adoption', 'adopt'],
    ['coordination', 'coordinate'], ['liaison', 'liaise'], ['input', 'input']
  ].map(([noun, verb]) => [key(noun), key(verb)])
)

/** Putting a finished result into use. */
export const IMPLEMENT_VERBS = wordKeys('implement industrialise operationalise embed adopt scale transfer translate')
export const IMPLEMENT_WITH_PARTICLE = wordKeys('roll scale put bring move')
/** Verbs that start using something: with a finished result they put it to work ("introduce the approved recipe"). */
export const INTRODUCE_VERBS = wordKeys('introduce apply')
/** Taking a finished result from its owner ("takes the signed-off designs from the studio"). */
export const TAKING_VERBS = wordKeys('take receive accept')
/** Verbs of running a project as its manager. */
export const PROJECT_RUNNING = wordKeys('run lead manage own head deliver')
export const FINISHED: ReadonlySet<string> = new Set(
  'finished final finalised finalized approved agreed validated proven tested completed complete released ready signed-off signed handed lab-proven trialled piloted built delivered'.split(' ')
)
/** What a finished result is: "the approved design", "the validated recipe". */
export const RESULT_NOUNS = wordKeys('design designs recipe process prototype formula formulation version product model outcome result spec specification method strategy plan packaging range')
export const PRODUCTION_WORDS = wordKeys('production manufacturing manufacture factory plant line full-scale mass-production shop-floor brewhouse bakehouse distillery stillhouse mill works')
/** "into routine use", "into service", "into practice": where a finished result is put to work. */
export const INTO_USE = wordKeys('use service practice operation')
/** Turning a result set elsewhere into the role's own plan: "turn the strategy into a plan", "break the budget down into targets". */
export const TURN_VERBS = wordKeys('turn convert translate break cascade')
/** The role's own ways of working, which a finished result can be written into. */
export const OWN_PROCEDURES = wordKeys('procedure procedures sop sops process processes routine routines checklist checklists manual manuals playbook playbooks induction inductions briefing briefings check checks timetable timetables script scripts training sheet sheets')
/** Moving people or work over to something new. */
export const SWITCH_VERBS = wordKeys('switch move migrate transfer convert')
/** New systems people are moved onto. */
export const NEW_SYSTEMS = wordKeys('app apps system systems software platform tool tools portal process scheduler rota till tills scanner scanners')
export const OWN_PLANS = wordKeys('plan plans schedule schedules target targets action actions step steps objective objectives budget budgets rota rotas programme pattern patterns')
/** Passing on what was decided elsewhere to the role's own people: "communicates the company's priorities to the shift teams". */
export const CASCADE_VERBS = wordKeys('communicate cascade relay explain')
export const START_VERBS = wordKeys('start begin launch set run produce manufacture make build ramp install')
/** Verbs that finish a result: in a clause such as "once engineering signs it off" they say the work arrives finished. */
export const FINISHING_VERBS = wordKeys('approve finalise complete release validate sign freeze build deliver hand prove finish conclude')
/** Words opening the clause that says when a result arrives ("once", "after", "when"). */
export const ARRIVAL_WORDS: ReadonlySet<string> = new Set(['once', 'after', 'when', 'whenever'])

/** Working with the work's owner. */
export const COORDINATE_VERBS = wordKeys(`liaise coordinate collaborate partner consult align agree sync meet work engage brief tell ask request raise escalate
  log notify inform discuss plan test review check confirm share talk join`)
/** Specialists outside operations whose work it is: worked with, they are the owner ("work with legal counsel"). */
export const ADVISERS = wordKeys('counsel lawyer lawyers solicitor solicitors auditor auditors adviser advisers advisor advisors')
/** What is raised with a department: "IT issues", "HR queries", "legal requests". */
export const RAISED = wordKeys('issue issues fault faults problem problems query queries request requests incident incidents bug bugs defect defects error errors outage outages')
/** Outside people the role would deal with directly: telling them things is their domain's work. */
export const OUTSIDE_PEOPLE = wordKeys('journalist journalists reporter reporters editor editors press media investor investors shareholder shareholders backer backers analyst analysts minister ministers mp mps politician politicians councillor councillors official officials council councils parliament ministry government')
/** The company's own units: a domain's phrase ending on one ("the press office") names the owner, not an outside party. */
export const OWN_UNITS = wordKeys('team teams office offices desk function unit dept')
export const RAISE_VERBS = wordKeys('raise log escalate report flag refer follow chase')
export const COORDINATE_PREPS = new Set(['with', 'alongside', 'to'])

/** Supporting another department's work. */
export const SUPPORT_VERBS = wordKeys('support enable help assist back serve equip free')
export const SUPPORT_PREPS = new Set(['for', 'ahead', 'behind', 'prior'])

/** Only for the role's own direct reports. */
/** The role's own people, after "his", "her", "my": "her two shift supervisors". */
export const OWN_REPORTS = wordKeys('supervisor supervisors leader leaders lead leads manager managers deputy deputies report reports staff crew operatives team')

export const DIRECT_REPORT_PHRASES: readonly (readonly string[])[] = [
  'direct report', 'own team', 'own deputy', 'own deputies', 'own manager', 'own managers', 'own team member', 'own supervisors', 'your team', 'your shift', 'your staff', 'your supervisor', 'own report', 'own staff', 'own shift', 'own people', 'own supervisor', 'own team leader', 'line report',
  'report to him', 'report to her', 'report to me', 'report to them', 'report to you', 'reporting to him', 'reporting to her',
  'his team', 'her team', 'my team', 'my supervisor', 'my staff', 'my people', 'my report', 'my deputy', 'my shift', 'my crew', 'my team leader', 'my operative', 'my driver', 'our team', 'their own team', 'who report to', 'people who report', 'team he manage',
  'team she manage', 'people he manage', 'people she manage', 'staff he manage', 'staff she manage', 'reporting directly to', 'report directly to', 'reporting to role',
  'report into role', 'reporting to post'
].map((p) => p.split(/\s+/).map(key))

/** The role's bosses: reporting to them is no direct report, and their doing is an owner's. */
export const BOSSES: ReadonlySet<string> = new Set(['ceo', 'md', 'board', 'director', 'chief', 'president', 'owner', 'owners', 'founder', 'founders', 'chair', 'coo', 'cfo', 'trustees', 'partners', 'principal'])
/** Desks named for the people at them: "get admin to …", "ask reception to …". */
export const DESKS = wordKeys(DESK_NAMES.join(' '))
/** Specialists whose work a domain is: named doing it they own it, given something they receive it. */
export const SPECIALISTS = wordKeys(`designer designers developer developers devs engineer engineers scientist scientists researcher researchers lawyer lawyers
  solicitor solicitors marketer marketers recruiter recruiters accountant accountants chemist chemists architect architects reps salespeople`)
/** Phone posts: answering them is desk work. */
export const PHONE_POSTS = wordKeys('phone phones telephone telephones switchboard helpline helplines')
/** Posts one person works: "the returns desk", "a till", "the turnstiles", "the grill", the phones. */
export const POSTS: ReadonlySet<string> = new Set([...PHONE_POSTS, ...wordKeys('headset headsets till tills desk desks counter counters door doors gate gates reception pass checkout checkouts bar oven ovens grill fryer booth booths kiosk kiosks turnstile turnstiles stall stalls')])
