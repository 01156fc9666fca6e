import { randomInt } from 'node:crypto';

/** Letters and digits nobody misreads on a printed slip (no 0/O, 1/l/I). */
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random initial password for a teacher, handed out once and changed at the first login. */
export function initialPassword(length = 10): string {
  let password = '';
  for (let index = 0; index < length; index += 1) password += alphabet[randomInt(alphabet.length)];
  return password;
}
