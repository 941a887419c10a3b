import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { loadConfig, type Config } from '../../src/config';
import { startService, type RunningService } from '../../src/server';
import { createLogger } from '../../src/observability/logger';
import { signToken } from '../../src/auth/tokens';
import { Role, ALL_ROLES } from '../../src/common/roles';
import { Organization } from '../../src/common/organization.entity';
import { User } from '../../src/modules/user/user.entity';
import { createTestDatabase, type TestDatabase } from './database';
import { IDENTITY_LOOKUP } from '../../src/auth/organization-directory';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

/** An error as the service answers it (docs/FRONTENDS.md, "Errors"). */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T | null; errors?: GraphQLErrorBody[] };
}

/** The first error of a refused request, its code lifted out for assertions. */
export interface FirstError {
  message: string;
  code: string | undefined;
  extensions: NonNullable<GraphQLErrorBody['extensions']>;
}

/** The variables argument of a typed document: optional when the operation has no required variable. */
type VariablesArgument<V> = {} extends V ? [variables?: V] : [variables: V];

/** A caller with a token: one per role and organisation. */
export class ApiClient {
  constructor(
    readonly url: string,
    readonly token: string | null,
  ) {}

  /** Sends a typed document (`graphql(...)` from test/graphql) and answers status and body. */
  request<R, V>(document: DocumentTypeDecoration<R, V>, variables: V, headers: Record<string, string> = {}): Promise<GraphQLResponse<R>> {
    return this.send<R>(String(document), variables, headers);
  }

  /** Sends a request as written, typed or not: for documents that are wrong on purpose. */
  raw(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<unknown>> {
    return this.send<unknown>(query, variables, headers);
  }

  /** The data of a request that must succeed (fails the test with the errors otherwise). */
  async data<R, V>(document: DocumentTypeDecoration<R, V>, ...[variables]: VariablesArgument<V>): Promise<R> {
    const { body } = await this.send<R>(String(document), variables ?? {});
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
    return body.data as R;
  }

  /** The first error of a request that must fail (a typed document, or a raw one that is wrong on purpose). */
  async error<R, V>(document: DocumentTypeDecoration<R, V> | string, variables: V | Record<string, unknown> = {}): Promise<FirstError> {
    const { body } = await this.send<unknown>(String(document), variables);
    const e = body.errors?.[0];
    if (!e) throw new Error(`Expected an error, got data: ${JSON.stringify(body.data)}`);
    return { message: e.message, code: e.extensions?.code, extensions: e.extensions ?? {} };
  }

  private async send<T>(query: string, variables: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GraphQLResponse<T>['body'] };
  }
}

export interface TestOrganization {
  id: string;
  slug: string;
  /** One user per role. */
  users: Record<Role, string>;
}

export interface TestApp {
  url: string;
  config: Config;
  service: RunningService;
  dataSource: DataSource;
  /** Anonymous client (public operations). */
  anonymous: ApiClient;
  /** Creates an organisation with one user per role. */
  createOrganization(slug?: string, fields?: Partial<Organization>): Promise<TestOrganization>;
  /**
   * A client acting as a member of `org`: the one holding `role`, or for several roles a member
   * holding exactly those (created on first use), or `options.userId`. The token lists the roles,
   * which narrow the member's own.
   */
  as(org: TestOrganization, role: Role | Role[], options?: { userId?: string; expiresIn?: string | number }): Promise<ApiClient>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** A migrated database to use instead of a new one (`close` drops it). */
  database?: TestDatabase;
  /** Where the service's log lines go (the service's own logger, database log lines included). */
  logs?: DestinationStream;
}

