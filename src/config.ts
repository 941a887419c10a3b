import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_PREPARED_STATEMENTS } from './db/prepared-statements';

const DEV_JWT_SECRET = 'development-only-secret-change-me-0123456789';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address or subnet Express's `trust proxy` accepts: `10.0.0.0/8`, `::1`, `loopback`. */
function isProxySubnet(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies may set X-Forwarded-For: a hop count (`1`) or a comma-separated list of
 * addresses and subnets. Unset: none, the socket's address is the client's.
 */
const trustProxy = z.string().transform((value, ctx) => {
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) ctx.addIssue({ code: 'custom', message: 'at most 10 hops' });
    return hops;
  }
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !isProxySubnet(e));
  if (bad.length) ctx.addIssue({ code: 'custom', message: `not a hop count, address or subnet: ${bad.join(', ')}` });
  return entries;
});

/** A rate limit: requests per window (0 switches that limit off). */
const limit = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback);
const windowSeconds = (fallback: number) => z.coerce.number().int().min(1).max(86_400).default(fallback);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./.data'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    DB_PREPARED_STATEMENTS: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_PREPARED_STATEMENTS),
    MONITORING_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(256),
    MIGRATE_ON_START: booleanish.default(true),
    DB_CONNECT_RETRY_INITIAL_MS: z.coerce.number().int().min(10).default(500),
    DB_CONNECT_RETRY_MAX_MS: z.coerce.number().int().min(10).default(30000),
    SEED_DEMO: booleanish.optional(),
    JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
    JWKS_URL: z.string().url().optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().optional(),
    JWT_ORG_CLAIM: z.string().min(1).default('org'),
    JWT_SUBJECT_CLAIM: z.string().min(1).default('sub'),
    JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
    OIDC_LINK_BY_EMAIL: booleanish.default(false),
    MEMBER_CACHE_TTL_MS: z.coerce.number().int().min(0).max(30_000, 'MEMBER_CACHE_TTL_MS must be at most 30000 (30 s)').default(10_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5000),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(50_000),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
    BODY_LIMIT: z.string().default('1mb'),
    GRAPHQL_INTROSPECTION: booleanish.optional(),
    METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
    TRUST_PROXY: trustProxy.optional(),
    REDIS_URL: z.string().url().optional(),
    RATE_LIMIT_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/).default('coc:rate'),
    RATE_LIMIT_READS_PER_ADDRESS: limit(300),
    RATE_LIMIT_READS_PER_ORGANIZATION: limit(3000),
    RATE_LIMIT_READS_WINDOW_SECONDS: windowSeconds(60),
    RATE_LIMIT_SUBMISSIONS_PER_ADDRESS: limit(10),
    RATE_LIMIT_SUBMISSIONS_PER_ORGANIZATION: limit(200),
    RATE_LIMIT_SUBMISSIONS_WINDOW_SECONDS: windowSeconds(3600),
    RATE_LIMIT_TRACKING_PER_ADDRESS: limit(30),
    RATE_LIMIT_TRACKING_PER_REFERENCE: limit(10),
    RATE_LIMIT_TRACKING_WINDOW_SECONDS: windowSeconds(3600),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10000),
    CORS_ORIGINS: z
      .string()
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.string().refine(isExactOrigin, { error: (iss) => `${String(iss.input)} is not an exact origin: write scheme://host[:port], e.g. https://app.example.com (no path, no wildcard)` })))
      .optional(),
    GRAPHQL_IDE: booleanish.optional(),
    PUBLIC_BASE_URL: z
      .string()
      .refine(isExactOrigin, { error: (iss) => `${String(iss.input)} is not an exact origin: write scheme://host[:port], e.g. https://service.example.com (no path)` })
      .optional(),
    JOBS_ENABLED: booleanish.default(true),
    JOBS_WORK: booleanish.default(true),
    JOBS_POLL_INTERVAL_MS: z.coerce.number().int().min(500).max(60_000).default(2000),
    JOBS_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/).default('pgboss'),
    REMINDERS_CRON: z.string().default('*/15 * * * *'),
    DIGEST_CRON: z.string().default('0 6 * * *'),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Code of conduct service <no-reply@localhost>'),
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: booleanish.optional(),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
    WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().min(10).default(6 * 3600_000),
    WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).default(20),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET && !env.JWKS_URL) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'production needs JWT_SECRET or JWKS_URL' });
    }
    if (env.GRAPHQL_IDE === true && env.GRAPHQL_INTROSPECTION === false) {
      ctx.addIssue({ code: 'custom', path: ['GRAPHQL_IDE'], message: 'the GraphQL IDE needs introspection for its docs and completion: unset GRAPHQL_INTROSPECTION or GRAPHQL_IDE' });
    }
  });

