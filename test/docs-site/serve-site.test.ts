// The static server: files with their types, index.html for folders, 404s, no way out of the site.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from '../../docs-site/src/serve-site.js';

let temp = '';
let server: SiteServer;

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'winhandle-serve-'));
  await mkdir(join(temp, 'site/functions'), { recursive: true });
  await writeFile(join(temp, 'site/index.html'), '<h1>home</h1>');
  await writeFile(join(temp, 'site/functions/index.html'), '<h1>functions</h1>');
  await writeFile(join(temp, 'site/app.js'), 'export {};');
  await writeFile(join(temp, 'secret.txt'), 'SECRET-CONTENT');
  server = await serveSite(join(temp, 'site'), 0);
});

afterAll(async () => {
  await server.close();
  await rm(temp, { recursive: true, force: true });
});

/** A raw request, so paths like /../ reach the server unnormalised. */
function raw(path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString(); });
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveSite', () => {
  it('serves files with their content type and folders as their index.html', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    await expect(raw('/')).resolves.toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<h1>home</h1>' });
    await expect(raw('/functions/')).resolves.toMatchObject({ status: 200, body: '<h1>functions</h1>' });
    await expect(raw('/app.js?v=1')).resolves.toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    await expect(raw('/app.js', 'HEAD')).resolves.toMatchObject({ status: 200, body: '' });
  });

  it('answers 404, 405 and 403, and never serves a file outside the site', async () => {
    await expect(raw('/missing.html')).resolves.toMatchObject({ status: 404 });
    await expect(raw('/index.html', 'POST')).resolves.toMatchObject({ status: 405 });
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/functions/..%2f..%2fsecret.txt', '/%00', '/%E0%A4%A']) {
      const answer = await raw(path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain('SECRET-CONTENT');
    }
  });
});
