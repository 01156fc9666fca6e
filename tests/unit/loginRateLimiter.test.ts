import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../../server/http/loginRateLimiter.ts';

const minute = 60_000;

describe('LoginRateLimiter', () => {
  it('refuses an account at an address after 5 failures, with a wait that doubles and then ends', () => {
    const limiter = new LoginRateLimiter();
    const start = 1_000_000;
    for (let index = 0; index < 4; index += 1) limiter.recordFailure('lifang', 'A', start);
    expect(limiter.decide('lifang', 'A', start)).toEqual({ refused: false, delayMs: 0 });
    limiter.recordFailure('lifang', 'A', start);
    expect(limiter.decide('lifang', 'A', start)).toEqual({ refused: true, retryAfterMs: minute });
    expect(limiter.decide('lifang', 'A', start + minute).refused).toBe(false);
    limiter.recordFailure('lifang', 'A', start + minute);
    expect(limiter.decide('lifang', 'A', start + minute)).toEqual({ refused: true, retryAfterMs: 2 * minute });
    // Other addresses and other accounts at this address are not refused.
    expect(limiter.decide('lifang', 'B', start + minute).refused).toBe(false);
    expect(limiter.decide('wanglei', 'A', start + minute).refused).toBe(false);
    // Forgotten after half an hour.
    expect(limiter.decide('lifang', 'A', start + 31 * minute)).toEqual({ refused: false, delayMs: 0 });
  });

  it('refuses an address after 20 failures across accounts', () => {
    const limiter = new LoginRateLimiter();
    for (let index = 0; index < 20; index += 1) limiter.recordFailure(`user${index}`, 'A', 0);
    expect(limiter.decide('someone-else', 'A', 0).refused).toBe(true);
    expect(limiter.decide('someone-else', 'B', 0).refused).toBe(false);
  });

  it('slows but never refuses an account failed from many addresses', () => {
    const limiter = new LoginRateLimiter();
    for (let index = 0; index < 200; index += 1) limiter.recordFailure('lifang', `10.0.${index}.1`, 0);
    const decision = limiter.decide('lifang', '192.168.1.5', 0);
    expect(decision).toEqual({ refused: false, delayMs: 2_000 });
  });

  it('clears only the account-and-address count on success', () => {
    const limiter = new LoginRateLimiter();
    for (let index = 0; index < 5; index += 1) limiter.recordFailure('lifang', 'A', 0);
    for (let index = 0; index < 15; index += 1) limiter.recordFailure(`other${index}`, 'A', 0);
    limiter.recordSuccess('lifang', 'A');
    // The address still has its 20 failures.
    expect(limiter.decide('lifang', 'A', 0).refused).toBe(true);
  });
});
