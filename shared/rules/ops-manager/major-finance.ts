// Rule ops-manager/major-finance: an Operations Manager holding work of category "major-finance".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('major-finance')
