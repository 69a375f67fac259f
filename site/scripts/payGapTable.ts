import { explorerRowHtml, type ExplorerRow } from '../lib/payGaps/explorerRows'

/**
 * The pay-gap explorer's island: loads every report of the year
 * (reports.json), filters them by sector, size and borough, sorts them by any
 * column, and shows them a page at a time, with the same row markup as the
 * built pages. Sorting uses buttons in the column headers and aria-sort; the
 * count is announced in a polite live region. Ticked organisations stay ticked
 * across pages and filters, and "Compare selected" sends them all. Without
 * JavaScript the built pages link to each other, largest median gap first.
 */
type SortKey = 'name' | 'comparisonGroup' | 'median' | 'mean' | 'medianBonus'

function compare(a: ExplorerRow, b: ExplorerRow, key: SortKey, descending: boolean): number {
  const x = a[key]
  const y = b[key]
  if (typeof x === 'string' || typeof y === 'string') {
    const order = String(x).localeCompare(String(y), 'en-GB')
    return descending ? -order : order
  }
  // Reports without a figure (withheld, not reported) always go last.
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
  return descending ? y - x : x - y
}

export async function startPayGapTable(): Promise<void> {
  const table = document.querySelector<HTMLTableElement>('#pay-gap-table')
  const filters = document.querySelector<HTMLFormElement>('#pay-gap-filters')
  const compareForm = document.querySelector<HTMLFormElement>('#compare-form')
  const status = document.querySelector<HTMLElement>('#pay-gap-status')
  const pages = document.querySelector<HTMLElement>('#pay-gap-pages')
  if (!table || !filters || !compareForm || !status || !pages || !filters.dataset.rows) return
  const all = (await (await fetch(filters.dataset.rows)).json()) as ExplorerRow[]
  const pageSize = Number(filters.dataset.pageSize) || 250
  const body = table.tBodies[0]
  const headers = [...table.tHead!.rows[0].cells]
  const selected: string[] = []
  let sortKey: SortKey = 'median'
  let descending = true
  let page = 1
  let matching = all

  const render = (announce: string) => {
    const pageCount = Math.max(1, Math.ceil(matching.length / pageSize))
    page = Math.min(page, pageCount)
    const start = (page - 1) * pageSize
    body.innerHTML = matching
      .slice(start, start + pageSize)
      .map((row) => explorerRowHtml(row, selected.includes(row.slug)))
      .join('')
    pages.replaceChildren()
    if (pageCount > 1) {
      const list = document.createElement('ul')
      list.className = 'pagination'
      const item = (label: string, target: number | null) => {
        const li = document.createElement('li')
        if (target === null) li.textContent = label
        else {
          const button = document.createElement('button')
          button.type = 'button'
          button.textContent = label
          button.addEventListener('click', () => {
            page = target
            render(`Page ${page} of ${Math.ceil(matching.length / pageSize)}.`)
            table.focus()
          })
          li.append(button)
        }
        list.append(li)
      }
      if (page > 1) item('Previous page', page - 1)
      item(`Page ${page} of ${pageCount}`, null)
      if (page < pageCount) item('Next page', page + 1)
      pages.append(list)
    }
    status.textContent = announce
  }

  const filter = () => {
    const data = new FormData(filters)
    const sector = data.get('sector')
    const size = data.get('size')
    const borough = data.get('borough')
    matching = all.filter(
      (row) => (!sector || row.sector === sector) && (!size || row.size === size) && (!borough || row.boroughs.includes(String(borough))),
    )
    matching.sort((a, b) => compare(a, b, sortKey, descending))
    page = 1
    const shown = Math.min(matching.length, pageSize)
    const onPage = matching.length > pageSize ? `; the first ${shown.toLocaleString('en-GB')} on this page` : ''
    render(`${matching.length.toLocaleString('en-GB')} of ${all.length.toLocaleString('en-GB')} reports shown${onPage}.`)
  }

  headers.forEach((th) => {
    const key = th.dataset.key as SortKey | undefined
    if (!key) return
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'sort-button'
    button.textContent = th.textContent?.trim() ?? ''
    th.replaceChildren(button)
    button.addEventListener('click', () => {
      descending = th.getAttribute('aria-sort') !== 'descending'
      sortKey = key
      for (const other of headers) if (other.dataset.key) other.setAttribute('aria-sort', 'none')
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending')
      matching.sort((a, b) => compare(a, b, sortKey, descending))
      page = 1
      render(`Sorted by ${button.textContent?.toLowerCase()}, ${descending ? 'largest' : 'smallest'} first.`)
    })
  })

  // Ticks are remembered in the order made, so the comparison lists them that way.
  body.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement
    if (box.name !== 'orgs') return
    const at = selected.indexOf(box.value)
    if (box.checked && at < 0) selected.push(box.value)
    if (!box.checked && at >= 0) selected.splice(at, 1)
  })
  compareForm.addEventListener('submit', (event) => {
    event.preventDefault()
    const url = new URL(compareForm.action, location.href)
    url.searchParams.set('orgs', selected.join(','))
    location.assign(url.toString())
  })

  table.tabIndex = -1
  filters.hidden = false
  filters.addEventListener('input', filter)
  filters.addEventListener('reset', () => setTimeout(filter))
  matching = [...all]
  render(status.textContent ?? '')
}
