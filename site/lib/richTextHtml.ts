import { escapeHtml as escape } from './escapeHtml'
import { isSafeHref, type LexicalNode } from '../../domain/richTextLinks'

/**
 * Lexical rich text to HTML, by hand and on purpose: only the node types the
 * portal's editor makes are rendered, every text is escaped, and a link whose
 * address is not http, https, mailto or a site path is rendered as plain text.
 * Nothing from the stored JSON reaches the page unescaped.
 */
const IS_BOLD = 1
const IS_ITALIC = 2
const HEADINGS = new Set(['h2', 'h3', 'h4'])

function renderText(node: LexicalNode): string {
  let html = escape(String(node.text ?? ''))
  const format = typeof node.format === 'number' ? node.format : 0
  if (format & IS_BOLD) html = `<strong>${html}</strong>`
  if (format & IS_ITALIC) html = `<em>${html}</em>`
  return html
}

function render(node: LexicalNode): string {
  const children = (node.children ?? []).map(render).join('')
  switch (node.type) {
    case 'root':
      return children
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'paragraph':
      return children ? `<p>${children}</p>` : ''
    case 'heading': {
      // Headings in stored text start at h2: the page's h1 is its title. h1 and h5-h6 become h3/h4.
      const tag = HEADINGS.has(String(node.tag)) ? String(node.tag) : String(node.tag) === 'h1' ? 'h2' : 'h4'
      return `<${tag}>${children}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${children}</blockquote>`
    case 'list':
      return node.listType === 'number' ? `<ol>${children}</ol>` : `<ul>${children}</ul>`
    case 'listitem':
      return `<li>${children}</li>`
    case 'link':
    case 'autolink': {
      const url = String(node.fields?.url ?? node.url ?? '')
      return isSafeHref(url) ? `<a href="${escape(url.trim())}">${children}</a>` : children
    }
    default:
      // Unknown nodes (uploads, blocks): their text only.
      return children
  }
}

export function richTextHtml(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return root ? render({ ...root, type: 'root' }) : ''
}

/** The plain words of rich text, for summaries and feeds. */
export function richTextPlain(value: unknown): string {
  const walk = (node: LexicalNode): string =>
    node.type === 'text' ? String(node.text ?? '') : (node.children ?? []).map(walk).join(node.type === 'root' ? '\n\n' : '')
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return root ? walk({ ...root, type: 'root' }).trim() : ''
}
