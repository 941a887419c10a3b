import { loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to port 4000 and the embedded database with the demo seeded', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.database.url).toBeUndefined();
    expect(c.database.dataDir).toBe('./.data');
    expect(c.seedDemo).toBe(true);
    expect(c.auth.secret).toBeDefined();
  });

  it('does not seed the demo on PostgreSQL unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/coc' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/coc', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('refuses production without a token secret or JWKS URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: production needs JWT_SECRET or JWKS_URL/);
    expect(loadConfig({ NODE_ENV: 'production', JWKS_URL: 'https://idp.example/jwks' }).auth.secret).toBeUndefined();
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: JWT_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('turns introspection off in production unless GRAPHQL_INTROSPECTION is set', () => {
    const production = { NODE_ENV: 'production', JWKS_URL: 'https://idp.example/jwks' };
    expect(loadConfig({}).graphql.introspection).toBe(true);
    expect(loadConfig(production).graphql.introspection).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).graphql.introspection).toBe(false);
  });

  it('trusts no proxy unless TRUST_PROXY names a hop count or subnets', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: not a hop count, address or subnet: true/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '99' })).toThrow(/TRUST_PROXY: at most 10 hops/);
  });

  it('has strict submission and looser read budgets by default, each configurable', () => {
    const { rateLimits } = loadConfig({});
    expect(rateLimits.reads).toEqual({ perAddress: 300, perOrganization: 3000, windowSeconds: 60 });
    expect(rateLimits.submissions).toEqual({ perAddress: 10, perOrganization: 200, windowSeconds: 3600 });
    expect(rateLimits.redisUrl).toBeUndefined();
    expect(loadConfig({ RATE_LIMIT_SUBMISSIONS_PER_ADDRESS: '0' }).rateLimits.submissions.perAddress).toBe(0);
    expect(() => loadConfig({ RATE_LIMIT_SUBMISSIONS_WINDOW_SECONDS: '0' })).toThrow(/RATE_LIMIT_SUBMISSIONS_WINDOW_SECONDS/);
    expect(() => loadConfig({ RATE_LIMIT_READS_PER_ADDRESS: '-1' })).toThrow(/RATE_LIMIT_READS_PER_ADDRESS/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16 characters/);
  });
});

describe('loadConfig: browser access', () => {
  it('allows loopback origins in development only, and exactly the listed origins when CORS_ORIGINS is set', () => {
    const dev = loadConfig({}).corsOrigins as RegExp;
    expect(['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080', 'http://localhost'].every((o) => dev.test(o))).toBe(true);
    expect(['https://localhost:5173', 'http://localhost.evil.example', 'http://localhost:5173.evil.example', 'http://10.0.0.1:3000'].some((o) => dev.test(o))).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).corsOrigins).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'test' }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' https://app.example.com, http://localhost:5173 ' }).corsOrigins).toEqual(['https://app.example.com', 'http://localhost:5173']);
  });

  it.each(['*', 'https://app.example.com/', 'https://app.example.com/path', 'app.example.com', 'ftp://files.example.com', 'https://*.example.com'])(
    'refuses CORS_ORIGINS=%s naming the value',
    (value) => {
      expect(() => loadConfig({ CORS_ORIGINS: `https://ok.example.com,${value}` })).toThrow(`CORS_ORIGINS.1: ${value} is not an exact origin`);
    },
  );

  it('serves the GraphQL IDE in development, not in production unless GRAPHQL_IDE=true', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig({}).graphqlIde).toBe(true);
    expect(loadConfig(production).graphqlIde).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_IDE: 'true' }).graphqlIde).toBe(true);
    expect(loadConfig({ GRAPHQL_IDE: 'false' }).graphqlIde).toBe(false);
  });
});
