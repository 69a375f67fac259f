/**
 * The explorer's compare basket: a bar that stays at the foot of the screen
 * while the table scrolls ("Compare (3)"), listing the organisations ticked,
 * each with a Remove button. Ticks are remembered in the order made, across
 * pages and filters, so the comparison lists them that way. After Remove,
 * focus goes to the next Remove button (or the one before, for the last), or
 * to the basket's heading when it is empty: never lost to the page body,
 * which would send a keyboard or screen reader user back to the top.
 */
export interface CompareTray {
  has: (slug: string) => boolean
}

export function startCompareTray(form: HTMLFormElement, rows: HTMLElement): CompareTray {
  const selected: Array<{ slug: string; name: string }> = []
  const button = form.querySelector<HTMLButtonElement>('#compare-submit')
  const list = form.querySelector<HTMLUListElement>('#compare-basket-list')
  const heading = form.querySelector<HTMLElement>('#compare-basket-heading')
  const summary = form.querySelector<HTMLElement>('#compare-basket-summary')

  const draw = () => {
    if (button) button.textContent = `Compare (${selected.length})`
    if (summary) summary.textContent = selected.length === 0 ? 'Nothing ticked yet.' : `${selected.length} ticked:`
    list?.replaceChildren(
      ...selected.map((s) => {
        const li = document.createElement('li')
        const remove = document.createElement('button')
        remove.type = 'button'
        remove.className = 'link-button'
        remove.dataset.slug = s.slug
        remove.textContent = 'Remove'
        remove.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ` ${s.name}` }))
        li.append(`${s.name} `, remove)
        return li
      }),
    )
  }

  const untick = (slug: string) => {
    const box = [...rows.querySelectorAll<HTMLInputElement>('input[name="orgs"]')].find((b) => b.value === slug)
    if (box) box.checked = false
  }

  rows.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement
    if (box.name !== 'orgs') return
    const at = selected.findIndex((s) => s.slug === box.value)
    const name = box.labels?.[0]?.textContent?.replace(/^Compare /, '') ?? box.value
    if (box.checked && at < 0) selected.push({ slug: box.value, name })
    if (!box.checked && at >= 0) selected.splice(at, 1)
    draw()
  })

  list?.addEventListener('click', (event) => {
    const remove = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-slug]')
    if (!remove) return
    const at = selected.findIndex((s) => s.slug === remove.dataset.slug)
    if (at < 0) return
    const [gone] = selected.splice(at, 1)
    untick(gone.slug)
    draw()
    const buttons = list.querySelectorAll<HTMLButtonElement>('button[data-slug]')
    const next = buttons[Math.min(at, buttons.length - 1)]
    ;(next ?? heading)?.focus()
  })

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const url = new URL(form.action, location.href)
    url.searchParams.set('orgs', selected.map((s) => s.slug).join(','))
    location.assign(url.toString())
  })

  draw()
  return { has: (slug) => selected.some((s) => s.slug === slug) }
}
