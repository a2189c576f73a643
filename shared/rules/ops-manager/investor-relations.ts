// Rule ops-manager/investor-relations: an Operations Manager holding work of category "investor-relations".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('investor-relations')
