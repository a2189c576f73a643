// Work handed on after an arrow to whoever holds it now; a department's name straight after a
// verb of handing over as who receives the figures. Each case names its signal; none is a
// tuning-set line.

import { describe, expect, it } from 'vitest'
import { classifyLabel } from '@shared/rules/classifier'
import { warned } from './fixtures'

describe('work handed on after an arrow', () => {
  it('reads "→ <someone> owns it now" and "→ <desk> from now on" as handing the work over', () => {
    expect(warned('invoice filing → Priya does it now, I spot-check the batch')).toBeNull()
    expect(warned('data entry of the goods-in notes -> office admin from now on')).toBeNull()
    expect(classifyLabel('counting stock on the shop floor -> stores crew handles it, I check the gaps').mode).toBe('oversee')
  })

  it('leaves work the role still does itself as it was', () => {
    expect(warned('invoice filing → I do it now')).toBe('clerical')
    expect(warned('counting stock on the shop floor')).toBe('hands-on-work')
    expect(warned('data entry of the goods-in notes myself from now on')).toBe('clerical')
  })
})

describe('a department receiving what is handed to it', () => {
  it('reads "give/send <department> <figures>" as input to that department', () => {
    expect(warned('Send public affairs the lorry-mile figures for the consultation')).toBeNull()
    expect(warned('Give government relations numbers on how the curfew would hit night shifts')).toBeNull()
    expect(warned('Give our investor relations contact the quarterly throughput readings')).toBeNull()
  })

  it('still warns when the role does the department’s work with outsiders', () => {
    expect(warned('Lobby the minister on the curfew')).toBe('government-relations')
    expect(warned('Send the ministry our position paper on the curfew')).toBe('government-relations')
  })
})
