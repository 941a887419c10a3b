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
});
