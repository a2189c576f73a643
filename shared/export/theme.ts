// Sizes and colours of exported charts, and the one <style> block every element refers
// to by class — so a 5,000-chip chart carries its styling once, not per node.

import { FONT_STACK } from './fonts'

export const EXPORT_BACKGROUNDS = ['white', 'transparent'] as const
export type ExportBackground = (typeof EXPORT_BACKGROUNDS)[number]

/** Geometry in CSS px. Role x/y in the model are the top-left corner of the role box. */
export const SIZES = {
  roleWidth: 240,
  rolePad: 12,
  roleRadius: 8,
  roleMinHeight: 48,
  titleFont: 14,
  titleBaseline: 26,
  personFont: 12,
  personBaseline: 44,
  headerWithPerson: 54,
  headerTitleOnly: 38,
  chipFont: 11,
  chipHeight: 22,
  chipPadX: 8,
  chipGap: 6,
  chipBaseline: 15,
  chipRadius: 4,
  badgeRadius: 10,
  badgeFont: 11,
  chartTitleFont: 20,
  dateFont: 12,
  headerGap: 24,
  legendFont: 12,
  legendGap: 28,
  /** Gaps used when roles have no stored position and get placed automatically. */
  autoGapX: 40,
  autoGapY: 64
} as const

export const COLOURS = {
  background: '#ffffff',
  roleFill: '#ffffff',
  roleStroke: '#94a3b8',
  title: '#0f172a',
  muted: '#475569',
  line: '#64748b',
  functionFill: '#e0e7ff',
  functionStroke: '#818cf8',
  functionText: '#312e81',
  dutyFill: '#f1f5f9',
  dutyStroke: '#cbd5e1',
  dutyText: '#1e293b',
  warningFill: '#fef3c7',
  warningStroke: '#d97706',
  badge: '#d97706',
  badgeText: '#ffffff'
} as const

/** Class names used by the SVG writer, short because they repeat thousands of times. */
export const CLS = {
  background: 'bg',
  role: 'r',
  roleTitle: 'rt',
  person: 'rp',
  line: 'l',
  functionChip: 'cf',
  dutyChip: 'cd',
  functionChipWarn: 'cfw',
  dutyChipWarn: 'cdw',
  functionText: 'tf',
  dutyText: 'td',
  badge: 'b',
  badgeText: 'bt',
  chartTitle: 'h',
  date: 'hd',
  legend: 'g'
} as const

/** The <style> contents: optional embedded @font-face rules, then one rule per class. */
export function svgStyle(fontCss?: string): string {
  const c = COLOURS
  const s = SIZES
  const rules = [
    `svg{font-family:${FONT_STACK}}`,
    `.${CLS.background}{fill:${c.background}}`,
    `.${CLS.role}{fill:${c.roleFill};stroke:${c.roleStroke};stroke-width:1.25}`,
    `.${CLS.roleTitle}{font-size:${s.titleFont}px;font-weight:600;fill:${c.title}}`,
    `.${CLS.person}{font-size:${s.personFont}px;fill:${c.muted}}`,
    `.${CLS.line}{fill:none;stroke:${c.line};stroke-width:1.5}`,
    `.${CLS.functionChip}{fill:${c.functionFill};stroke:${c.functionStroke}}`,
    `.${CLS.dutyChip}{fill:${c.dutyFill};stroke:${c.dutyStroke}}`,
    `.${CLS.functionChipWarn}{fill:${c.functionFill};stroke:${c.warningStroke};stroke-width:2}`,
    `.${CLS.dutyChipWarn}{fill:${c.warningFill};stroke:${c.warningStroke};stroke-width:1.5}`,
    `.${CLS.functionText}{font-size:${s.chipFont}px;font-weight:600;fill:${c.functionText}}`,
    `.${CLS.dutyText}{font-size:${s.chipFont}px;fill:${c.dutyText}}`,
    `.${CLS.badge}{fill:${c.badge}}`,
    `.${CLS.badgeText}{font-size:${s.badgeFont}px;font-weight:600;fill:${c.badgeText};text-anchor:middle}`,
    `.${CLS.chartTitle}{font-size:${s.chartTitleFont}px;font-weight:600;fill:${c.title}}`,
    `.${CLS.date}{font-size:${s.dateFont}px;fill:${c.muted}}`,
    `.${CLS.legend}{font-size:${s.legendFont}px;fill:${c.muted}}`
  ]
  return (fontCss ? `${fontCss}\n` : '') + rules.join('\n')
}
