import { describe, expect, it } from 'vitest'
import {
  currentDeadline,
  describeInformationDuty,
  fourYearsAfter,
  informationDuty,
  objectivesDuty,
} from '../../domain/levels/publicationDuties'

const on = (iso: string) => new Date(`${iso}T12:00:00Z`)

describe('equality information, due each 31 January', () => {
  it('takes the next 31 January as the deadline, today included', () => {
    expect(currentDeadline(on('2025-01-30'))).toBe('2025-01-31')
    expect(currentDeadline(on('2025-01-31'))).toBe('2025-01-31')
    expect(currentDeadline(on('2025-02-01'))).toBe('2026-01-31')
    expect(currentDeadline(on('2025-12-31'))).toBe('2026-01-31')
  })

  it('is published when dated in the current cycle', () => {
    expect(informationDuty(['2024-03-01'], on('2025-01-31')).status).toBe('published')
    expect(informationDuty(['2025-02-01'], on('2025-02-01')).status).toBe('published')
  })

  it('is due, not overdue, when the last one met the previous deadline', () => {
    // On 31 January 2025 a publication of 31 January 2024 met the 2024 deadline; 2025's is due today.
    expect(informationDuty(['2024-01-31'], on('2025-01-31'))).toEqual({ status: 'due', latest: '2024-01-31', dueBy: '2025-01-31' })
    // A day later the 2025 deadline has passed, met by March 2024's publication: 2026's is due.
    expect(informationDuty(['2024-03-01'], on('2025-02-01')).status).toBe('due')
  })

  it('is overdue once a 31 January passes without a publication in its cycle', () => {
    expect(informationDuty(['2024-01-31'], on('2025-02-01'))).toEqual({ status: 'overdue', latest: '2024-01-31', dueBy: '2026-01-31' })
    expect(informationDuty(['2023-01-31'], on('2025-01-31')).status).toBe('overdue')
  })

  it('reads the latest date on or before today and ignores one dated in the future', () => {
    expect(informationDuty(['2021-05-01', '2024-06-01T00:00:00.000Z', '2030-01-01'], on('2025-01-15'))).toEqual({
      status: 'published',
      latest: '2024-06-01',
      dueBy: '2025-01-31',
    })
  })

  it('says when nothing is recorded, never that nothing was published', () => {
    const duty = informationDuty([], on('2025-03-01'))
    expect(duty.status).toBe('not-recorded')
    expect(describeInformationDuty(duty)).toBe('No publication recorded on the portal; this year’s is due by 31 January 2026.')
    expect(describeInformationDuty(informationDuty(['2024-01-31'], on('2025-02-01')))).toBe(
      'Overdue: last published 31 January 2024, and the deadline of 31 January 2025 passed without a new publication.',
    )
  })
})

describe('equality objectives, at least every four years', () => {
  it('are current up to four years after publication, that day included', () => {
    expect(objectivesDuty(['2021-04-06'], on('2025-04-06'))).toEqual({ status: 'current', latest: '2021-04-06', dueBy: '2025-04-06' })
    expect(objectivesDuty(['2021-04-06'], on('2025-04-07')).status).toBe('out-of-date')
  })

  it('take the latest objectives', () => {
    expect(objectivesDuty(['2016-04-01', '2022-04-01'], on('2025-04-07')).status).toBe('current')
  })

  it('count four years from 29 February as 28 February', () => {
    expect(fourYearsAfter('2020-02-29')).toBe('2024-02-29')
    expect(fourYearsAfter('2096-02-29')).toBe('2100-02-28')
    expect(fourYearsAfter('2023-02-28')).toBe('2027-02-28')
    expect(fourYearsAfter('2019-02-28')).toBe('2023-02-28')
  })

  it('are not recorded without a date', () => {
    expect(objectivesDuty([], on('2025-04-07'))).toEqual({ status: 'not-recorded', latest: null, dueBy: null })
  })
})
