// Rule ops-manager/product-design: an Operations Manager holding work of category "product-design".
// The meta (message, reason, owner, counterpart) comes from the category table.

import { makeScopeRule } from '../scope-rule'

export default makeScopeRule('product-design')
