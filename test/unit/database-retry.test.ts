import { loadConfig } from '../../src/config';
import { isConnectionError } from '../../src/common/database-errors';
import { retryDelay } from '../../src/server';

describe('reaching the database at start', () => {
  it('waits 500 ms at first and at most 30 s by default', () => {
    expect(loadConfig({}).database.connectRetry).toEqual({ initialMs: 500, maxMs: 30000 });
    expect(loadConfig({ DB_CONNECT_RETRY_INITIAL_MS: '2000', DB_CONNECT_RETRY_MAX_MS: '1000' }).database.connectRetry).toEqual({ initialMs: 2000, maxMs: 2000 });
  });

  it('doubles the wait from one attempt to the next, up to the cap (with up to half taken off as jitter)', () => {
    const retry = { initialMs: 500, maxMs: 30000 };
    const ceilings = [500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000];
    ceilings.forEach((ceiling, i) => {
      for (let n = 0; n < 20; n++) {
        const delay = retryDelay(i + 1, retry);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    });
    expect(retryDelay(1000, retry)).toBeLessThanOrEqual(30000);
  });

  it('tries again after connection failures only, not after a failing migration or a wrong password', () => {
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })]))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
    expect(isConnectionError({ message: 'query failed', driverError: { code: '57P01' } })).toBe(true);
    expect(isConnectionError(Object.assign(new Error('password authentication failed'), { code: '28P01' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isConnectionError(new Error('Mutation x recorded no audit event'))).toBe(false);
  });
});
