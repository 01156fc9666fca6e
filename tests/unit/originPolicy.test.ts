import { describe, expect, it } from 'vitest';
import { originAllowed } from '../../server/originPolicy.ts';

describe('originAllowed', () => {
  it('allows a request without Origin (scripts and API clients)', () => {
    expect(originAllowed(undefined, 'school.example:3000', [])).toBe(true);
    expect(originAllowed(null, undefined, [])).toBe(true);
  });

  it('allows the origin of the Host the request was addressed to, over http or https', () => {
    expect(originAllowed('http://school.example:3000', 'school.example:3000', [])).toBe(true);
    expect(originAllowed('https://school.example', 'school.example', [])).toBe(true);
    expect(originAllowed('https://school.example', 'school.example:443', [])).toBe(true);
    expect(originAllowed('http://School.Example', 'school.example:80', [])).toBe(true);
  });

  it('refuses another port, another host, another scheme and the opaque origin', () => {
    expect(originAllowed('http://school.example:4000', 'school.example:3000', [])).toBe(false);
    expect(originAllowed('http://evil.example:3000', 'school.example:3000', [])).toBe(false);
    expect(originAllowed('null', 'school.example:3000', [])).toBe(false);
    expect(originAllowed('ftp://school.example:3000', 'school.example:3000', [])).toBe(false);
    expect(originAllowed('not an origin', 'school.example:3000', [])).toBe(false);
    expect(originAllowed('http://school.example:4000', undefined, [])).toBe(false);
    expect(originAllowed('http://school.example:3000/path', 'school.example:3000', [])).toBe(false);
  });

  it('allows the origins the operator listed', () => {
    const allowed = ['https://edit.school.example', 'http://127.0.0.1:5173'];
    expect(originAllowed('https://edit.school.example', 'api.school.example', allowed)).toBe(true);
    expect(originAllowed('https://edit.school.example:443', 'api.school.example', allowed)).toBe(true);
    expect(originAllowed('http://127.0.0.1:5173', '127.0.0.1:3000', allowed)).toBe(true);
    expect(originAllowed('http://127.0.0.1:5174', '127.0.0.1:3000', allowed)).toBe(false);
  });
});
