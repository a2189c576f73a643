// Automatic arrangement of a chart's roles.
export { autoLayout, LAYOUT_DIRECTIONS, LAYOUT_SPACING, type AutoLayoutOptions, type LayoutDirection, type RolePosition } from './auto-layout'
export { estimateNodeHeight, roleNodeSize, LAYOUT_NODE_WIDTH, VISIBLE_CHIPS, type NodeSizeHints } from './node-size'
