// Rule ops-manager/non-operational-projects: an Operations Manager holding work of category "non-operational-projects".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('non-operational-projects')
