// Rule ops-manager/government-relations: an Operations Manager holding work of category "government-relations".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('government-relations')
