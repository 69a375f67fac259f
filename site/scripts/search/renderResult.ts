import type { PagefindResultData, PagefindSubResult } from './pagefindApi'

/**
 * One result as an accessible list item: the page's title as a link, then what
 * kind of page it is ("Plan step", "Organisation") before its excerpt, then up
 * to three of its sections found. The class names are Pagefind UI's, which the
 * site's styles and tests know. Excerpts are Pagefind's HTML (page text escaped,
 * matches in <mark>), so they are set as HTML; everything else as text.
 */
const SECTIONS_SHOWN = 3

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function titleLink(title: string, url: string): HTMLParagraphElement {
  const p = element('p', 'pagefind-ui__result-title')
  const link = element('a', 'pagefind-ui__result-link', title)
  link.href = url
  p.append(link)
  return p
}

function excerpt(html: string, kind?: string): HTMLParagraphElement {
  const p = element('p', 'pagefind-ui__result-excerpt')
  p.innerHTML = html
  if (kind) p.prepend(element('span', 'search-kind', kind), ' ')
  return p
}

/** As Pagefind UI chooses them: the page's own entry aside, the three sections with most matches, in page order. */
function sectionsToShow(data: PagefindResultData): PagefindSubResult[] {
  const all = data.sub_results ?? []
  const sections = all[0]?.url === (data.meta.url || data.url) ? all.slice(1) : all
  if (sections.length <= SECTIONS_SHOWN) return sections
  const best = new Set([...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, SECTIONS_SHOWN))
  return sections.filter((s) => best.has(s))
}

export function renderResult(data: PagefindResultData, showSections: boolean): HTMLLIElement {
  const item = element('li', 'pagefind-ui__result')
  const inner = element('div', 'pagefind-ui__result-inner')
  inner.append(titleLink(data.meta.title ?? data.url, data.url), excerpt(data.excerpt, data.filters?.type?.[0]))
  if (showSections)
    for (const section of sectionsToShow(data)) {
      const nested = element('div', 'pagefind-ui__result-nested')
      nested.append(titleLink(section.title, section.url), excerpt(section.excerpt))
      inner.append(nested)
    }
  item.append(inner)
  return item
}
