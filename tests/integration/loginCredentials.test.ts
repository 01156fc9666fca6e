import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCredentials } from '../../server/auth/credentials.ts';
import { hashPassword, verifyPassword } from '../../server/auth/password.ts';
import { openDatabase, type DatabaseHandle } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';
import { parseEnv } from '../../server/env.ts';

/**
 * Whether a username exists must not show in the time a login takes: an unknown username
 * goes through the same password check (a real scrypt verify against a hash of the same kind
 * as a teacher's). Checked by watching which hashes the real verify function is given, not
 * by timing.
 */
let dataDir: string;
let database: DatabaseHandle;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-credentials-'));
  database = openDatabase(parseEnv({ DATA_DIR: dataDir }));
  await migrate(database.db as never, database.dialect);
  await database.db
    .insertInto('users')
    .values({ id: 'user-a', username: 'teacher', name: '教师', password_hash: await hashPassword('right'), created_at: new Date().toISOString() })
    .execute();
});

afterAll(async () => {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The real verify, recording the stored hash it was asked to check against. */
function recordingVerify() {
  const hashes: string[] = [];
  const verify = async (password: string, stored: string) => {
    hashes.push(stored);
    return verifyPassword(password, stored);
  };
  return { hashes, verify };
}

/** scheme, salt length and key length of a `scrypt$salt$hash` string. */
function shape(stored: string) {
  const [scheme, salt, hash] = stored.split('$');
  return { scheme, saltLength: salt.length, hashLength: hash.length };
}

describe('checking a login', () => {
  it('verifies the password once for a known user and answers the user only for the right password', async () => {
    const right = recordingVerify();
    expect(await checkCredentials(database.db, 'teacher', 'right', right.verify)).toMatchObject({ id: 'user-a' });
    const wrong = recordingVerify();
    expect(await checkCredentials(database.db, 'teacher', 'wrong', wrong.verify)).toBeNull();
    expect(right.hashes).toHaveLength(1);
    expect(wrong.hashes).toHaveLength(1);
  });

  it('does the same scrypt verify for an unknown username, against a hash of the same kind, and refuses', async () => {
    const known = recordingVerify();
    await checkCredentials(database.db, 'teacher', 'guess', known.verify);
    const unknown = recordingVerify();
    expect(await checkCredentials(database.db, 'nobody', 'guess', unknown.verify)).toBeNull();
    expect(unknown.hashes).toHaveLength(1);
    expect(shape(unknown.hashes[0])).toEqual(shape(known.hashes[0]));
    expect(shape(unknown.hashes[0]).scheme).toBe('scrypt');
    // Even the password someone might guess for the dummy does not log anyone in.
    expect(await checkCredentials(database.db, 'nobody', '', unknown.verify)).toBeNull();
  });
});
