// Rule ops-manager/marketing-campaigns: an Operations Manager holding work of category "marketing-campaigns".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('marketing-campaigns')
