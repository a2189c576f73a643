// Comparing two versions of a chart (current organisation and proposed scenarios).
export { compareCharts, chartFigures, changeCount, type Comparison, type ChartFigures, type DutyMove, type DutyRef, type FindingChange, type LintFn, type RoleRef, type RoleRetitle } from './compare-charts'
export { comparisonMarkdown, comparisonCsv, comparisonRows, csvSafe, CSV_COLUMNS } from './compare-export'
export { matchRoles, matchDuties, normalText, type Matching } from './match'
export { mdText, mdList } from './markdown-text'
export { scenarioTitle, scenarioBase, defaultComparePair, SCENARIO_SEPARATOR } from './scenario'
