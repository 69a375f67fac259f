/**
 * The filters, from the list written at build time (scripts/search/pagefindFilterList.ts):
 * each group a collapsed <details> holding a fieldset of checkboxes, so the
 * whole list is there before any of Pagefind's filter chunks loads. The
 * fieldset's legend names the group for screen readers, which announce a
 * checkbox with its group; the summary is what sighted readers click.
 */
import type { Filters } from './pagefindApi'

export type FilterList = Record<string, Record<string, number>>

const heading = (group: string) => group.charAt(0).toUpperCase() + group.slice(1)

export interface FilterPanel {
  element: HTMLElement
  /** The ticked values, by group. */
  selected: () => Filters
  /** Shows each value's count within the results, where Pagefind reported it (the groups searched by). */
  showCounts: (counts: Record<string, Record<string, number>>) => void
}

export function filterPanel(list: FilterList, groups: string[], idPrefix: string, preset: Filters, onChange: () => void): FilterPanel {
  const panel = document.createElement('div')
  panel.className = 'pagefind-ui__filter-panel'
  const boxes: Array<{ group: string; value: string; input: HTMLInputElement; count: HTMLElement }> = []
  groups.forEach((group, g) => {
    const values = Object.keys(list[group] ?? {})
    if (values.length === 0) return
    const block = document.createElement('details')
    block.className = 'pagefind-ui__filter-block'
    const summary = document.createElement('summary')
    summary.className = 'pagefind-ui__filter-name'
    summary.textContent = heading(group)
    const fieldset = document.createElement('fieldset')
    fieldset.className = 'pagefind-ui__filter-group'
    const legend = document.createElement('legend')
    legend.className = 'visually-hidden'
    legend.textContent = heading(group)
    fieldset.append(legend)
    values.forEach((value, v) => {
      const id = `${idPrefix}-filter-${g}-${v}`
      const row = document.createElement('div')
      row.className = 'pagefind-ui__filter-value'
      const input = document.createElement('input')
      input.type = 'checkbox'
      input.id = id
      input.className = 'pagefind-ui__filter-checkbox'
      input.checked = preset[group]?.includes(value) ?? false
      input.addEventListener('change', onChange)
      const label = document.createElement('label')
      label.htmlFor = id
      label.className = 'pagefind-ui__filter-label'
      const count = document.createElement('span')
      count.className = 'search-filter-count'
      label.append(value, count)
      row.append(input, label)
      fieldset.append(row)
      boxes.push({ group, value, input, count })
    })
    block.append(summary, fieldset)
    if (boxes.some((b) => b.group === group && b.input.checked)) block.open = true
    panel.append(block)
  })
  return {
    element: panel,
    selected: () => {
      const filters: Filters = {}
      for (const b of boxes) if (b.input.checked) (filters[b.group] ??= []).push(b.value)
      return filters
    },
    showCounts: (counts) => {
      for (const b of boxes) {
        const n = counts[b.group]?.[b.value]
        b.count.textContent = n === undefined ? '' : ` (${n.toLocaleString('en-GB')})`
      }
    },
  }
}
