/**
 * Counts failed logins per account and address. After `maxFailures` failures within the
 * window, further attempts are refused until the window has passed, even with the right
 * password, so a password cannot be guessed by trying.
 */
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  /** Minutes until the key may try again, or 0 when it may try now. */
  blockedMinutes(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 60_000));
  }

  recordFailure(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}
