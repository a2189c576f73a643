// Rule ops-manager/individual-tasks: an Operations Manager holding work of category "individual-tasks".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('individual-tasks')
