/**
 * Login limits, kept in memory per instance. Three counts of recent failed logins:
 *
 * - per account and address: after 5 failures that address must wait before trying that
 *   account again, even with the right password (so a password cannot be guessed by trying);
 *   the wait doubles with each further failure, from 1 minute up to 15.
 * - per address, across accounts: after 20 failures the address waits the same way, so one
 *   password tried over many accounts meets a limit. 20 leaves room for a school behind one
 *   NAT address whose teachers mistype.
 * - per account, across addresses: after 10 failures every attempt on the account is slowed
 *   (answered after 100 ms, doubling up to 2 s) but never refused, so failures from other
 *   addresses cannot lock the owner out of the right password.
 *
 * Failures older than 30 minutes are forgotten; a successful login clears only its own
 * account-and-address count (an attacker's own login must not reset the others).
 */
interface Rule {
  /** Failures allowed before the wait starts. */
  free: number;
  baseMs: number;
  maxMs: number;
}

const windowMs = 30 * 60 * 1000;
/** Keys kept per count; beyond it the oldest are dropped (memory stays bounded under a flood). */
const maxKeys = 100_000;

const pairRule: Rule = { free: 5, baseMs: 60_000, maxMs: 15 * 60_000 };
const addressRule: Rule = { free: 20, baseMs: 60_000, maxMs: 15 * 60_000 };
const accountRule: Rule = { free: 10, baseMs: 100, maxMs: 2_000 };

/** Recent failure times per key. */
class FailureLog {
  private readonly failures = new Map<string, number[]>();

  recent(key: string, now: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((time) => now - time < windowMs);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }

  record(key: string, now: number): void {
    const recent = this.recent(key, now);
    this.failures.delete(key);
    this.failures.set(key, [...recent, now].slice(-64));
    if (this.failures.size > maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}

/** How long after its last failure a key must wait: 0 within the free failures, then doubling. */
function backoffMs(failures: number[], rule: Rule, now: number): number {
  if (failures.length < rule.free) return 0;
  const wait = Math.min(rule.baseMs * 2 ** (failures.length - rule.free), rule.maxMs);
  return Math.max(0, failures[failures.length - 1] + wait - now);
}

export type LoginDecision = { refused: true; retryAfterMs: number } | { refused: false; delayMs: number };

export class LoginRateLimiter {
  private readonly pairs = new FailureLog();
  private readonly addresses = new FailureLog();
  private readonly accounts = new FailureLog();

  /** Whether an attempt on `account` from `address` may be checked now, and how long to slow it. */
  decide(account: string, address: string, now = Date.now()): LoginDecision {
    const refusedFor = Math.max(
      backoffMs(this.pairs.recent(pairKey(account, address), now), pairRule, now),
      backoffMs(this.addresses.recent(address, now), addressRule, now),
    );
    if (refusedFor > 0) return { refused: true, retryAfterMs: refusedFor };
    const accountFailures = this.accounts.recent(account, now);
    if (accountFailures.length < accountRule.free) return { refused: false, delayMs: 0 };
    return {
      refused: false,
      delayMs: Math.min(accountRule.baseMs * 2 ** (accountFailures.length - accountRule.free), accountRule.maxMs),
    };
  }

  recordFailure(account: string, address: string, now = Date.now()): void {
    this.pairs.record(pairKey(account, address), now);
    this.addresses.record(address, now);
    this.accounts.record(account, now);
  }

  recordSuccess(account: string, address: string): void {
    this.pairs.clear(pairKey(account, address));
  }
}

function pairKey(account: string, address: string): string {
  return `${account}\n${address}`;
}
