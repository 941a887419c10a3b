import { z } from 'zod';

const DEV_JWT_SECRET = 'development-only-secret-change-me-0123456789';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./.data'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    MIGRATE_ON_START: booleanish.default(true),
    SEED_DEMO: booleanish.optional(),
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
    JWKS_URL: z.string().url().optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5000),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(20000),
    BODY_LIMIT: z.string().default('1mb'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10000),
    CORS_ORIGINS: z
      .string()
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.string().refine(isExactOrigin, { error: (iss) => `${String(iss.input)} is not an exact origin: write scheme://host[:port], e.g. https://app.example.com (no path, no wildcard)` })))
      .optional(),
    GRAPHQL_IDE: booleanish.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET && !env.JWKS_URL) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'production needs JWT_SECRET or JWKS_URL' });
    }
  });

export type Env = z.infer<typeof schema>;

/** `https://app.example.com` or `http://localhost:5173`: what a browser sends as `Origin`, nothing more. */
function isExactOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value && !value.includes('*');
  } catch {
    return false;
  }
}

/** Development default of CORS_ORIGINS: any port on this machine's loopback names, over http. */
export const LOCAL_ORIGINS = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  database: { url?: string; dataDir: string; poolMax: number; migrateOnStart: boolean };
  seedDemo: boolean;
  auth: { secret?: string; jwksUrl?: string; issuer?: string; audience?: string };
  logLevel: Env['LOG_LEVEL'];
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number; bodyLimit: string };
  shutdownTimeoutMs: number;
  /**
   * Browser access from other origins: the exact origins allowed (CORS_ORIGINS), or in development
   * by default any loopback origin (`LOCAL_ORIGINS`); none in production and tests unless listed.
   */
  corsOrigins: string[] | RegExp;
  /** GraphiQL served at GET /graphql: on in development, off in production unless GRAPHQL_IDE=true. */
  graphqlIde: boolean;
  /** Development conveniences: local IDE page, development token secret. */
  isProduction: boolean;
}

/** Reads and validates the environment once at start; a bad value stops the process with a clear message. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    database: {
      url: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      poolMax: env.DB_POOL_MAX,
      migrateOnStart: env.MIGRATE_ON_START,
    },
    seedDemo: env.SEED_DEMO ?? (!env.DATABASE_URL && !isProduction),
    auth: {
      secret: env.JWT_SECRET ?? (env.JWKS_URL ? undefined : DEV_JWT_SECRET),
      jwksUrl: env.JWKS_URL,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
    },
    logLevel: env.LOG_LEVEL,
    limits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
      bodyLimit: env.BODY_LIMIT,
    },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    corsOrigins: env.CORS_ORIGINS ?? (env.NODE_ENV === 'development' ? LOCAL_ORIGINS : []),
    graphqlIde: env.GRAPHQL_IDE ?? !isProduction,
    isProduction,
  };
}
