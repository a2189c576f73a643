// Rule ops-manager/hr-beyond-operations: an Operations Manager holding work of category "hr-beyond-operations".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('hr-beyond-operations')
