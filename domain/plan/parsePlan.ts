/**
 * Parses the Building a Fairer City self-assessment template (plain text export)
 * into the plan as data: priorities, their key actions, every numbered step with
 * its full text and maturity stage, and the five stages in order.
 *
 * Layout of the template (see shared/seeds/README.md): each priority heading is a
 * tab-led line "N. Name", then "Key Actions:" and one line per action "M. Text",
 * then the five stage names, then five tab-led cells of steps in stage order.
 * A cell may be empty (a lone tab or a non-breaking space) and a cell's first
 * line may be empty with its steps on the following untabbed lines. The cells end
 * at the "Actions to complete" / "Support required" boxes.
 */

export interface PlanStage {
  /** 1-based position on the maturity ladder. */
  order: number
  name: string
  slug: string
}
export interface PlanPriority {
  number: number
  name: string
}
export interface PlanAction {
  number: number
  priority: number
  text: string
}
export interface PlanStep {
  /** Dotted code as printed, e.g. "1.1.4": priority.action.step. */
  code: string
  priority: number
  action: number
  /** Position of the step within its action. */
  number: number
  text: string
  stage: string
}
export interface Plan {
  stages: PlanStage[]
  priorities: PlanPriority[]
  actions: PlanAction[]
  steps: PlanStep[]
}

export class PlanParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`)
    this.name = 'PlanParseError'
  }
}

const NBSP = /\u00a0/g
const PRIORITY_HEADING = /^\t\s*(\d+)\.\s+(.+?)\s*$/
const KEY_ACTIONS = /^key actions:?\s*$/i
const ACTION_LINE = /^(\d+)\.\s+(.+?)\s*$/
const STEP_START = /^(\d+)\.(\d+)\.(\d+)\s+(.*)$/
const CELLS_END = /^\s*(actions to complete|support required)/i
const STAGE_COUNT = 5

export function slugifyStage(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

interface Line {
  text: string
  number: number
}

/** Joins a step's wrapped lines, keeping bullet lines on lines of their own. */
function joinStepLines(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n')
}

function splitCellIntoSteps(cell: Line[], priority: number, stage: string): PlanStep[] {
  const steps: PlanStep[] = []
  let current: { match: RegExpMatchArray; lines: string[]; line: number } | undefined
  const flush = () => {
    if (!current) return
    const [, p, a, n, first] = current.match
    if (Number(p) !== priority) {
      throw new PlanParseError(
        `step ${p}.${a}.${n} is listed under priority ${priority}; expected its code to start with ${priority}.`,
        current.line,
      )
    }
    steps.push({
      code: `${p}.${a}.${n}`,
      priority: Number(p),
      action: Number(a),
      number: Number(n),
      text: joinStepLines([first, ...current.lines]),
      stage,
    })
  }
  for (const line of cell) {
    const trimmed = line.text.trim()
    const match = trimmed.match(STEP_START)
    if (match) {
      flush()
      current = { match, lines: [], line: line.number }
    } else if (trimmed.length > 0) {
      if (!current) {
        throw new PlanParseError(
          `text "${trimmed.slice(0, 40)}" appears before any numbered step in its cell; expected a step code like 1.1.1.`,
          line.number,
        )
      }
      current.lines.push(trimmed)
    }
  }
  flush()
  return steps
}

export function parsePlan(source: string): Plan {
  const lines: Line[] = source
    .replace(/\r\n?/g, '\n')
    .replace(NBSP, ' ')
    .split('\n')
    .map((text, i) => ({ text, number: i + 1 }))

  const priorities: PlanPriority[] = []
  const actions: PlanAction[] = []
  const steps: PlanStep[] = []
  let stages: PlanStage[] | undefined

  let i = 0
  // A lone tab opens an empty cell, so only lines without a tab count as blank.
  const skipBlank = () => {
    while (i < lines.length && lines[i].text.trim() === '' && !lines[i].text.includes('\t')) i++
  }

  while (i < lines.length) {
    const heading = lines[i].text.match(PRIORITY_HEADING)
    if (!heading || !lines[i + 1] || !KEY_ACTIONS.test(lines[i + 1].text.trim())) {
      i++
      continue
    }
    const priorityNumber = Number(heading[1])
    priorities.push({ number: priorityNumber, name: heading[2] })
    i += 2

    // Key actions: one numbered line each, until the blank line.
    while (i < lines.length && lines[i].text.trim() !== '') {
      const action = lines[i].text.trim().match(ACTION_LINE)
      if (!action) {
        throw new PlanParseError(`expected a key action like "1. Ensure ..." under priority ${priorityNumber}.`, lines[i].number)
      }
      actions.push({ number: Number(action[1]), priority: priorityNumber, text: action[2] })
      i++
    }
    skipBlank()

    // The five stage names, each on a tab-led line.
    const stageNames: string[] = []
    while (i < lines.length && lines[i].text.trim() !== '') {
      stageNames.push(lines[i].text.trim())
      i++
    }
    if (stageNames.length !== STAGE_COUNT) {
      throw new PlanParseError(
        `priority ${priorityNumber} lists ${stageNames.length} stage names; expected ${STAGE_COUNT}.`,
        lines[Math.min(i, lines.length - 1)].number,
      )
    }
    if (!stages) {
      stages = stageNames.map((name, index) => ({ order: index + 1, name, slug: slugifyStage(name) }))
    } else if (stageNames.some((name, index) => name !== stages![index].name)) {
      throw new PlanParseError(`priority ${priorityNumber} names its stages differently from priority 1.`, lines[i - 1].number)
    }
    skipBlank()

    // The cells: a tab-led line opens a cell; untabbed lines continue it.
    const cells: Line[][] = []
    while (i < lines.length && !CELLS_END.test(lines[i].text)) {
      const line = lines[i]
      if (line.text.startsWith('\t') || line.text.startsWith(' \t')) cells.push([line])
      else if (cells.length > 0) cells[cells.length - 1].push(line)
      else if (line.text.trim() !== '') {
        throw new PlanParseError(`expected the first stage cell to start with a tab.`, line.number)
      }
      i++
    }
    if (cells.length !== STAGE_COUNT) {
      throw new PlanParseError(
        `priority ${priorityNumber} has ${cells.length} stage cells; expected ${STAGE_COUNT}.`,
        lines[Math.min(i, lines.length - 1)].number,
      )
    }
    cells.forEach((cell, index) => steps.push(...splitCellIntoSteps(cell, priorityNumber, stages![index].slug)))
  }

  if (!stages || priorities.length === 0) {
    throw new PlanParseError('no priority heading followed by "Key Actions:" was found.', 1)
  }
  const actionNumbers = new Set(actions.map((a) => `${a.priority}.${a.number}`))
  const seen = new Set<string>()
  for (const step of steps) {
    if (!actionNumbers.has(`${step.priority}.${step.action}`)) {
      throw new PlanParseError(`step ${step.code} names action ${step.action}, which priority ${step.priority} does not list.`, 1)
    }
    if (seen.has(step.code)) throw new PlanParseError(`step ${step.code} appears twice.`, 1)
    seen.add(step.code)
  }
  steps.sort(compareStepCodes)
  return { stages, priorities, actions, steps }
}

export function compareStepCodes(a: { code: string }, b: { code: string }): number {
  const pa = a.code.split('.').map(Number)
  const pb = b.code.split('.').map(Number)
  for (let k = 0; k < 3; k++) if (pa[k] !== pb[k]) return pa[k] - pb[k]
  return 0
}
