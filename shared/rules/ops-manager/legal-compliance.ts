// Rule ops-manager/legal-compliance: an Operations Manager holding work of category "legal-compliance".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('legal-compliance')
