// Rule ops-manager/software-it: an Operations Manager holding work of category "software-it".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('software-it')
