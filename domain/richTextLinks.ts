/**
 * Rich text (Payload's Lexical JSON) checked before it is stored: every link
 * must be a web or mail address, so a "javascript:" or "data:" link can never
 * be saved, whatever the editor allows. The site renders rich text itself
 * (site/lib/richTextHtml.ts) and checks again, so stored content cannot inject script.
 */
export interface LexicalNode {
  type?: string
  children?: LexicalNode[]
  fields?: { url?: string; linkType?: string }
  url?: string
  [key: string]: unknown
}

const SITE = new URL('https://site.invalid/')

/**
 * http, https and mailto links, and paths on this site. Nothing else. A path is
 * read as a browser reads it: `/\\evil.example/` or `/<tab>/evil.example` is
 * `//evil.example`, another site, so a path counts only if it stays on this one.
 */
export function isSafeHref(url: string): boolean {
  const trimmed = url.trim()
  if (trimmed.startsWith('/')) {
    try {
      return new URL(trimmed, SITE).origin === SITE.origin
    } catch {
      return false
    }
  }
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(trimmed).protocol)
  } catch {
    return false
  }
}

/** Every link address in the rich text, outermost first. */
export function linksIn(node: LexicalNode | null | undefined): string[] {
  if (!node || typeof node !== 'object') return []
  const own = node.type === 'link' || node.type === 'autolink' ? [node.fields?.url ?? node.url ?? ''] : []
  const root = (node as { root?: LexicalNode }).root
  return [...own, ...(root ? linksIn(root) : []), ...(node.children ?? []).flatMap(linksIn)]
}

/** A field validator for rich text: names the first unsafe link. */
export function validateRichTextLinks(value: unknown): true | string {
  const unsafe = linksIn(value as LexicalNode).find((url) => url !== '' && !isSafeHref(url))
  return unsafe === undefined
    ? true
    : `Links must be web or email addresses (https://, http:// or mailto:); "${unsafe.slice(0, 60)}" is not allowed.`
}
