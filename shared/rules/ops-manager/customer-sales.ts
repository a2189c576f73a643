// Rule ops-manager/customer-sales: an Operations Manager holding work of category "customer-sales".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('customer-sales')
