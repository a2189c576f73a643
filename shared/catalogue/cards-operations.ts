// In-scope duties: the work an Operations Manager is there to do. Cross-functional items
// (data for investors, feasibility input for strategy…) sit in the partner function's
// group, next to the out-of-scope work they are often confused with.

import type { CatalogueCard } from './types'
import { duties } from './card-builders'

export const OPERATIONS_DUTY_CARDS: readonly CatalogueCard[] = [
  ...duties('Operations', 'operations', [
    ['card-streamline-workflows', 'Streamline workflows across teams'],
    ['card-set-team-performance-goals', 'Set team performance goals'],
    ['card-track-team-performance', 'Track team performance against targets'],
    ['card-discipline-direct-reports', 'Discipline direct reports'],
    ['card-write-operating-procedures', 'Write standard operating procedures'],
    ['card-manage-operations-budget', 'Manage the operations budget'],
    ['card-report-operational-kpis', 'Report operational KPIs to leadership'],
    ['card-run-improvement-reviews', 'Run continuous improvement reviews'],
    ['card-oversee-admin-processes', 'Oversee administrative processes'],
    ['card-join-cross-functional-projects', 'Take part in cross-functional projects']
  ]),
  ...duties('Production', 'operations', [
    ['card-reduce-waste-in-production', 'Reduce waste in production'],
    ['card-plan-production-schedules', 'Plan production schedules'],
    ['card-balance-production-capacity', 'Balance production capacity']
  ]),
  ...duties('Warehousing', 'operations', [
    ['card-schedule-warehouse-shifts', 'Schedule warehouse shifts'],
    ['card-optimise-warehouse-layout', 'Optimise the warehouse layout'],
    ['card-set-reorder-levels', 'Set inventory reorder levels'],
    ['card-oversee-stock-counts', 'Oversee stock counts and reconciliation'],
    ['card-run-returns-process', 'Run the returns process']
  ]),
  ...duties('Logistics', 'operations', [
    ['card-plan-delivery-routes', 'Plan delivery routes'],
    ['card-coordinate-shipments', 'Coordinate inbound and outbound shipments'],
    ['card-select-freight-carriers', 'Select freight carriers'],
    ['card-track-delivery-performance', 'Track on-time delivery performance']
  ]),
  ...duties('Procurement', 'operations', [
    ['card-select-suppliers', 'Evaluate and select suppliers'],
    ['card-negotiate-supplier-terms', 'Negotiate supplier terms'],
    ['card-monitor-vendor-performance', 'Monitor vendor performance'],
    ['card-approve-material-orders', 'Approve purchase orders for materials']
  ]),
  ...duties('Supply Chain', 'operations', [
    ['card-forecast-material-demand', 'Forecast material demand'],
    ['card-manage-supply-risks', 'Manage supply chain risks'],
    ['card-plan-workforce-capacity', 'Plan workforce capacity for peak season']
  ]),
  ...duties('Quality', 'operations', [
    ['card-define-quality-checks', 'Define quality control checks'],
    ['card-investigate-defects', 'Investigate defects and root causes'],
    ['card-prepare-quality-audits', 'Prepare for quality audits']
  ]),
  ...duties('Facilities', 'operations', [
    ['card-plan-equipment-maintenance', 'Plan equipment maintenance'],
    ['card-manage-facility-space', 'Manage facility space and utilities']
  ]),
  ...duties('Health & Safety', 'operations', [
    ['card-run-safety-inspections', 'Run workplace safety inspections'],
    ['card-investigate-incidents', 'Investigate workplace incidents']
  ]),
  ...duties('Customer Service', 'operations', [
    ['card-set-service-standards', 'Set customer service standards'],
    ['card-monitor-response-times', 'Monitor service response times'],
    ['card-ensure-on-time-delivery', 'Make sure orders reach customers on time']
  ]),
  // Operational counterparts of work owned elsewhere.
  ...duties('Strategy', 'operations', [['card-assess-strategy-feasibility', 'Assess operational feasibility of strategies']]),
  ...duties('Finance', 'operations', [['card-cost-benefit-improvements', 'Cost-benefit analysis of operational improvements']]),
  ...duties('Marketing', 'operations', [['card-align-fulfilment-with-promises', 'Align order fulfilment with marketing promises']]),
  ...duties('Human Resources', 'operations', [
    ['card-identify-training-needs', 'Identify training needs in the team'],
    ['card-schedule-workforce', 'Schedule the operations workforce']
  ]),
  ...duties('IT', 'operations', [['card-align-systems-with-operations', 'Work with IT so systems support operations']]),
  ...duties('Product', 'operations', [['card-implement-final-designs', 'Implement finalized product designs in production']]),
  ...duties('Legal', 'operations', [['card-keep-processes-compliant', 'Keep processes compliant with regulations']]),
  ...duties('R&D', 'operations', [['card-roll-out-rd-outcomes', 'Roll out processes delivered by R&D']]),
  ...duties('Investor Relations', 'operations', [['card-provide-operational-data', 'Provide operational data to investors']])
]
