import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/api.ts';
import { repoRoot, startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * Every response carries the security headers (a Content-Security-Policy without inline
 * script, framing only by the app itself, nosniff, a Referrer-Policy), and the built client
 * is served as files with a fallback to index.html for the client's own routes.
 */
let server: TestServer;
let clientDir: string;
const indexHtml = '<!doctype html><html><head><script type="module" src="/assets/app-1.js"></script></head><body></body></html>';

beforeAll(async () => {
  clientDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-client-'));
  mkdirSync(path.join(clientDir, 'assets'));
  writeFileSync(path.join(clientDir, 'index.html'), indexHtml);
  writeFileSync(path.join(clientDir, 'assets', 'app-1.js'), 'console.log("app")');
  writeFileSync(path.join(clientDir, 'assets', 'app-1.css'), 'body { color: black }');
  server = await startTestServer({ env: { CLIENT_DIR: clientDir } });
});

afterAll(async () => {
  await server.stop();
  rmSync(clientDir, { recursive: true, force: true });
});

/** The CSP's directives by name. */
function directives(policy: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const directive of (policy ?? '').split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

function expectSecurityHeaders(response: Response, what: string) {
  const csp = directives(response.headers.get('content-security-policy'));
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  const scripts = csp.get('script-src') ?? csp.get('default-src')!;
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  expect(csp.get('frame-ancestors'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), what).toBeTruthy();
  expect(response.headers.get('x-frame-options'), what).toBe('SAMEORIGIN');
}

describe('security headers', () => {
  it('are on the client page, its files and the client routes', async () => {
    for (const address of ['/', '/guides/abc', '/assets/app-1.js', '/assets/app-1.css']) {
      const response = await fetch(`${server.url}${address}`);
      expect(response.status, address).toBe(200);
      expectSecurityHeaders(response, address);
    }
  });

  it('are on API answers, errors included', async () => {
    const api = await loginAs(server, 'lifang');
    const answers = [
      await fetch(`${server.url}/api/health`),
      await fetch(`${server.url}/api/guides`),
      await fetch(`${server.url}/api/guides`, { headers: { authorization: `Bearer ${api.token}` } }),
      await fetch(`${server.url}/api/nothing-here`),
      await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { origin: 'http://evil.example' }, body: '{}' }),
      await fetch(`${server.url}/%ZZ`),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 200, 404, 400, 403, 400]);
    answers.forEach((answer, index) => expectSecurityHeaders(answer, `answer ${index}`));
  });
});

describe('the built client', () => {
  it('has no inline script in its page, so the policy needs no unsafe-inline for scripts', () => {
    for (const file of [path.join(repoRoot, 'client', 'index.html'), path.join(repoRoot, 'dist', 'client', 'index.html')]) {
      let html: string;
      try {
        html = readFileSync(file, 'utf8');
      } catch {
        continue; // not built yet
      }
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, file).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, file).toMatch(/\bsrc=/);
        expect(body.trim(), file).toBe('');
      }
      expect(html, file).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it('serves files with their type, hashed assets as immutable, and index.html for client routes', async () => {
    const script = await fetch(`${server.url}/assets/app-1.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toMatch(/immutable/);
    expect(await script.text()).toBe('console.log("app")');

    for (const route of ['/', '/guides/abc', '/login', '/index.html']) {
      const page = await fetch(`${server.url}${route}`);
      expect(page.headers.get('content-type'), route).toMatch(/text\/html/);
      expect(page.headers.get('cache-control'), route).toBe('no-cache');
      expect(await page.text(), route).toBe(indexHtml);
    }
  });

  it('never serves a file outside the client directory', async () => {
    for (const address of ['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/package.json']) {
      const response = await fetch(`${server.url}${address}`);
      const text = await response.text();
      expect(text, address).not.toContain('"dependencies"');
    }
  });
});
