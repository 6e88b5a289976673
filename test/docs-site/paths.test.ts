// Page paths and relative links: safe file names from untrusted names, links that work from any depth.
import { describe, expect, it } from 'vitest';
import { entryPath, rel, rootOf, slug } from '../../docs-site/src/paths.js';

describe('paths', () => {
  it('makes file-name-safe slugs', () => {
    expect(slug('winternl.NtClose')).toBe('winternl.NtClose');
    expect(slug('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(slug('<script>x</script>')).toBe('_script_x__script_');
    expect(slug('')).toBe('_');
    expect(entryPath('a/b')).toBe('functions/a_b.html');
  });

  it('links relatively between pages, keeping fragments', () => {
    expect(rel('functions/a.html', 'status/X.html')).toBe('../status/X.html');
    expect(rel('functions/a.html', 'functions/b.html#p')).toBe('b.html#p');
    expect(rel('index.html', 'rules/index.html#r')).toBe('rules/index.html#r');
    expect(rel('functions/a.html', 'index.html')).toBe('../index.html');
    expect(rootOf('index.html')).toBe('');
    expect(rootOf('status/x.html')).toBe('../');
  });
});
