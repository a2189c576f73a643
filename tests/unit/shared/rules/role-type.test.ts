import { describe, expect, it } from 'vitest'
import { isOperationsManager } from '@shared/rules/role-type'

describe('isOperationsManager by title', () => {
  it.each([
    'Operations Manager',
    'operations manager',
    'Ops Manager',
    'Head of Operations',
    'Director of Operations',
    'Operations Director',
    'VP Operations',
    'VP of Operations',
    'Vice President, Operations',
    'Operations Lead',
    'General Operations Manager',
    'Plant Operations Manager',
    'Warehouse Operations Manager',
    'Senior Operations Manager',
    'Regional Operations Manager',
    'Manager, Operations',
    'Operations Manager (EMEA)',
    'Head of Ops – North',
    'Assistant Operations Manager',
    'Operations & Logistics Manager',
    'Operations Team Lead'
  ])('"%s" is an Operations Manager', (title) => {
    expect(isOperationsManager({ title })).toBe(true)
  })

  it.each([
    'Chief Operating Officer',
    'COO',
    'Chief Operations Officer',
    'IT Operations Manager',
    'Marketing Operations Manager',
    'Sales Operations Manager',
    'Revenue Operations Manager',
    'DevOps Lead',
    'DevOps Manager',
    'People Operations Manager',
    'HR Operations Manager',
    'Human Resources Operations Lead',
    'Security Operations Manager',
    'Finance Operations Manager',
    'Head of IT Operations',
    'Operations Manager, Marketing',
    'Operations Analyst',
    'Operations Coordinator',
    'Operations Assistant',
    'Lead Operations Analyst',
    'Operations Supervisor',
    'Warehouse Manager',
    'HR Manager',
    'CEO',
    ''
  ])('"%s" is not an Operations Manager', (title) => {
    expect(isOperationsManager({ title })).toBe(false)
  })
})

describe('isOperationsManager with an explicit role type', () => {
  it('operations-manager wins over any title', () => {
    expect(isOperationsManager({ title: 'Site Boss', roleType: 'operations-manager' })).toBe(true)
    expect(isOperationsManager({ title: 'COO', roleType: 'operations-manager' })).toBe(true)
  })

  it('other wins over an operations title', () => {
    expect(isOperationsManager({ title: 'Operations Manager', roleType: 'other' })).toBe(false)
  })
})
