// Rule ops-manager/clerical-admin: an Operations Manager holding work of category "clerical-admin".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('clerical-admin')
