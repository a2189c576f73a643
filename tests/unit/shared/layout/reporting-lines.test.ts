import { describe, expect, it } from 'vitest'
import { busLevel, connectorLines, lineShapes, RAIL_GAP, type LineBox } from '../../../../shared/layout/reporting-lines'

const box = (x: number, y: number, height = 100): LineBox => ({ x, y, width: 260, height })
const manager = box(400, 0)

describe('reporting line shapes', () => {
  it('hangs a row of reports from one bus halfway down to the highest of them', () => {
    const row = [box(100, 200), box(400, 200), box(700, 260)]
    expect(lineShapes(manager, row)).toEqual(['hanging', 'hanging', 'hanging'])
    expect(busLevel(manager, row)).toBe(150)
    const lines = connectorLines(manager, row)
    expect(lines[2]).toEqual([[530, 100], [530, 150], [830, 150], [830, 260]])
  })

  it('brings lines to a column of fellow reports in from the side, never through the role above', () => {
    const reports = [box(700, 200), box(700, 330), box(700, 460)]
    expect(lineShapes(manager, reports)).toEqual(['hanging', 'column', 'column'])
    const [, second, third] = connectorLines(manager, reports)
    const rail = 700 - RAIL_GAP
    expect(second).toEqual([[530, 100], [530, 150], [rail, 150], [rail, 352], [700, 352]])
    // The rail runs left of the column, clear of every box in it.
    for (const [x] of third.slice(2, 4)) expect(x).toBeLessThan(700)
  })

  it('draws a team stacked under its manager down the stack side, into each member beside its title', () => {
    const team = [box(420, 114), box(420, 228)]
    expect(lineShapes(manager, team)).toEqual(['stacked', 'stacked'])
    expect(connectorLines(manager, team)[1]).toEqual([[420 - RAIL_GAP, 100], [420 - RAIL_GAP, 250], [420, 250]])
  })

  it('joins a report placed beside its manager by a straight line between centres', () => {
    expect(lineShapes(manager, [box(800, 0)])).toEqual(['free'])
    expect(connectorLines(manager, [box(800, 0)])[0]).toEqual([[530, 50], [930, 50]])
  })
})
