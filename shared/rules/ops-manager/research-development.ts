// Rule ops-manager/research-development: an Operations Manager holding work of category "research-development".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('research-development')