export type Env = z.infer<typeof schema>;

/** Requests allowed per window; 0 switches that limit off. */
export interface RateBudget {
  perAddress: number;
  perOrganization: number;
  windowSeconds: number;
}

/** Tracking requests allowed per window, per client address and per complaint reference; 0 switches that limit off. */
export interface TrackingBudget {
  perAddress: number;
  perReference: number;
  windowSeconds: number;
}

export interface RateLimitConfig {
  /** Public queries (published codes). */
  reads: RateBudget;
  /** Public submissions (complaint form): much stricter. */
  submissions: RateBudget;
  /** Complaint tracking (complaintStatus): per address and per complaint reference, so a secret cannot be guessed. */
  tracking: TrackingBudget;
  /** Shared counters across instances; unset: counters in this process. */
  redisUrl?: string;
  /** Prefix of the Redis keys (one per deployment, or per test). */
  keyPrefix: string;
}

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
  database: {
    url?: string;
    dataDir: string;
    poolMax: number;
    migrateOnStart: boolean;
    /** PostgreSQL `statement_timeout` of every pooled connection, in ms (0: none). */
    statementTimeoutMs: number;
    /** Named prepared statements kept per connection (0: none). */
    preparedStatements: number;
    /** Waits between attempts to reach the database at start: doubling from `initialMs`, at most `maxMs`. */
    connectRetry: { initialMs: number; maxMs: number };
  };
  seedDemo: boolean;
  /** `codeStatus` answers kept per process, each while its organisation's change stamp and clocks say it is current (0: none). */
  monitoringCacheEntries: number;
  auth: {
    secret?: string;
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
    /** Claim names (a name, or a dotted path into nested claims such as `realm_access.roles`). */
    claims: { organization: string; subject: string; roles: string };
    /** Link a provider's first sign-in to the invited member with the same verified e-mail. */
    linkByEmail: boolean;
    /** How long a process may reuse a member's roles and active flag (0: read them on every request). */
    memberCacheTtlMs: number;
  };
  logLevel: Env['LOG_LEVEL'];
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number; bodyLimit: string; requestTimeoutMs: number };
  /** Introspection answers (schema discovery): development and tests by default, production only when set. */
  graphql: { introspection: boolean };
  /** Bearer token /metrics requires; unset: /metrics is open (keep it off the public network). */
  metricsToken?: string;
  /** Express's `trust proxy`: a hop count or trusted subnets; false: the socket address is the client. */
  trustProxy: number | string[] | false;
  /** Budgets of the public operations, per client address and per organisation (slug). */
  rateLimits: RateLimitConfig;
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
  /** Where the public pages (satisfaction survey links `/s/<token>`) are reached, e.g. https://service.example.com; unset: links are paths. */
  publicBaseUrl?: string;
  /** The job runner (pg-boss on the service's database): reminders, e-mail, webhook deliveries. */
  jobs: {
    enabled: boolean;
    /** Whether this instance works the queues (false: it only sends jobs, e.g. an API-only instance). */
    work: boolean;
    pollIntervalMs: number;
    schema: string;
    remindersCron: string;
    digestCron: string;
  };
  /** E-mail of notifications: off unless SMTP_URL is set. */
  mail: { smtpUrl?: string; from: string };
  webhooks: {
    /** Whether subscriptions may point at loopback, private and link-local addresses (development and tests). */
    allowPrivateAddresses: boolean;
    timeoutMs: number;
    maxAttempts: number;
    retryBaseMs: number;
    retryMaxMs: number;
    /** A subscription is switched off after this many failed attempts in a row. */
    disableAfterFailures: number;
  };
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
      connectRetry: { initialMs: env.DB_CONNECT_RETRY_INITIAL_MS, maxMs: Math.max(env.DB_CONNECT_RETRY_MAX_MS, env.DB_CONNECT_RETRY_INITIAL_MS) },
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      preparedStatements: env.DB_PREPARED_STATEMENTS,
    },
    seedDemo: env.SEED_DEMO ?? (!env.DATABASE_URL && !isProduction),
    monitoringCacheEntries: env.MONITORING_CACHE_ENTRIES,
    auth: {
      secret: env.JWT_SECRET ?? (env.JWKS_URL ? undefined : DEV_JWT_SECRET),
      jwksUrl: env.JWKS_URL,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      claims: { organization: env.JWT_ORG_CLAIM, subject: env.JWT_SUBJECT_CLAIM, roles: env.JWT_ROLES_CLAIM },
      linkByEmail: env.OIDC_LINK_BY_EMAIL,
      memberCacheTtlMs: env.MEMBER_CACHE_TTL_MS,
    },
    logLevel: env.LOG_LEVEL,
    limits: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
      bodyLimit: env.BODY_LIMIT,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    },
    // The IDE's docs and completion come from introspection: where the IDE is on, so is introspection.
    graphql: { introspection: env.GRAPHQL_INTROSPECTION ?? (!isProduction || env.GRAPHQL_IDE === true) },
    metricsToken: env.METRICS_TOKEN,
    trustProxy: env.TRUST_PROXY ?? false,
    rateLimits: {
      reads: {
        perAddress: env.RATE_LIMIT_READS_PER_ADDRESS,
        perOrganization: env.RATE_LIMIT_READS_PER_ORGANIZATION,
        windowSeconds: env.RATE_LIMIT_READS_WINDOW_SECONDS,
      },
      submissions: {
        perAddress: env.RATE_LIMIT_SUBMISSIONS_PER_ADDRESS,
        perOrganization: env.RATE_LIMIT_SUBMISSIONS_PER_ORGANIZATION,
        windowSeconds: env.RATE_LIMIT_SUBMISSIONS_WINDOW_SECONDS,
      },
      tracking: {
        perAddress: env.RATE_LIMIT_TRACKING_PER_ADDRESS,
        perReference: env.RATE_LIMIT_TRACKING_PER_REFERENCE,
        windowSeconds: env.RATE_LIMIT_TRACKING_WINDOW_SECONDS,
      },
      redisUrl: env.REDIS_URL,
      keyPrefix: env.RATE_LIMIT_KEY_PREFIX,
    },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    corsOrigins: env.CORS_ORIGINS ?? (env.NODE_ENV === 'development' ? LOCAL_ORIGINS : []),
    graphqlIde: env.GRAPHQL_IDE ?? !isProduction,
    publicBaseUrl: env.PUBLIC_BASE_URL,
    isProduction,
    jobs: {
      enabled: env.JOBS_ENABLED,
      work: env.JOBS_WORK,
      pollIntervalMs: env.JOBS_POLL_INTERVAL_MS,
      schema: env.JOBS_SCHEMA,
      remindersCron: env.REMINDERS_CRON,
      digestCron: env.DIGEST_CRON,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    webhooks: {
      allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES ?? env.NODE_ENV === 'development',
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      retryMaxMs: Math.max(env.WEBHOOK_RETRY_MAX_MS, env.WEBHOOK_RETRY_BASE_MS),
      disableAfterFailures: env.WEBHOOK_DISABLE_AFTER_FAILURES,
    },
  };
}
