import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlan, PlanParseError } from '../../domain/plan/parsePlan'
import committedPlan from '../../data/plan.json'

const templatePath = '../shared/seeds/000_4c9b8345e7c294ec.txt'
const haveTemplate = existsSync(templatePath)

describe.runIf(haveTemplate)('the plan parsed from the self-assessment template', () => {
  const plan = haveTemplate ? parsePlan(readFileSync(templatePath, 'utf8')) : undefined!

  it('has 4 priorities, 14 actions, 50 numbered steps and 5 stages', () => {
    expect(plan.priorities.map((p) => p.name)).toEqual([
      'Labour market inequality',
      'Financial hardship and living standards',
      'Equity in public service',
      'Civil society strength',
    ])
    expect(plan.actions).toHaveLength(14)
    expect(plan.actions.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    expect(plan.steps).toHaveLength(50)
    expect(plan.stages.map((s) => s.name)).toEqual([
      'Data gathering and reviewing',
      'Strategy, planning and policy',
      'Implementation and direct action',
      'Assessment, best practice and accreditation',
      'Advocacy and system leadership',
    ])
  })

  it.each([
    [
      '1.3.1',
      'data-gathering-and-reviewing',
      'Ensure that commissioning properly considers the wider social values of the product or service being sought.',
    ],
    [
      '1.1.4',
      'implementation-and-direct-action',
      'Publish information on disability, gender and race pay gaps, and develop action plans to address them.',
    ],
    [
      '2.4.1',
      'assessment-best-practice-and-accreditation',
      'Become an accredited London Living Wage employer, and pay all staff including permanent and temporary staff, including contractors, at least the London Living Wage.',
    ],
    [
      '3.8.4',
      'data-gathering-and-reviewing',
      'Collect and analyse data that actively explores trends and intersectional barriers for individual communities.',
    ],
    [
      '3.10.1',
      'advocacy-and-system-leadership',
      expect.stringMatching(/^Publicly renew their commitment to tackling structural racism\..*inform service provision\.$/s),
    ],
    [
      '4.13.1',
      'strategy-planning-and-policy',
      expect.stringContaining('Set targets for the proportion of funding that goes to equalities-led organisations'),
    ],
    [
      '4.13.2',
      'implementation-and-direct-action',
      'Publish data about the proportion of applications received from user-led organisations and whether they are more or less likely to be funded than others.',
    ],
    [
      '4.14.2',
      'advocacy-and-system-leadership',
      'Develop continuous dialogue between London’s equalities-led civil society organisations and London Recovery Board members.',
    ],
  ])('step %s is at stage %s with its full text', (code, stage, text) => {
    const step = plan.steps.find((s) => s.code === code)
    expect(step?.stage).toBe(stage)
    expect(step?.text).toEqual(text)
  })

  it('keeps a step’s bullet lines as part of its text (3.11.1)', () => {
    const step = plan.steps.find((s) => s.code === '3.11.1')!
    expect(step.text.split('\n')).toHaveLength(4)
    expect(step.text).toContain('- exclusion from public services for those who are not eligible.')
  })

  // Counted by hand from the template's cells.
  it('counts the steps in each stage cell as the template lays them out', () => {
    const byPriorityAndStage = (p: number) =>
      plan.stages.map((s) => plan.steps.filter((x) => x.priority === p && x.stage === s.slug).length)
    expect(byPriorityAndStage(1)).toEqual([1, 4, 4, 2, 1])
    expect(byPriorityAndStage(3)).toEqual([4, 4, 5, 2, 2])
    expect(byPriorityAndStage(4)).toEqual([0, 4, 1, 0, 2])
  })

  it('is what data/plan.json holds, so the seed loads exactly the template', () => {
    expect({
      stages: committedPlan.stages,
      priorities: committedPlan.priorities,
      actions: committedPlan.actions,
      steps: committedPlan.steps,
    }).toEqual(plan)
  })
})

describe('malformed templates', () => {
  const header = '\t1. Labour market inequality\nKey Actions:\n1. Ensure our workforces reflect London\n\n'
  const stages = ['A', 'B', 'C', 'D', 'E'].map((s) => `\t${s}`).join('\n') + '\n\n'

  it('names the line when a priority has fewer than five stage cells', () => {
    const text = header + stages + '\t1.1.1 One\n\t1.1.2 Two\n\tActions to complete\n'
    expect(() => parsePlan(text)).toThrowError(PlanParseError)
    expect(() => parsePlan(text)).toThrowError(/line \d+: priority 1 has 2 stage cells; expected 5/)
  })

  it('refuses a step listed under the wrong priority', () => {
    const text = header + stages + '\t2.1.1 Wrong\n\t\n\t\n\t\n\t\n\tActions to complete\n'
    expect(() => parsePlan(text)).toThrowError(/step 2\.1\.1 is listed under priority 1/)
  })

  it('refuses a step whose action the priority does not list', () => {
    const text = header + stages + '\t1.9.1 Orphan\n\t\n\t\n\t\n\t\n\tActions to complete\n'
    expect(() => parsePlan(text)).toThrowError(/names action 9/)
  })

  it('says so when there is no plan at all', () => {
    expect(() => parsePlan('hello')).toThrowError(/no priority heading/)
  })
})
