// useWindowsMock: a fresh world per test, the proxy, expectViolation, and — through fixture tests
// run by vitest in a sub-process — that strict mode fails tests that leak or break rules.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { constants as C, type WindowsMock } from '../../mocks/index.js';
import { useWindowsMock } from '../../mocks/vitest/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the proxy', () => {
  const win = useWindowsMock();
  const seen: WindowsMock[] = [];
  let outside: unknown;
  try {
    void win.kernel32;
  } catch (error) {
    outside = error;
  }

  it('refuses to be read outside a test, saying where to use it', () => {
    expect(String(outside)).toMatch(/\[winhandle\] useWindowsMock\(\): there is no world outside a test .* use the proxy inside it\(\)/);
  });

  it('forwards to the running test\'s world (first test)', () => {
    seen.push(win.current);
    const h = win.kernel32.CreateEventW(null, 1, 0, 'Local\\per-test');
    expect(win.inspect(h)?.type).toBe('Event');
    expect(win.kernel32.CloseHandle(h)).toBe(1);
  });

  it('gives each test a new world (second test)', () => {
    seen.push(win.current);
    expect(seen[0]).not.toBe(seen[1]);
    expect(win.kernel32.OpenEventW(C.EVENT_ALL_ACCESS, 0, 'Local\\per-test')).toBe(0);
    expect(win).toHaveLastError('ERROR_FILE_NOT_FOUND');
    expect(win.leaks()).toEqual([]);
    expect('kernel32' in win && 'expectViolation' in win).toBe(true);
  });
});

describe('expectViolation', () => {
  describe('strict', () => {
    const win = useWindowsMock();
    it('expects the RuleViolation and does not hold it against the test', () => {
      win.ws2_32.WSAStartup(0x0202, {});
      const s = win.ws2_32.socket(C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP);
      expect(win.expectViolation('closehandle-socket', () => win.kernel32.CloseHandle(s))).toBeUndefined();
      expect(win.violations.map((v) => v.rule)).toEqual(['closehandle-socket']);
      expect(win.ws2_32.closesocket(s)).toBe(0);
    });
    it('fails when the call breaks no rule', () => {
      const h = win.kernel32.CreateEventW(null, 1, 0, null);
      expect(() => win.expectViolation('closehandle-socket', () => win.kernel32.CloseHandle(h))).toThrow(/expected closehandle-socket to be broken/);
    });
  });
  describe('lenient', () => {
    const win = useWindowsMock({ mode: 'lenient' });
    it('returns what Windows returns', () => {
      const h = win.createObject('Key', { name: 'HKCU\\Software\\Demo' });
      expect(win.expectViolation('closehandle-registry-key', () => win.kernel32.CloseHandle(h))).toBe(1);
    });
  });
});

interface AssertionResult { title: string; status: string; failureMessages: string[] }

describe('strict mode fails a test that leaks or breaks a rule (fixture tests run by vitest)', () => {
  const results = new Map<string, AssertionResult>();
  beforeAll(async () => {
    const args = ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/vitest-helpers/fixtures/vitest.fixture.config.ts', '--reporter=json'];
    // Some fixture tests fail on purpose, so vitest exits 1; its JSON report is what counts.
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 16 << 20 })
      .catch((error: { stdout?: string; code?: number }) => ({ stdout: error.code === 1 ? error.stdout ?? '' : '' }));
    const report = JSON.parse(stdout) as { testResults: Array<{ assertionResults: AssertionResult[] }> };
    for (const file of report.testResults) for (const a of file.assertionResults) results.set(a.title, a);
  }, 120_000);

  it('runs every fixture test, and each ends as its name says', () => {
    expect(results.size).toBe(7);
    for (const [title, r] of results) expect(`${title}: ${r.status}`).toBe(`${title}: ${title.startsWith('must fail') ? 'failed' : 'passed'}`);
  });

  it('names each leaked handle, its type, name, process, opening API and the line that opened it', () => {
    const message = results.get('must fail: leaks an event')!.failureMessages.join('\n');
    expect(message).toContain('[winhandle] the test left 1 open (strict mode)');
    expect(message).toMatch(/handle 0x[0-9a-f]+ Event "Local\\leaked-by-fixture" in app\.exe, opened by CreateEventW/);
    expect(message).toMatch(/at .*test\/vitest-helpers\/fixtures\/strict-world\.fixture\.ts:10:\d+/);
  });

  it('reports a violation the test caught itself, with the rule, the quote and how to declare it', () => {
    const message = results.get('must fail: catches a rule violation itself')!.failureMessages.join('\n');
    expect(message).toContain('rule closehandle-socket at CloseHandle');
    expect(message).toContain('"Do not use the CloseHandle function to close a socket."');
    expect(message).toContain("win.expectViolation('closehandle-socket', () => ...)");
  });

  it('adds no leak report to a test that failed on its own', () => {
    const message = results.get('must fail: fails on its own assertion, leak not reported')!.failureMessages.join('\n');
    expect(message).toContain('expected 1 to be 2');
    expect(message).not.toContain('[winhandle]');
  });
});
