import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CollabUser } from '../../client/editor/collab/collabUser.ts';
import { clientExtensions, readOnlyExtensions } from '../../client/editor/extensions.ts';
import { guideSchema } from '../../shared/editor/schema.ts';
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

  it("builds the editor from one extension list on both sides: the client's schema is the server's", () => {
    const server = guideSchema();
    const client = getSchema(clientExtensions({ document: new Y.Doc(), provider: {} as HocuspocusProvider, user: { id: 'user-wanglei', username: 'wanglei', name: '王磊', color: '#c0392b' } satisfies CollabUser }));
    const shape = (schema: Schema) => ({
      nodes: Object.fromEntries(
        Object.entries(schema.nodes).map(([name, type]) => [
          name,
          { content: type.spec.content ?? '', group: type.spec.group ?? '', inline: type.isInline, attrs: Object.keys(type.spec.attrs ?? {}).sort() },
        ]),
      ),
      marks: Object.fromEntries(
        Object.entries(schema.marks).map(([name, type]) => [name, { attrs: Object.keys(type.spec.attrs ?? {}).sort(), excludes: type.spec.excludes ?? '' }]),
      ),
      topNode: schema.topNodeType.name,
    });
    expect(shape(client)).toEqual(shape(server));
    // Read-only views of saved versions use the same schema too.
    expect(shape(getSchema(readOnlyExtensions()))).toEqual(shape(server));
  });

  describe('the lint rules that keep the layers', () => {
    const eslint = new ESLint({ cwd: repoRoot });
    async function restrictedImports(file: string, code: string): Promise<string[]> {
      const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
      return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
    }

    it('refuse an import of server/http from a command, the collaboration server or the database', async () => {
      const wrong = "import { requireUser } from '../http/session.ts';\nexport const used = requireUser;\n";
      for (const file of ['server/commands/example.ts', 'server/collab/example.ts', 'server/db/repos/example.ts']) {
        expect(await restrictedImports(file, wrong)).toEqual([expect.stringContaining('Only server/http imports server/http')]);
      }
    });

    it('let the HTTP layer and the composition root import it', async () => {
      expect(await restrictedImports('server/http/routes/example.ts', "import { requireUser } from '../session.ts';\nexport const used = requireUser;\n")).toEqual([]);
      expect(await restrictedImports('server/startServer.ts', "import { createHttpApp } from './http/app.ts';\nexport const used = createHttpApp;\n")).toEqual([]);
    });

    it('refuse client code in the server, server code in the client, and Node or React in shared/', async () => {
      expect(await restrictedImports('server/commands/example.ts', "import { x } from '../../client/x.ts';\nexport const y = x;\n")).toHaveLength(1);
      expect(await restrictedImports('client/features/example.ts', "import { x } from '../../server/x.ts';\nexport const y = x;\n")).toHaveLength(1);
      expect(await restrictedImports('shared/example.ts', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n")).toHaveLength(1);
    });
  });
});
