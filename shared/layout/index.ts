// Automatic arrangement of a chart's roles.
export { layoutChart, LAYOUT_DIRECTIONS, LAYOUT_SPACING, type ChartLayoutResult, type LayoutDirection, type LayoutOptions, type RolePosition, type Size } from './layout-chart'
export { descendantCounts, layoutTree, managersOf, type LayoutTree } from './layout-tree'
export { compactCards, COMPACT_CHART_ROLES, COMPACT_NODE_WIDTH, estimateNodeHeight, roleNodeSize, LAYOUT_NODE_WIDTH, VISIBLE_CHIPS, type NodeSizeHints } from './node-size'
