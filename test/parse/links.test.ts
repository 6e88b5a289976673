// Links made absolute the way learn.microsoft.com publishes the pages.
import { describe, expect, it } from 'vitest';
import { absoluteUrl, closeOpenLinks, linkBase, rewriteMarkdownLinks } from '../../generator/parse/text/links.js';

const wdk = linkBase('wdk', 'ntifs', 'nf-ntifs-ntclose');
const sdk = linkBase('sdk', 'handleapi', 'nf-handleapi-closehandle');

describe('absoluteUrl', () => {
  it('resolves relative .md links against the page folder and drops the extension', () => {
    expect(absoluteUrl('../wdm/ns-wdm-_acl.md', wdk)).toBe('https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/ns-wdm-_acl');
    expect(absoluteUrl('nf-ntifs-zwclose.md', wdk)).toBe('https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-zwclose');
    expect(absoluteUrl('nf-ntifs-zwclose.md#remarks', wdk)).toBe('https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-zwclose#remarks');
    expect(absoluteUrl('../_ifsk/index.md', wdk)).toBe('https://learn.microsoft.com/windows-hardware/drivers/ddi/_ifsk/');
    expect(absoluteUrl('nf-fileapi-findclose.md', sdk)).toBe('https://learn.microsoft.com/windows/win32/api/handleapi/nf-fileapi-findclose');
  });

  it('makes site-relative links absolute, /windows/desktop becoming /windows/win32', () => {
    expect(absoluteUrl('/windows/desktop/api/errhandlingapi/nf-errhandlingapi-getlasterror', sdk)).toBe(
      'https://learn.microsoft.com/windows/win32/api/errhandlingapi/nf-errhandlingapi-getlasterror',
    );
    expect(absoluteUrl('/windows-hardware/drivers/kernel/irql', wdk)).toBe('https://learn.microsoft.com/windows-hardware/drivers/kernel/irql');
    expect(absoluteUrl('#remarks', wdk)).toBe('https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-ntclose#remarks');
  });

  it('keeps old MSDN links and moves docs.microsoft.com to learn.microsoft.com', () => {
    expect(absoluteUrl('https://msdn.microsoft.com/9b84891d-62ca-4ddc-97b7-c4c79482abd9', sdk)).toBe('https://msdn.microsoft.com/9b84891d-62ca-4ddc-97b7-c4c79482abd9');
    expect(absoluteUrl('https://docs.microsoft.com/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltcreatefile', wdk)).toBe(
      'https://learn.microsoft.com/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltcreatefile',
    );
    expect(absoluteUrl('mailto:someone@example.com', wdk)).toBe('mailto:someone@example.com');
  });

  it('refuses script addresses, however they are spelled', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', 'vbscript:x', 'data:text/html,<b>', '']) expect(absoluteUrl(href, wdk)).toBeUndefined();
  });
});

describe('markdown links', () => {
  it('rewrites inline links and reference definitions, and unlinks scripts', () => {
    const text = 'See [**ZwClose**](nf-ntifs-zwclose.md "title") and ![img](../images/a.png).\n[x](javascript:alert(1)) [y](https://example.com/a_(b))\n\n[ref]: ../wdm/nf-wdm-zwclose.md';
    expect(rewriteMarkdownLinks(text, wdk)).toBe(
      'See [**ZwClose**](https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-zwclose "title") and ![img](https://learn.microsoft.com/windows-hardware/drivers/ddi/images/a.png).\n' +
        'x [y](https://example.com/a_(b))\n\n[ref]: https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-zwclose',
    );
  });

  it('closes a link address its author left open', () => {
    expect(closeOpenLinks('use "[**ZwX**](nf-ntifs-zwx.md" instead')).toEqual({ markdown: 'use "[**ZwX**](nf-ntifs-zwx.md)" instead', at: [13] });
    expect(closeOpenLinks('[a](b.md "t") and [c](d.md)').at).toEqual([]);
  });
});
