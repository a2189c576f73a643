// Rule ops-manager/public-relations: an Operations Manager holding work of category "public-relations".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('public-relations')
