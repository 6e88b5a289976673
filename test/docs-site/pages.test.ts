// The function pages of the close APIs render with their return codes, status pages and the rule
// catalogue render from their data, and screenshots of three pages are written to screenshots/.
import { describe, expect, it } from 'vitest';
import { statusPath, PATHS } from '../../docs-site/src/paths.js';
import { hex32 } from '../../docs-site/src/status-facts.js';
import { RULES } from '../../mocks/index.js';
import { pageOf, screenshot, useBrowser, useSite } from './support.js';

const site = useSite();
const browser = useBrowser();

describe('docs site pages', () => {
  for (const name of ['NtClose', 'ZwClose', 'FltClose']) {
    it(`${name}: its return codes with values and meanings`, async () => {
      const { entry, path } = pageOf(site.current.model, name);
      const page = await browser.page();
      await page.goto(site.current.url + path);
      await expect(page.locator('h1').innerText()).resolves.toBe(name);
      const rows = await page.locator('#return-value table.codes tbody tr').evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '')));
      // The codes the model lists come first, then those the return text names in prose.
      const listed = (entry.return?.codes ?? []).map((c) => c.name);
      expect(rows.map((r) => r[0]).slice(0, listed.length)).toEqual(listed);
      expect(rows.map((r) => r[0])).toContain('STATUS_INVALID_HANDLE');
      const invalid = rows.find((r) => r[0] === 'STATUS_INVALID_HANDLE')!;
      expect(invalid[1]).toBe('0xC0000008');
      expect(invalid[2]!.length).toBeGreaterThan(10);
      const statusLink = page.locator('#return-value a', { hasText: 'STATUS_INVALID_HANDLE' });
      await expect(statusLink.getAttribute('href')).resolves.toBe(`../${statusPath('STATUS_INVALID_HANDLE')}`);
      await expect(page.locator('#syntax pre').first().innerText()).resolves.toContain(`NTSTATUS ${entry.callingConvention ? `${entry.callingConvention} ` : ''}${name}(`);
      await expect(page.locator('#requirements').innerText()).resolves.toMatch(/DLL|winhandle interface/);
      await expect(page.locator('footer .attribution').innerText()).resolves.toContain('CC BY 4.0');
      if (name === 'NtClose') await screenshot(page, 'ntclose');
    });
  }

  it('CloseHandle: BOOL with its nonzero/zero return description, DLL and the mock\'s rules', async () => {
    const { path } = pageOf(site.current.model, 'CloseHandle');
    const page = await browser.page();
    await page.goto(site.current.url + path);
    const ret = await page.locator('#return-value').innerText();
    expect(ret).toContain('BOOL');
    expect(ret).toMatch(/nonzero/);
    expect(ret).toMatch(/GetLastError/);
    await expect(page.locator('#requirements').innerText()).resolves.toMatch(/Kernel32\.dll/i);
    const ruleLinks = await page.locator('#mock-rules a').allInnerTexts();
    expect(ruleLinks).toContain(RULES.find((r) => r.id === 'closehandle-socket')!.title);
    await expect(page.locator('[data-try-it]').getAttribute('data-fn')).resolves.toBe('CloseHandle');
  });

  it('a status page shows value, severity, facility and the functions that document the code', async () => {
    const page = await browser.page();
    await page.goto(site.current.url + statusPath('STATUS_INVALID_HANDLE'));
    const facts = await page.locator('table.facts').innerText();
    expect(facts).toContain(hex32(0xc0000008));
    expect(facts).toMatch(/Severity\s+Error/);
    expect(facts).toMatch(/Facility\s+0x000/);
    const documenting = await page.locator('#documented-by tbody tr td:first-child a').allInnerTexts();
    expect(documenting).toEqual(expect.arrayContaining(['NtClose', 'ZwClose', 'FltClose']));
    await screenshot(page, 'status-invalid-handle');
  });

  it('the rule catalogue lists every rule with its quote, source link, behaviour and test', async () => {
    const page = await browser.page();
    await page.goto(site.current.url + PATHS.rules);
    const sections = page.locator('section.rule');
    await expect(sections.count()).resolves.toBe(RULES.length);
    const socket = page.locator('section#closehandle-socket');
    await expect(socket.locator('blockquote p').innerText()).resolves.toBe('Do not use the CloseHandle function to close a socket.');
    await expect(socket.locator('blockquote a.external').getAttribute('href')).resolves.toMatch(/^https:\/\/learn\.microsoft\.com\//);
    await expect(socket.locator('dl').innerText()).resolves.toContain('test/mocks/rules-closehandle-kinds.test.ts');
    await screenshot(page, 'rules');
  });
});
