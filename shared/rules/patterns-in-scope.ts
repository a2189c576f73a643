// Phrases that point at in-scope operations work. The counterparts are the in-scope
// versions of out-of-scope areas (the same words, different work): they weigh more
// than any out-of-scope phrase, so "schedule shifts" or "align fulfilment with
// marketing promises" never raise a warning. Syntax as in patterns-out-of-scope.ts.

import type { PatternGroup } from './pattern-types'

const C = 6

export const IN_SCOPE_PATTERNS: readonly PatternGroup[] = [
  { category: 'operations', weight: C, counterpart: 'Operational feasibility of strategies', patterns: [
    'feasibilit*', 'assess*|evaluat*|review* .. operat* .. impact*|implication*|risk*', 'operat* .. input|capacity|data|view .. strateg*', 'translat*|turn* .. strateg* .. operat*|plan*', 'operat* .. strateg*|plan*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Operations budget and cost-benefit cases for improvements', patterns: [
    'cost benefit', 'business case* .. operat*|improvement*|automation|equipment|machine*', 'operat*|operating|department*|site|warehouse|running .. budget*|spend*|cost*',
    'budget* .. operat*|department*|site|warehouse', 'control*|reduc*|cut* .. cost*', 'control*|reduc*|cut*|track* .. operat*|operating|running|warehouse|site|production .. cost*|spend'
  ] },
  { category: 'operations', weight: C, counterpart: 'Fulfilment and service that match marketing promises', patterns: [
    '& fulfil* marketing|promise*|promotion*|promotional|campaign*', '& promise* deliver*|fulfil*|service*', '& capacity|stock|inventory|warehouse|ready|readiness campaign*|promotion*|promotional|launch',
    'customer service .. marketing|promise*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Workforce and shift scheduling', patterns: [
    'schedul*|plan*|roster*|rota*|allocat*|organis*|arrang* .. shift*|staff*|workforce|labour|crew*|cover', 'rota|rotas|roster*', 'workforce .. plan*|schedul*',
    'staffing level*', 'temporary|agency|temp .. staff|labour|worker*', 'shift pattern*', 'resource allocation|planning', 'allocat* .. resource*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Performance management against operational targets', patterns: [
    'performance .. operat*|target*|kpi*|goal*|productivity|objective*', 'team .. performance', 'coach* .. target*|productivity|performance',
    'set .. goal*|target*|kpi*|objective* .. team*|operat*|warehouse*|site*|shift*|staff|line*', 'set .. team*|operat*|warehouse*|site|shift* .. goal*|target*|kpi*|objective*', 'productivity target*', 'hit .. target*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Identifying training needs in the team', patterns: [
    'training need*', 'skill* gap*', 'arrang*|organis* .. training', 'identif* .. training|skill*', 'train* .. team|staff .. process*|equipment|procedure*|system*', 'training .. completion|equipment|target*',
    'team .. tool* .. training', 'safety .. induction*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Discipline and conduct of direct reports', patterns: ['direct report*', 'own team .. disciplin*|conduct'] },
  { category: 'operations', weight: C, counterpart: 'Working with IT and other teams so systems support operations', patterns: [
    'work|liais*|partner*|collaborat*|coordinat* .. infotech|engineering|hr|finance', 'system* .. support* .. operat*', 'operat* .. requirement* .. system*',
    'requirement* .. warehouse|wms|erp', 'system downtime', 'production readiness', 'with-IT'
  ] },
  { category: 'operations', weight: C, counterpart: 'Keeping operational processes within regulations', patterns: [
    'process*|operat*|site|warehouse*|plant|production|facilit*|procedure* .. complian*|compliant|comply|adhere*|regulat*|permit*',
    'complian*|compliant|comply|adhere* .. health|safety|environmental|permit*', 'iso .. audit*|standard*|9001|14001', 'audit* .. operat*|process*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Implementing R&D outcomes and finished designs in production', patterns: [
    'implement*|scale|bring|transfer*|industrialis*|roll .. rnd|research|design*|prototype* .. production|manufactur*|operat* =8', 'rnd .. outcome*|result*', '& rnd|research production|manufactur*|full-scale',
    'finalis* .. design*', 'final|finished design*', 'ready .. production', 'product spec* .. production|optimis*', 'understand .. spec*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Operational data and reports for others', patterns: [
    'provid*|share|supply|prepar*|report*|present* .. operat* .. data|kpi*|report*|metric*|figure*|performance', 'operat* .. data|kpi*|report*|metric* .. finance|board|investor*|execut*|leadership',
    'provid*|supply|share .. data|report*|kpi* .. finance|board|investor*|execut*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Supporting sales by delivering on time to expectations', patterns: [
    'support* .. sales', 'on-time|time .. deliver*|dispatch*|ship*', 'deliver* .. efficient*|time', 'ship|ships|shipped|dispatch* .. time', 'meet* .. customer expectation*', 'lead time* .. sales',
    'share|give|provid* .. lead-time*|delivery-date*|availability .. sales', 'snop', 'sales operations planning', 'delivery complaint*', 'customer* .. deliver* .. delay*|late', 'late .. order*|deliver*|shipment*', 'customer expectation*',
    'delivery|shipping|dispatch .. term*|date*|window*|slot*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Overseeing and delegating admin work', patterns: [
    'oversee*|overseeing|supervis*|delegat*|streamlin*|improv*|efficien* .. admin*|clerical|administrative|paperwork|data-entry|filing|back-office|order-processing',
    'delegat* .. data|filing|phone*'
  ] },
  { category: 'operations', weight: C, counterpart: 'Taking part in cross-functional projects', patterns: ['cross-functional|cross .. project*|team*|initiative*', 'take-part|participat* .. project*'] },
  { category: 'operations', weight: C, counterpart: 'Operational project management', patterns: [
    '& project* operat*|warehouse*|lean|site|plant|production|logistic*|fit-out|automation|distribution|process*|facilit*|depot'
  ] },
  { category: 'operations', weight: C, counterpart: 'Overseeing the team\'s hands-on work', patterns: [
    'oversee*|overseeing|supervis*|manag*|ensur*|monitor* .. pick*|pack*|dispatch*|loading|picked|packed|cycle-count*', 'set-up|design*|improv*|introduc*|new .. picking|packing .. process*', 'cycle count programme', 'stock accuracy'
  ] },
  { category: 'operations', weight: 3, patterns: [
    'process* .. improv*', 'improvement*', 'improv* .. process*|efficien*|productiv*|workflow*|throughput|speed|fulfil*|quality', 'streamlin*', 'waste', 'lean', 'six sigma', 'kaizen',
    'logistic*', 'inventor*', 'stock .. level*|control', 'supply chain', 'quality', 'vendor*', 'supplier*', '3pl', 'logistics provider*', 'carrier*',
    'procure*', 'purchas*', 'raw material*', 'capacity', 'safety', 'facilit*', 'maintenance', 'warehouse*', 'distribution', 'dispatch*', 'shipping*',
    'fulfil*', 'order processing', 'return* .. process*', 'returns', 'production', 'manufactur*', 'fleet', 'route*', 'transport*', 'sop|sops',
    'standard operating procedure*', 'downtime', 'kpi*', 'otif', 'throughput', 'stand-up*|standup*|huddle*', 'forecast* .. demand', 'demand .. forecast*|plan*',
    'plan* .. production', 'operations', 'operational', 'day-to-day', 'shift lead*', 'continuity', 'service level*', 'root cause*', 'layout', 'productiv*',
    'efficien*', 'workflow*', 'freight', 'forwarder*', 'cycle time*', 'lead time*', 'inbound', 'outbound', 'shipment*', 'energy', 'picking*', 'packing*', 'goods-in|goods-out', 'barcod*', 'complaint*', 'escalat*', 'distribution centre', 'depot', 'site', 'throughput', 'shift*',
    'fire safety|drill*|alarm*|marshal*|warden*|extinguisher*|evacuation|exit*|door*|risk* =6', '& label|labels|labelling|barcod*|shipping|thermal printer* =6'
  ] }
]
