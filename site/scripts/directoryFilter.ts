import type { DirectoryEntry } from '../lib/directory'
import { knownAbbreviations, nameMatchRank } from '../../domain/nameMatch'

const rank = (name: string, query: string) => nameMatchRank(name, query, knownAbbreviations(name))

/**
 * The directory's one island: filters the whole directory by name, sector,
 * borough and key action, and keeps the choice in the address so it can be
 * shared. Results are announced in a polite live region; focus stays where the
 * user is, so typing in the name box is not interrupted.
 */
const SHOWN = 200
const SECTOR_LABELS: Record<string, string> = {}

function matches(entry: DirectoryEntry, filters: URLSearchParams): boolean {
  const q = filters.get('q')?.trim()
  const sector = filters.get('sector')
  const borough = filters.get('borough')
  const action = filters.get('action')
  if (q && rank(entry.n, q) === 0) return false
  if (sector && entry.t !== sector) return false
  if (borough && !entry.b.includes(borough)) return false
  if (action && !entry.a.includes(Number(action))) return false
  return true
}

function render(list: HTMLElement, entries: DirectoryEntry[]): void {
  list.replaceChildren(
    ...entries.slice(0, SHOWN).map((e) => {
      const li = document.createElement('li')
      const a = document.createElement('a')
      a.href = `/organisations/${e.s}/`
      const strong = document.createElement('strong')
      strong.textContent = e.n
      a.append(strong)
      const meta = document.createElement('span')
      meta.className = 'muted'
      meta.textContent = `${SECTOR_LABELS[e.t] ?? e.t} · ${e.c} published commitment${e.c === 1 ? '' : 's'}`
      li.append(a, document.createElement('br'), meta)
      return li
    }),
  )
}

export async function startDirectoryFilter(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#directory-filters')
  const status = document.querySelector<HTMLElement>('#directory-status')
  const results = document.querySelector<HTMLElement>('#directory-results')
  if (!form || !status || !results) return
  for (const option of form.querySelectorAll<HTMLOptionElement>('#filter-sector option')) SECTOR_LABELS[option.value] = option.text
  const response = await fetch(form.dataset.index!)
  if (!response.ok) return // the paged list stays, which is still a working directory
  const entries = (await response.json()) as DirectoryEntry[]
  const list = document.createElement('ul')
  list.className = 'cards'

  const apply = () => {
    const filters = new URLSearchParams()
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value) filters.set(key, value)
    const found = entries.filter((e) => matches(e, filters))
    // An organisation whose abbreviation was typed ("TfL") comes before names that merely contain the word.
    const q = filters.get('q')?.trim()
    if (q) found.sort((x, y) => rank(y.n, q) - rank(x.n, q))
    render(list, found)
    const shown = Math.min(found.length, SHOWN)
    status.textContent =
      found.length === 0
        ? 'No organisations match these filters.'
        : `${found.length.toLocaleString('en-GB')} organisation${found.length === 1 ? '' : 's'} match${found.length === 1 ? 'es' : ''}` +
          (shown < found.length ? `; showing the first ${shown}. Narrow the filters to see the rest.` : '.')
    const query = filters.toString()
    history.replaceState(null, '', query ? `?${query}` : location.pathname)
  }

  // Start from the filters in the address, if any.
  const initial = new URLSearchParams(location.search)
  for (const element of form.elements) {
    const field = element as HTMLInputElement | HTMLSelectElement
    if (field.name && initial.has(field.name)) field.value = initial.get(field.name)!
  }
  results.replaceChildren(list)
  form.hidden = false
  form.addEventListener('input', apply)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    apply()
  })
  form.addEventListener('reset', () => setTimeout(apply))
  apply()
}
