import { keyNames, matchNames } from '../../domain/nameMatch'

interface Employer {
  name: string
  slug: string
}
import { urls } from '../lib/urls'

/**
 * "Find an employer": the WAI-ARIA Authoring Practices' combobox with a
 * listbox popup (list autocomplete, no automatic selection). The input keeps
 * focus; the active suggestion is named by aria-activedescendant, so screen
 * readers read it while the caret stays in the text. The number of
 * suggestions is announced in a polite live region, since a listbox appearing
 * is not announced by itself. Down and Up move through suggestions, Enter
 * opens the active one's pay gap page, Escape closes the list (and clears the
 * text when it is already closed). Without JavaScript the input is plain text
 * and the form submits to its action (the explorer, filtered by name).
 *
 * Data comes from an index the site already ships: the organisations index
 * (entries with pay gaps have `p`) or a year's reports.json.
 */
type IndexEntry = { n: string; s: string; p?: boolean } | { name: string; slug: string }

function employersOf(entries: readonly IndexEntry[]): Employer[] {
  const bySlug = new Map<string, Employer>()
  for (const e of entries) {
    if ('slug' in e) bySlug.set(e.slug, { name: e.name, slug: e.slug })
    else if (e.p) bySlug.set(e.s, { name: e.n, slug: e.s })
  }
  return [...bySlug.values()]
}

const SUGGESTIONS = 8

export function startEmployerSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="name"]')
  const listbox = form.querySelector<HTMLUListElement>('[role="listbox"]')
  const status = form.querySelector<HTMLElement>('[role="status"]')
  if (!input || !listbox || !status || !form.dataset.index) return
  let keyed: ReturnType<typeof keyNames<Employer>> | undefined
  const load = async () => {
    keyed ??= keyNames(employersOf((await (await fetch(form.dataset.index!)).json()) as IndexEntry[]))
    return keyed
  }
  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-autocomplete', 'list')
  input.setAttribute('aria-expanded', 'false')
  input.setAttribute('aria-controls', listbox.id)
  let shown: Employer[] = []
  let active = -1

  const close = () => {
    listbox.hidden = true
    input.setAttribute('aria-expanded', 'false')
    input.removeAttribute('aria-activedescendant')
    active = -1
  }
  const setActive = (index: number) => {
    active = index
    ;[...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)))
    if (active < 0) input.removeAttribute('aria-activedescendant')
    else {
      const option = listbox.children[active] as HTMLElement
      input.setAttribute('aria-activedescendant', option.id)
      option.scrollIntoView({ block: 'nearest' })
    }
  }
  const open = (employer: Employer) => location.assign(urls.organisationPayGaps(employer.slug))

  const suggest = async () => {
    const query = input.value
    const matches = matchNames(query, await load(), SUGGESTIONS + 1)
    if (query !== input.value) return // a newer keystroke has taken over
    shown = matches.slice(0, SUGGESTIONS)
    listbox.replaceChildren(
      ...shown.map((employer, i) => {
        const li = document.createElement('li')
        li.id = `${listbox.id}-${i}`
        li.setAttribute('role', 'option')
        li.setAttribute('aria-selected', 'false')
        li.textContent = employer.name
        // mousedown, not click: the input must keep focus for the list to stay open.
        li.addEventListener('mousedown', (event) => event.preventDefault())
        li.addEventListener('click', () => open(employer))
        return li
      }),
    )
    active = -1
    input.removeAttribute('aria-activedescendant')
    const some = shown.length > 0
    listbox.hidden = !some
    input.setAttribute('aria-expanded', String(some))
    status.textContent = !query.trim()
      ? ''
      : some
        ? `${matches.length > SUGGESTIONS ? `More than ${SUGGESTIONS}` : shown.length} employer${shown.length === 1 ? '' : 's'} found. Use the up and down arrows to choose, and Enter to open.`
        : `No employer’s name starts with “${query.trim()}”.`
  }

  input.addEventListener('input', () => void suggest())
  input.addEventListener('focus', () => void load())
  input.addEventListener('blur', close)
  input.addEventListener('keydown', (event) => {
    const expanded = !listbox.hidden
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      if (!expanded) void suggest()
      else setActive((active + 1) % shown.length)
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      if (expanded) setActive(active <= 0 ? shown.length - 1 : active - 1)
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault()
      open(shown[active])
    } else if (event.key === 'Escape') {
      if (expanded) close()
      else input.value = ''
    }
  })
}

export function startEmployerSearches(): void {
  document.querySelectorAll<HTMLFormElement>('form[data-employer-search]').forEach(startEmployerSearch)
}
