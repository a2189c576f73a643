// Rule ops-manager/strategy-vision: an Operations Manager holding work of category "strategy-vision".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('strategy-vision')
