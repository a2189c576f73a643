// Phrases that point at work outside an Operations Manager's scope, per category.
// Syntax (see classifier.ts): words match by stem, `word*` by prefix, `a|b` either,
// `..` allows up to 4 words between, `...` up to 8, a leading `&` means "all present, any order".
// Words shared with in-scope work (design, schedule, compliance, project…) appear only in
// combinations; the counterparts in patterns-in-scope.ts outweigh them.

import type { PatternGroup } from './pattern-types'

export const OUT_OF_SCOPE_PATTERNS: readonly PatternGroup[] = [
  { category: 'strategy-vision', weight: 4, patterns: [
    'vision', 'mission .. value*', 'strategic direction', 'strategic plan', 'market entry', 'enter* .. new .. market*',
    'decid* .. market|markets', 'merger*', 'acquisition*', 'mna', 'takeover*', 'business model*', 'corporate|company|business|overall|group|long-term .. strateg*',
    'company|company-wide|strategic .. priorit*', 'strategy offsite|away-day|away', 'company* .. direction', 'five-year|three-year|3-year|5-year|long-term .. plan*',
    'major product development',
    'acquir* .. competitor*|compan*|business*|rival*', 'expan* .. market*|countr*|abroad|international*', 'growth .. ambition*|strateg*', 'strategic .. objective*|goal*|priorit* =7', 'purpose', 'long-term .. goal*|ambition*|direction', 'decid*|determin* .. product line*|portfolio', 'portfolio',
    'where .. compet*', 'decade', '& competitor*|rival* buy|bought|purchas*|acquir* =6'
  ] },
  { category: 'strategy-vision', weight: 3, patterns: ['strategy', 'strategic'] },

  { category: 'major-finance', weight: 4, patterns: [
    'secur* .. funding|finance|financing|investment*|capital =6', 'rais* .. capital|fund*|money|financ*|debt|equity =6', 'fundrais*', 'funding',
    'capital investment*|expenditure', 'significant|major|large .. investment*', 'investment decision*', 'financial risk*', 'fiscal', 'treasury',
    'cash-flow|cashflow', 'hedg*', 'foreign exchange', 'pnl', 'financial health', 'company-wide|company|group|annual .. budget*',
    'credit facilit*', 'loan*', 'debt', 'private equity', 'statutory|annual|year-end .. account*', 'financial statement*', 'tax',
    'approv* .. investment*', 'dividend*', 'capital .. allocat*', 'allocat* .. capital', 'financ* .. strateg* =5', 'refinanc*', 'lender*', 'working capital',
    'capex', 'financial planning', 'series .. round*', 'funding round*', 'overdraft*'
  ] },

  { category: 'marketing-campaigns', weight: 4, patterns: [
    'marketing', 'campaign*', 'advertis*', 'ad|ads|advert|adverts', 'seo', 'ppc', 'social media', 'newsletter*', 'copywrit*',
    'brand*', 'trade show*', 'promotion*', 'promotional', 'discount*', 'loyalty', 'market research', 'positioning', 'instagram|linkedin|facebook|tiktok|youtube|twitter|pinterest',
    'influencer*', 'go-to-market', 'content .. post*|blog*|channel*|instagram|linkedin|social', 'market* .. segment*',
    'collateral', 'brochure*', 'messaging*', 'following', 'display .. advertis*',
    'run .. competition*', 'social', 'writ* .. copy*', 'copy* .. advert*|ad|ads|web*|email*|campaign*',
    // Content marketing and testing what converts: "A/B" reaches the patterns as "split".
    'blog*|vlog*|podcast*', 'content marketing|calendar*', 'split test*|testing =6', 'landing page*', 'conversion .. rate*|experiment*|test*|optimis* =6'
  ] },

  { category: 'hr-beyond-operations', weight: 4, patterns: [
    'recruit*', 'talent acquisition =6', 'hiring', 'hire*', 'negotiat* .. salar*|pay|compensation|wage*|remuneration|package*', 'salar*', 'payroll', 'compensation',
    'compensation|employee|staff .. benefit*', 'benefits', 'interview*', 'candidate*', 'applicant*', 'cv|cvs|resume*', 'job .. advert*|ad|ads|posting*|description*',
    'vacanc*', 'talent', 'headhunt*', 'onboard* .. new .. hire*|starter*', 'induction', 'disciplinar*', 'disciplin*', 'grievance*', 'tribunal*',
    'dismiss*', 'hr', 'human resources', 'employee handbook', 'pension*', 'pay rise*|review*|award* =5', 'bonus*', 'union', 'collective bargaining',
    'succession planning', 'employee relations', 'staff|employee .. promotion*', 'appraisal .. system|process|policy|framework',
    'engagement survey*', 'employee engagement', 'exit interview*', 'employment law', 'hr policy|policies', 'graduate .. programme|scheme',
    // Ending someone's employment, and setting pay, anywhere beyond the manager's own reports.
    'fire|sack|terminat*|dismiss*|lay-off|laid-off|let-go .. staff|employee*|people|worker*|performer*|member*|personnel|someone|colleague*|employment =6',
    'layoff*', 'make|making|made .. redundanc*', 'make|making|made .. staff|people|employee*|worker*|role*|post*|position*|team* .. redundant', 'redundancy .. consultation*|programme*|process*|payment*|package*',
    'pay|salary|wage|bonus band*|scale*|grade*|grading|structure*|range*|increase*|rise*|level*|bracket*|freeze* =5'
  ] },

  { category: 'software-it', weight: 4, patterns: [
    'software', 'code', 'coding', 'programmin*', 'programmer*', 'develop* .. app|apps|application*|feature*|website|api*|integration*', 'infotech', 'server*',
    'cyber*', 'firewall*', 'endpoint*', 'database*', 'backup*', 'patch*', 'laptop*', 'user account*', 'helpdesk', 'help desk', 'cloud', 'aws|azure|gcp',
    'hosting', 'website', 'deploy*', 'troubleshoot* .. technical|complex|server*|network*|software|system*', 'technical issue*', 'sysadmin',
    'bug*', 'data warehouse', 'network', 'security .. endpoint|network|data|information', 'password*',
    'microsoft|office 365', 'licence*', 'vpn', 'remote access', 'hardware', 'migrat* .. server*|cloud|system*|data', 'integration*',
    // Desk-side support: the office's computers, printers and accounts.
    'infotech problem*|issue*|fault*|question*|request*|quer*|ticket* =7', 'printer*', 'pc|pcs', 'desk-side|deskside', 'tech|technical support', 'email .. problem*|issue*|fault*|outage*|access',
    'fix*|repair*|troubleshoot*|replac*|install*|set-up|setup|upgrad* .. computer*|pc|pcs|printer*|laptop*|wifi|wi-fi|login*|log-in*|email =5'
  ] },

  { category: 'product-design', weight: 4, patterns: [
    'design* .. new .. product*|range*|model*|component*|feature*', 'product design*', 'prototyp*', 'industrial design', 'cad', 'product engineering',
    'engineer .. product*|next-generation', 'product specification*|spec|specs', 'ux|ui', 'user experience|interface', 'design review*', 'product roadmap',
    'roadmap', 'packaging design', 'design* .. packaging', 'new .. product .. design*', 'iterat* .. design*|prototype*',
    'sketch*', 'concept*', 'product feature*', 'feature*', 'usability', 'user research =6', 'product requirement*',
    '3d .. model*'
  ] },

  { category: 'legal-compliance', weight: 4, patterns: [
    'legal', 'lawyer*', 'solicitor*', 'counsel', 'litigat*', 'lawsuit*', 'dispute*', 'court', 'draft* .. contract*', 'contract* .. review*',
    'complian*', 'comply', 'legislation', 'intellectual property', 'trademark*', 'patent*', 'whistleblow*', 'bribery|anti-bribery|corruption',
    'gdpr', 'claims', 'regulatory', 'law|laws',
    'data protection', 'terms .. conditions', 'settlement*'
  ] },

  { category: 'research-development', weight: 4, patterns: [
    'research development =7', 'rnd', 'research', 'experiment*', 'lab|labs|laboratory', 'innovation', 'develop* .. new .. product*|material*|formulation*|technolog*|process*|chemistr*',
    'formulation*', 'hypothes*', 'scientific', 'scientist*', 'publish* .. finding*|paper*', 'new technolog*', 'chemistr*', 'next-generation',
    'emerging technolog*', 'explor* .. technolog*', 'clinical trial*', 'future product*'
  ] },

  { category: 'public-relations', weight: 4, patterns: [
    'media', 'press', 'journalist*', 'spokes*', 'pr', 'public relations', 'public image', 'reputation*', 'public statement*', 'crisis .. communicat*|comms',
    'interview* .. press|tv|media|radio|journalist*', 'tv|radio', 'public criticism', 'image',
    'communicat* .. public|media|press', 'press|media .. enquir*|release*|quer* =5'
  ] },

  { category: 'investor-relations', weight: 5, patterns: [
    'investor*', 'shareholder*', 'earnings', 'pitch deck', 'venture capital', 'annual report', 'analyst call*',
    'investment community', 'analyst*'
  ] },

  { category: 'government-relations', weight: 5, patterns: [
    'lobby*', 'government*', 'minister*', 'mp|mps|politician*', 'politic*', 'public affairs', 'advoca*', 'public|trade .. policy',
    'official*', 'subsid*', 'trade association*', 'council',
    'policymaker*|policy-maker*', 'parliament*', 'tariff*', 'department .. transport|trade|health|education|environment', 'regulatory affairs'
  ] },

  { category: 'customer-sales', weight: 4, patterns: [
    'sales .. target*|quota*|pipeline =7', 'sell', 'selling', 'sales', 'sold', 'close .. deal*', 'cold .. call*', 'prospect*', 'generat* .. lead*', 'quota*', 'upsell*', 'cross-sell*',
    'key .. account*', 'account management', 'customer account*', 'negotiat* .. price*|deal*|discount*|term* .. customer*|client*',
    'negotiat* .. customer*|client*', 'pitch*', 'demo|demos', 'quote*', 'quotation*', 'new business', 'win .. business|client*|customer*|deal*',
    'take order*', 'potential|prospective|new .. buyer*|client*|customer*',
    'tender*', 'rfp|rfps|rfq|rfqs', 'convert* .. lead*|prospect*', 'paying customer*',
    // Contracts with customers are the sale itself; supplier contracts stay with operations.
    'sign|agree|renew|win|secure|close .. contract*|agreement*|deal*|terms .. customer*|client*|buyer* =5',
    'sign|agree|renew|win|secure|close .. customer*|client* .. contract*|agreement*|terms|renewal* =5'
  ] },

  { category: 'individual-tasks', weight: 4, patterns: [
    'pick .. pack', 'drive .. van*|truck*|lorr*|forklift*|vehicle*', 'operat* .. forklift*|till*|machine*|press', 'forklift*', 'load* .. unload*|truck*|lorr*|van*|container*',
    'unload*', 'work .. shift* .. line|floor|bench', 'stack* .. shel*', 'restock*', 'cover .. operative*|picker*|packer*|driver*|absence*|bench',
    'personally', 'myself|yourself|himself|herself|themselves', 'hands-on', 'assembl* .. product*|unit*|part*', 'deliver .. parcel*|package*',
    'wrap* .. parcel*|box*|package*', 'label .. parcel*|box*|package*', 'tidy', 'packing bench',
    'pick* .. order*|item*|stock', 'pack .. box*|order*|parcel*|item*', 'load .. vehicle*', 'run|operat* .. machine*|line', 'serve .. customer*', 'till', 'busy period*|short-staffed',
    'drive .. deliveries*|parcel*|route*'
  ] },

  { category: 'clerical-admin', weight: 4, patterns: [
    'data entry', 'enter* .. order*|data|invoice*|record*|timesheet* .. system|spreadsheet*', 'key .. timesheet*|data|order*|invoice*', 'keying',
    'input .. data', 'filing', 'file .. document*|paperwork|record*|invoice*', 'answer* .. phone*|call*|telephone*', 'photocop*', 'scan* .. document*',
    'type .. minute*|letter*', 'take minute*', 'meeting minute*', 'sort* .. post|mail', 'stationery', 'office supplies', 'book .. travel|hotel*|room*|meeting*',
    'reception*', 'greet* .. visitor*', 'diary', 'calendar', 'paperwork',
    'switchboard', 'update* .. spreadsheet*', 'spreadsheet*', 'letter*', 'arrang* .. meeting*',
    'take .. message*', 'phone message*', 'typing*', 'expense claim* =5', 'phone|phones',
    // Keying records in by hand, whatever system they go into.
    'enter*|input*|type-up|transcrib* .. order*|data|invoice*|record*|timesheet*|note*|detail*|receipt*|goods|figure*|letter* =5',
    'transcrib*', 'writ*|type|take|circulat* .. minutes =5'
  ] },

  { category: 'micromanagement', weight: 4, patterns: [
    'micromanag*', 'approve|check|review|sign|monitor|inspect|read .. every|each', 'every single', 'line by line', 'keystroke*', 'minute-by-minute',
    'minute by minute', 'how long .. each|every|break*', 'dictat* .. how', 'exactly how', 'watch .. over', 'over .. shoulder*', 'every hour', 'hourly check*',
    'each .. employee*|person|individual|member .. task*|work|email*|break*|job',
    'each|every .. step*', 'hour by hour', 'to-do list*',
    'copied*|cc .. every|each|all'
  ] },

  { category: 'non-operational-projects', weight: 6, patterns: [
    '& project* manag*|lead|run|coordinat*|deliver*|plan* marketing|campaign*|software|website|app|crm|rebrand*|brand*|hr|advertis*|legal|rnd|engineering|prototype*|restructur*|mobile',
    'pm .. rebrand*|campaign*|website|app|software|launch|marketing', 'scrum', 'sprint planning'
  ] }
]
