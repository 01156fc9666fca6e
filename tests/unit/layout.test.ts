import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/testServer.ts';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
}

describe('the layout of the code', () => {
  it('keeps shared/ pure: no React, no Node modules, nothing from client/ or server/', () => {
    const offenders = sourceFiles(path.join(repoRoot, 'shared')).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => /^(react|react-dom|@tiptap\/react|node:|better-sqlite3|pg|hono|ws$|kysely)/.test(specifier) || /(^|\/)(client|server)\//.test(specifier))
        .map((specifier) => `${path.relative(repoRoot, file)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never lets client/ import server/ code or server/ import client/ code', () => {
    const clientOffenders = sourceFiles(path.join(repoRoot, 'client')).flatMap((file) =>
      importsOf(file).filter((specifier) => /(^|\/)server\//.test(specifier)).map((specifier) => `${file}: ${specifier}`),
    );
    const serverOffenders = sourceFiles(path.join(repoRoot, 'server')).flatMap((file) =>
      importsOf(file).filter((specifier) => /(^|\/)client\//.test(specifier)).map((specifier) => `${file}: ${specifier}`),
    );
    expect([...clientOffenders, ...serverOffenders]).toEqual([]);
  });

  it('builds the editor from one extension list on both sides', () => {
    const clientExtensions = readFileSync(path.join(repoRoot, 'client/editor/extensions.ts'), 'utf8');
    expect(clientExtensions).toContain('guideExtensions');
    const serverFiles = sourceFiles(path.join(repoRoot, 'server')).map((file) => readFileSync(file, 'utf8'));
    expect(serverFiles.some((text) => text.includes("Node.create(") || text.includes('StarterKit'))).toBe(false);
  });
});
