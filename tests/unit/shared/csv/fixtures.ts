// A chart that CSV imports land in: a CEO and a COO, so rows can report to either.
import type { Chart } from '@shared/model/chart'

export const existingChart: Chart = {
  id: 'c',
  title: 'Existing',
  roles: [
    { id: 'ceo', title: 'CEO', person: 'Amara Okafor', x: 0, y: 0 },
    { id: 'coo', title: 'COO', person: 'Dan Reyes', reportsTo: 'ceo', x: 300, y: 260 }
  ],
  duties: [],
  exceptions: []
}
