/**
 * The pay-gap explorer's island: filters the table by sector, size and borough,
 * and sorts it by any column. Sorting uses buttons inside the column headers and
 * aria-sort, so screen readers announce the order; the row count is announced
 * in a polite live region. Without JavaScript the table is complete, sorted by
 * the largest median gap.
 */
function compare(a: string, b: string, numeric: boolean): number {
  if (!numeric) return a.localeCompare(b, 'en-GB')
  // Rows without a figure (withheld, not reported) always go last.
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1
  return Number(a) - Number(b)
}

export function startPayGapTable(): void {
  const table = document.querySelector<HTMLTableElement>('#pay-gap-table')
  const form = document.querySelector<HTMLFormElement>('#pay-gap-filters')
  const status = document.querySelector<HTMLElement>('#pay-gap-status')
  if (!table || !form || !status) return
  const body = table.tBodies[0]
  const rows = [...body.rows]
  const headers = [...table.tHead!.rows[0].cells]

  const filter = () => {
    const data = new FormData(form)
    const sector = data.get('sector')
    const size = data.get('size')
    const borough = data.get('borough')
    let shown = 0
    for (const row of rows) {
      const visible =
        (!sector || row.dataset.sector === sector) &&
        (!size || row.dataset.size === size) &&
        (!borough || (row.dataset.boroughs ?? '').split(' ').includes(String(borough)))
      row.hidden = !visible
      if (visible) shown++
    }
    status.textContent = `${shown.toLocaleString('en-GB')} of ${rows.length.toLocaleString('en-GB')} reports shown.`
  }

  headers.forEach((th, index) => {
    if (!th.dataset.sort) return
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'sort-button'
    button.textContent = th.textContent?.trim() ?? ''
    th.replaceChildren(button)
    button.addEventListener('click', () => {
      const descending = th.getAttribute('aria-sort') !== 'descending'
      for (const other of headers) if (other.dataset.sort) other.setAttribute('aria-sort', 'none')
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending')
      const numeric = th.dataset.sort === 'number'
      const value = (row: HTMLTableRowElement) => row.cells[index].dataset.value ?? ''
      rows.sort((a, b) => {
        const order = compare(value(a), value(b), numeric)
        const blanksLast = numeric && (value(a) === '' || value(b) === '')
        return blanksLast ? order : descending ? -order : order
      })
      body.append(...rows)
      status.textContent = `Sorted by ${button.textContent?.toLowerCase()}, ${descending ? 'largest' : 'smallest'} first.`
    })
  })
  form.hidden = false
  form.addEventListener('input', filter)
  form.addEventListener('reset', () => setTimeout(filter))
}
