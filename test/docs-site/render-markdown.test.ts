// Document markdown to safe HTML: markup kept, everything that could run or load stripped.
import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from '../../docs-site/src/render-markdown.js';
import { escapeHtml, html, safeUrl } from '../../docs-site/src/html.js';

describe('renderMarkdown', () => {
  it('keeps markdown, GFM tables and harmless HTML of the documents', () => {
    const out = renderMarkdown('**NtClose** and <b>ZwClose</b>\n\n| Code | Meaning |\n|---|---|\n| `STATUS_SUCCESS` | ok |\n\n<dl><dt><b>STATUS_INVALID_HANDLE</b></dt><dd>bad</dd></dl>').value;
    expect(out).toContain('<strong>NtClose</strong>');
    expect(out).toContain('<b>ZwClose</b>');
    expect(out).toContain('<td><code>STATUS_SUCCESS</code></td>');
    expect(out).toContain('<dt><b>STATUS_INVALID_HANDLE</b></dt>');
  });

  it('strips scripts, handlers, dangerous URLs, frames, images, styles and forms', () => {
    const out = renderMarkdown([
      '<script>alert(1)</script> <img src="https://evil.example/x.png" onerror="alert(2)">',
      '[a](javascript:alert(3)) <a href="JaVaScRiPt:alert(4)">b</a> <a href="data:text/html,x">c</a>',
      '<iframe src="https://evil.example"></iframe><object data="x"></object><style>*{}</style>',
      '<p onclick="alert(5)" style="color:red">p</p><input autofocus onfocus="alert(6)"><form action="x"><button>go</button></form>',
    ].join('\n\n')).value;
    for (const bad of ['<script', 'alert(1)', '<img', 'onerror', 'javascript:', 'JaVaScRiPt', 'data:', '<iframe', '<object', '<style', 'onclick', 'style=', '<input', '<form']) {
      expect(out, bad).not.toContain(bad);
    }
    expect(out).toContain('<p>p</p>');
  });

  it('marks links that leave the site and keeps only http(s) URLs', () => {
    expect(renderMarkdown('[docs](https://learn.microsoft.com/x)').value)
      .toBe('<p><a href="https://learn.microsoft.com/x" rel="noopener noreferrer" class="external">docs</a></p>');
    expect(safeUrl('https://learn.microsoft.com/a b')).toBe('https://learn.microsoft.com/a%20b');
    for (const url of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'not a url', undefined]) expect(safeUrl(url)).toBeUndefined();
  });

  it('renders one paragraph inline and nothing for blank text', () => {
    expect(renderInline('Handle is **not** valid.').value).toBe('Handle is <strong>not</strong> valid.');
    expect(renderInline('one\n\ntwo').value).toBe('<p>one</p>\n<p>two</p>');
    expect(renderMarkdown('  \n').value).toBe('');
  });

  it('escapes every interpolation of the html template unless it is Html', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const name = '<script>x</script>';
    expect(html`<p title="${name}">${name}${html`<b>${name}</b>`}${[name, null, false, undefined]}</p>`.value)
      .toBe('<p title="&lt;script&gt;x&lt;/script&gt;">&lt;script&gt;x&lt;/script&gt;<b>&lt;script&gt;x&lt;/script&gt;</b>&lt;script&gt;x&lt;/script&gt;</p>');
  });
});
