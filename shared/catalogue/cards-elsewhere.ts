// Out-of-scope duties: work that usually belongs to another function, to the team
// members themselves, or to nobody (micromanagement). Grouped by the function that
// normally owns it, so the Library also shows where the work should go.

import type { CatalogueCard } from './types'
import { duties } from './card-builders'

export const ELSEWHERE_DUTY_CARDS: readonly CatalogueCard[] = [
  ...duties('Strategy', 'strategy-vision', [
    ['card-set-long-term-vision', "Set the company's long-term vision"],
    ['card-choose-new-markets', 'Choose which new markets to enter'],
    ['card-lead-mergers-acquisitions', 'Lead merger and acquisition talks'],
    ['card-define-corporate-strategy', 'Define the corporate strategy'],
    ['card-decide-major-product-bets', 'Decide on major new product lines']
  ]),
  ...duties('Finance', 'major-finance', [
    ['card-secure-funding', 'Secure funding from banks and lenders'],
    ['card-approve-major-investments', 'Approve major capital investments'],
    ['card-set-fiscal-strategy', 'Set the overall fiscal strategy'],
    ['card-manage-financial-risk', 'Manage company-wide financial risk'],
    ['card-prepare-annual-accounts', 'Prepare the annual financial statements']
  ]),
  ...duties('Marketing', 'marketing-campaigns', [
    ['card-design-marketing-campaigns', 'Design marketing campaigns'],
    ['card-run-social-media-ads', 'Run social media ads'],
    ['card-plan-launch-campaign', 'Plan the product launch campaign'],
    ['card-write-advertising-copy', 'Write advertising copy'],
    ['card-manage-brand-guidelines', 'Manage the brand guidelines']
  ]),
  ...duties('Human Resources', 'hr-beyond-operations', [
    ['card-recruit-new-hires', 'Recruit new hires'],
    ['card-negotiate-salaries', 'Negotiate salaries'],
    ['card-set-hr-strategy', 'Set the company HR strategy'],
    ['card-discipline-other-departments', 'Discipline staff in other departments'],
    ['card-design-benefits', 'Design employee benefits packages'],
    ['card-run-company-onboarding', 'Run company-wide onboarding']
  ]),
  ...duties('IT', 'software-it', [
    ['card-manage-servers', 'Manage servers'],
    ['card-manage-cybersecurity', 'Manage cybersecurity'],
    ['card-maintain-it-infrastructure', 'Maintain the IT infrastructure'],
    ['card-fix-network-outages', 'Troubleshoot complex network outages']
  ]),
  ...duties('Software Development', 'software-it', [
    ['card-build-mobile-app', 'Build the mobile app'],
    ['card-code-company-website', 'Write code for the company website'],
    ['card-develop-internal-software', 'Develop new internal software']
  ]),
  ...duties('Product', 'product-design', [
    ['card-design-new-products', 'Design new products'],
    ['card-build-prototypes', 'Build product prototypes'],
    ['card-write-product-specs', 'Write new product specifications']
  ]),
  ...duties('Engineering', 'product-design', [
    ['card-engineer-product-features', 'Engineer new product features'],
    ['card-test-prototype-designs', 'Test prototype designs']
  ]),
  ...duties('Legal', 'legal-compliance', [
    ['card-handle-legal-disputes', 'Handle legal disputes'],
    ['card-set-legal-strategy', 'Set the legal strategy'],
    ['card-represent-in-court', 'Represent the company in court'],
    ['card-draft-commercial-contracts', 'Draft commercial contracts'],
    ['card-interpret-new-laws', 'Interpret new laws for the board']
  ]),
  ...duties('R&D', 'research-development', [
    ['card-run-lab-experiments', 'Run lab experiments'],
    ['card-research-new-materials', 'Research new materials'],
    ['card-develop-new-technologies', 'Develop new technologies'],
    ['card-lead-research-projects', 'Lead research projects']
  ]),
  ...duties('Public Relations', 'public-relations', [
    ['card-write-press-releases', 'Write press releases'],
    ['card-handle-media-inquiries', 'Handle media inquiries'],
    ['card-give-press-interviews', 'Give interviews to journalists'],
    ['card-manage-public-image', "Manage the company's public image"],
    ['card-draft-public-statements', 'Draft public statements']
  ]),
  ...duties('Investor Relations', 'investor-relations', [
    ['card-pitch-to-investors', 'Pitch to investors'],
    ['card-present-results-shareholders', 'Present financial results to shareholders'],
    ['card-run-shareholder-meeting', 'Run the annual shareholder meeting'],
    ['card-manage-investor-expectations', 'Manage investor expectations']
  ]),
  ...duties('Government Relations', 'government-relations', [
    ['card-lobby-government-officials', 'Lobby government officials'],
    ['card-advocate-policy', 'Advocate company interests in policy debates'],
    ['card-meet-ministers', 'Meet ministers and their advisers'],
    ['card-track-political-developments', 'Track political developments']
  ]),
  ...duties('Sales', 'customer-sales', [
    ['card-sell-to-key-accounts', 'Sell to key accounts'],
    ['card-close-sales-deals', 'Close new sales deals'],
    ['card-cold-call-prospects', 'Cold-call prospective customers'],
    ['card-manage-sales-pipeline', 'Manage the sales pipeline'],
    ['card-set-sales-quotas', 'Set sales quotas']
  ]),
  ...duties('Administration', 'clerical-admin', [
    ['card-answer-phones', 'Answer phones'],
    ['card-data-entry', 'Data entry'],
    ['card-file-paperwork', 'File paperwork'],
    ['card-book-meeting-rooms', 'Book meeting rooms'],
    ['card-sort-incoming-mail', 'Sort incoming mail'],
    ['card-type-meeting-minutes', 'Type up meeting minutes']
  ]),
  ...duties('Project Management', 'non-operational-projects', [
    ['card-manage-marketing-campaign-project', 'Manage the marketing campaign project'],
    ['card-run-website-redesign-project', 'Run the website redesign project'],
    ['card-manage-software-release-project', 'Manage the software release project'],
    ['card-lead-rebranding-project', 'Lead the rebranding project'],
    ['card-coordinate-investor-roadshow', 'Coordinate the investor roadshow project']
  ]),
  // Hands-on work of team members: fine for the team, not for the manager to do personally.
  ...duties('Warehousing', 'individual-tasks', [
    ['card-pick-and-pack-orders', 'Pick and pack orders'],
    ['card-drive-forklift', 'Drive the forklift'],
    ['card-load-delivery-trucks', 'Load delivery trucks']
  ]),
  ...duties('Logistics', 'individual-tasks', [['card-drive-delivery-routes', 'Drive delivery routes']]),
  ...duties('Customer Service', 'individual-tasks', [['card-answer-customer-tickets', 'Answer individual customer tickets']]),
  ...duties('Production', 'individual-tasks', [['card-operate-production-line', 'Operate a production line station']]),
  // Task-level control that undermines the team instead of managing it against goals.
  ...duties('Operations', 'micromanagement', [
    ['card-approve-every-task', 'Approve every task of each employee'],
    ['card-check-every-email', 'Read every email the team sends'],
    ['card-dictate-daily-todo-lists', "Dictate each person's daily to-do list"],
    ['card-watch-employee-screens', "Watch employees' screens during the day"],
    ['card-sign-off-minor-decisions', 'Sign off every minor decision']
  ])
]
