// Business-function cards: dropping one on a role says "this role runs that function".
// Each function's group is its own name, so the Library shows it at the head of its group.

import type { CatalogueCard } from './types'
import type { CategoryId } from '../rules/categories'

function fn(id: string, label: string, category: CategoryId): CatalogueCard {
  return { id, label, kind: 'function', group: label, category }
}

export const FUNCTION_CARDS: readonly CatalogueCard[] = [
  // Functions an Operations Manager normally runs or oversees.
  fn('card-function-operations', 'Operations', 'operations'),
  fn('card-function-logistics', 'Logistics', 'operations'),
  fn('card-function-warehousing', 'Warehousing', 'operations'),
  fn('card-function-production', 'Production', 'operations'),
  fn('card-function-procurement', 'Procurement', 'operations'),
  fn('card-function-supply-chain', 'Supply Chain', 'operations'),
  fn('card-function-quality', 'Quality', 'operations'),
  fn('card-function-facilities', 'Facilities', 'operations'),
  fn('card-function-health-safety', 'Health & Safety', 'operations'),
  fn('card-function-customer-service', 'Customer Service', 'operations'),
  // Functions that usually sit with another department.
  fn('card-function-strategy', 'Strategy', 'strategy-vision'),
  fn('card-function-finance', 'Finance', 'major-finance'),
  fn('card-function-marketing', 'Marketing', 'marketing-campaigns'),
  fn('card-function-sales', 'Sales', 'customer-sales'),
  fn('card-function-human-resources', 'Human Resources', 'hr-beyond-operations'),
  fn('card-function-it', 'IT', 'software-it'),
  fn('card-function-software-development', 'Software Development', 'software-it'),
  fn('card-function-product', 'Product', 'product-design'),
  fn('card-function-engineering', 'Engineering', 'product-design'),
  fn('card-function-legal', 'Legal', 'legal-compliance'),
  fn('card-function-research-development', 'R&D', 'research-development'),
  fn('card-function-public-relations', 'Public Relations', 'public-relations'),
  fn('card-function-investor-relations', 'Investor Relations', 'investor-relations'),
  fn('card-function-government-relations', 'Government Relations', 'government-relations'),
  fn('card-function-administration', 'Administration', 'clerical-admin'),
  fn('card-function-project-management', 'Project Management', 'non-operational-projects')
]