/** Boots the real service over HTTP on a random port, on this test file's own database. */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    JWT_SECRET: TEST_JWT_SECRET,
    MIGRATE_ON_START: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Tests call the public operations far more often than people do; rate-limits.test.ts sets its own budgets.
    RATE_LIMIT_READS_PER_ADDRESS: '100000',
    RATE_LIMIT_SUBMISSIONS_PER_ADDRESS: '100000',
    RATE_LIMIT_SUBMISSIONS_PER_ORGANIZATION: '100000',
    // The job runner polls in the background: only the suites about jobs switch it on.
    JOBS_ENABLED: 'false',
    ...env,
  });
  const logger = createLogger(config, options.logs);
  let db: TestDatabase | undefined = options.database ?? (await createTestDatabase({ logger, statementTimeoutMs: config.database.statementTimeoutMs, poolMax: config.database.poolMax, preparedStatements: config.database.preparedStatements }));
  const service = await startService(config, logger, { database: db.database });
  await service.ready;
  const dataSource = db.database.dataSource;
  /** The member of `org` holding exactly `roles`, created once. */
  const memberHolding = async (org: TestOrganization, roles: Role[]): Promise<string> => {
    const key = [...roles].sort().join('+');
    const users = dataSource.getRepository(User);
    const email = `${key.toLowerCase().replace(/\+/g, '.')}@${org.slug}.example`;
    const existing = await users.findOneBy({ organizationId: org.id, email });
    return (existing ?? (await users.save(users.create({ organizationId: org.id, name: `${key} of ${org.slug}`, email, roles })))).id;
  };
  const app: TestApp = {
    url: service.url,
    config,
    service,
    dataSource,
    anonymous: new ApiClient(service.url, null),
    async createOrganization(slug = `org-${randomUUID().slice(0, 8)}`, fields = {}) {
      const org = await dataSource.getRepository(Organization).save(dataSource.getRepository(Organization).create({ slug, name: `Organisation ${slug}`, ...fields }));
      const users = {} as Record<Role, string>;
      for (const role of ALL_ROLES) {
        const user = await dataSource.getRepository(User).save(
          dataSource.getRepository(User).create({ organizationId: org.id, name: `${role} of ${slug}`, email: `${role.toLowerCase()}@${slug}.example`, roles: [role] }),
        );
        users[role] = user.id;
      }
      return { id: org.id, slug, users };
    },
    async as(org, role, options = {}) {
      const roles = Array.isArray(role) ? role : [role];
      const userId = options.userId ?? (roles.length === 1 ? org.users[roles[0]] : await memberHolding(org, roles));
      const token = await signToken(TEST_JWT_SECRET, { userId, organizationSlug: org.slug, roles }, { expiresIn: options.expiresIn ?? '1h' });
      return new ApiClient(service.url, token);
    },
    async close() {
      await service.stop();
      await db?.drop();
      db = undefined;
    },
  };
  return app;
}

/** A fetch response body as JSON, for assertions on what a client would read. */
export const json = async <T = Record<string, unknown>>(res: Response): Promise<T> => (await res.json()) as T;

/** The nodes of a connection's page, in order. */
export const nodes = <T>(connection: { edges: { node: T }[] }): T[] => connection.edges.map((e) => e.node);

/**
 * Counts the SQL statements the data source sends (every query TypeORM runs, transactions'
 * BEGIN/COMMIT included), to show that work is refused before it starts or stays batched, and
 * which database session (backend process id) ran each one.
 *
 * The lookups that fill the caller caches (organisation and member, tagged IDENTITY_LOOKUP) are
 * kept apart in `identityLookups`: whether a request finds the caller cached depends on when the
 * cache entry was made (MEMBER_CACHE_TTL_MS), not on the request, so a slow run would otherwise
 * count one statement more now and then.
 */
export function statementCounter(dataSource: DataSource): {
  readonly count: number;
  readonly statements: readonly string[];
  /** The backend process id of each statement's connection, in order. */
  readonly backends: readonly (number | undefined)[];
  /** The organisation and member lookups since the last reset (not in `count`). */
  readonly identityLookups: number;
  reset(): void;
} {
  let statements: string[] = [];
  let backends: (number | undefined)[] = [];
  let identityLookups = 0;
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (...args: Parameters<typeof logQuery>) => {
    if (args[0].startsWith(IDENTITY_LOOKUP)) {
      identityLookups++;
      return logQuery(...args);
    }
    statements.push(args[0]);
    backends.push((args[2] as { databaseConnection?: { processID?: number } } | undefined)?.databaseConnection?.processID);
    return logQuery(...args);
  };
  return {
    get count() {
      return statements.length;
    },
    /** The SQL of the statements since the last reset, in order. */
    get statements() {
      return statements;
    },
    get backends() {
      return backends;
    },
    get identityLookups() {
      return identityLookups;
    },
    reset() {
      statements = [];
      backends = [];
      identityLookups = 0;
    },
  };
}
