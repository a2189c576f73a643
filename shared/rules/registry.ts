// The rule pack: every rule in the order findings are listed for one duty.

import type { OutOfScopeId } from './categories'
import duplicateDuty from './duplicate-duty'
import managerHoldsReportDuty from './manager-holds-report-duty'
import clericalAdmin from './ops-manager/clerical-admin'
import customerSales from './ops-manager/customer-sales'
import governmentRelations from './ops-manager/government-relations'
import hrBeyondOperations from './ops-manager/hr-beyond-operations'
import individualTasks from './ops-manager/individual-tasks'
import investorRelations from './ops-manager/investor-relations'
import legalCompliance from './ops-manager/legal-compliance'
import majorFinance from './ops-manager/major-finance'
import marketingCampaigns from './ops-manager/marketing-campaigns'
import micromanagement from './ops-manager/micromanagement'
import nonOperationalProjects from './ops-manager/non-operational-projects'
import productDesign from './ops-manager/product-design'
import publicRelations from './ops-manager/public-relations'
import researchDevelopment from './ops-manager/research-development'
import softwareIt from './ops-manager/software-it'
import strategyVision from './ops-manager/strategy-vision'
import { PACKS } from './pack-engine'
import { CHECK_CARD_META } from './scope-findings'
import type { DutyRule, RuleMeta } from './types'
import unassignedDuty from './unassigned-duty'

export const SCOPE_RULES: Readonly<Record<OutOfScopeId, DutyRule>> = {
  'strategy-vision': strategyVision,
  'major-finance': majorFinance,
  'marketing-campaigns': marketingCampaigns,
  'hr-beyond-operations': hrBeyondOperations,
  'software-it': softwareIt,
  'product-design': productDesign,
  'legal-compliance': legalCompliance,
  'research-development': researchDevelopment,
  'public-relations': publicRelations,
  'investor-relations': investorRelations,
  'government-relations': governmentRelations,
  'customer-sales': customerSales,
  'individual-tasks': individualTasks,
  'clerical-admin': clericalAdmin,
  micromanagement,
  'non-operational-projects': nonOperationalProjects
}

export const STRUCTURE_RULES: readonly DutyRule[] = [managerHoldsReportDuty, unassignedDuty, duplicateDuty]

export const ALL_RULES: readonly DutyRule[] = [...Object.values(SCOPE_RULES), ...STRUCTURE_RULES]

/** Meta of every built-in rule: the packs' rules, the "Check this card" note and the structure rules. */
export const ALL_RULE_METAS: readonly RuleMeta[] = [...PACKS.flatMap((p) => p.rules.map((r) => r.meta)), CHECK_CARD_META, ...STRUCTURE_RULES.map((r) => r.meta)]
