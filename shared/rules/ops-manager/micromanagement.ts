// Rule ops-manager/micromanagement: an Operations Manager holding work of category "micromanagement".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('micromanagement')
