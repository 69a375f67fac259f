import { describe, expect, it } from 'vitest'
import { isSafeHref, validateRichTextLinks } from '../../domain/richTextLinks'
import { richTextHtml } from '../../site/lib/richTextHtml'

const doc = (...children: object[]) => ({ root: { type: 'root', children } })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children })
const text = (t: string, format = 0) => ({ type: 'text', text: t, format })
const link = (url: string, label: string) => ({ type: 'link', fields: { url, linkType: 'custom' }, children: [text(label)] })

describe('rich text links', () => {
  it('allows web, mail and site links only', () => {
    for (const url of ['https://example.org/a', 'http://example.org', 'mailto:team@example.org', '/library/'])
      expect(isSafeHref(url), url).toBe(true)
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example',
      'nonsense',
    ])
      expect(isSafeHref(url), url).toBe(false)
  })

  it('refuses a path that a browser reads as another site (/\\ and /<tab>/ are //)', () => {
    for (const url of ['/\\evil.example/', '/\\/evil.example', '/\t/evil.example', ' /\\evil.example'])
      expect(isSafeHref(url), JSON.stringify(url)).toBe(false)
    for (const url of ['/plan/steps/1.1.1/', '/search/?q=//x', '/library/#top']) expect(isSafeHref(url), url).toBe(true)
    expect(validateRichTextLinks(doc(paragraph(link('/\\evil.example/', 'home'))))).toMatch(/is not allowed/)
  })

  it('refuses to store a javascript: link, naming it', () => {
    expect(validateRichTextLinks(doc(paragraph(link('https://example.org', 'fine'))))).toBe(true)
    expect(validateRichTextLinks(doc(paragraph(text('see '), link('javascript:alert(document.cookie)', 'this'))))).toMatch(
      /"javascript:alert\(document\.cookie\)" is not allowed/,
    )
  })

  it('renders escaped text and drops an unsafe link to plain text, even if one was stored', () => {
    const html = richTextHtml(
      doc(
        { type: 'heading', tag: 'h1', children: [text('<script>alert(1)</script>')] },
        paragraph(
          text('bold', 1),
          text(' and '),
          link('https://example.org/?a=1&b="2"', 'safe'),
          text(' '),
          link('javascript:alert(1)', 'unsafe'),
        ),
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('one')] }] },
        { type: 'upload', children: [], value: { url: 'javascript:alert(1)' } },
      ),
    )
    expect(html).toBe(
      '<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2><p><strong>bold</strong> and <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">safe</a> unsafe</p><ol><li>one</li></ol>',
    )
    expect(html).not.toContain('javascript:')
  })
})
