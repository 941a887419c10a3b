import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  getArgumentValues,
  getVariableValues,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { collectFields } from 'graphql/execution/collectFields';
import ipaddr from 'ipaddr.js';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from 'pino';
import type { RateBudget, RateLimitConfig } from '../config';
import { PUBLIC_OPERATIONS } from '../auth/public-operations';
import type { Context } from '../common/context';
import { AppError, ErrorCode } from '../common/errors';

/** Public queries count against the read budget, public mutations against the submission budget. */
export type RateKind = 'reads' | 'submissions';

/** How long to wait for Redis at start before serving on the in-process fallback. */
const REDIS_CONNECT_TIMEOUT_MS = 2000;
/** A stalled Redis must not stall the complaint form: past this the in-process counters answer. */
const REDIS_COMMAND_TIMEOUT_MS = 500;
/** Slugs are short; a longer argument is cut so it cannot inflate the store's keys. */
const MAX_SLUG_KEY = 100;

/**
 * The key a client address is counted under: an IPv4 address as it is (IPv4-mapped IPv6 included),
 * an IPv6 address by its /64 network, the smallest block a subscriber is usually given, so a client
 * cannot escape its budget by rotating the addresses of its own network.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = (parsed as ipaddr.IPv6).toByteArray().slice(0, 8).concat(new Array(8).fill(0));
  return `${ipaddr.fromByteArray(network).toString()}/64`;
}

/** A public operation over its budget: HTTP 429 with Retry-After; nothing was executed. */
export class RateLimitedError extends AppError {
  constructor(scope: 'address' | 'organization', retryAfterSeconds: number) {
    super(`Too many requests from this ${scope === 'address' ? 'address' : 'organisation'}: retry in ${retryAfterSeconds} s`, ErrorCode.RATE_LIMITED, {
      scope,
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

/** The counters of one budget: per client address and per organisation slug (absent when 0). */
interface BudgetLimiters {
  address?: RateLimiterAbstract;
  organization?: RateLimiterAbstract;
}

/**
 * Budgets of the public operations (PUBLIC_OPERATIONS), counted per client address and per
 * organisation (the `organizationSlug` argument): every occurrence of a public root field costs
 * one point, so aliases do not multiply the budget. Counters live in Redis when REDIS_URL is set
 * (one limit across all instances), else in this process.
 *
 * Redis down: both budgets fall back to in-process counters of the same size (rate-limiter-flexible's
 * insurance limiter), so the complaint form stays reachable while every instance still enforces
 * its own limit; the outage and the recovery are logged.
 */
export class PublicRateLimits {
  private readonly redis?: Redis;
  private readonly limiters: Record<RateKind, BudgetLimiters>;
  /** Root fields by parent type name that spend a budget. */
  private readonly publicFields = new Map<string, Set<string>>();

  constructor(
    private readonly config: RateLimitConfig,
    private readonly logger: Logger,
  ) {
    for (const operation of PUBLIC_OPERATIONS) {
      const [type, field] = operation.split('.');
      this.publicFields.set(type, (this.publicFields.get(type) ?? new Set()).add(field));
    }
    if (config.redisUrl) this.redis = this.connect(config.redisUrl);
    this.limiters = { reads: this.budget('reads', config.reads), submissions: this.budget('submissions', config.submissions) };
  }

  /** Waits (briefly) for Redis, so the first requests already count in the shared store. */
  async ready(): Promise<void> {
    if (!this.redis) return;
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, REDIS_CONNECT_TIMEOUT_MS).unref());
    await Promise.race([this.redis.connect().catch(() => undefined), timeout]);
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }

  /** Apollo plugin: charges the budgets once the operation is known, before anything executes. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ schema, document, operation, request, contextValue }) => {
          if (!operation) return;
          const spend = this.spending(schema, document, operation, request.variables ?? {});
          if (spend) await this.charge(spend.kind, addressKey(contextValue.clientAddress ?? 'unknown'), spend.count, spend.slugs);
        },
      }),
    };
  }

  /**
   * Consumes `count` points of the address and of each organisation; throws RateLimitedError
   * for the first budget that is spent.
   */
  async charge(kind: RateKind, address: string, count: number, slugs: Map<string, number>): Promise<void> {
    const { address: byAddress, organization: byOrganization } = this.limiters[kind];
    await this.consume(byAddress, address, count, 'address');
    for (const [slug, points] of slugs) await this.consume(byOrganization, slug, points, 'organization');
  }

  private async consume(limiter: RateLimiterAbstract | undefined, key: string, points: number, scope: 'address' | 'organization'): Promise<void> {
    if (!limiter) return;
    try {
      await limiter.consume(key, points);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw new RateLimitedError(scope, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
    }
  }

  /** Which budget the operation spends, how many public fields it selects, and per organisation slug. */
  private spending(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    rawVariables: Record<string, unknown>,
  ): { kind: RateKind; count: number; slugs: Map<string, number> } | null {
    const rootType = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : null;
    const publicFields = rootType && this.publicFields.get(rootType.name);
    if (!rootType || !publicFields) return null;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
    const variables = coerced.coerced ?? rawVariables;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    // collectFields follows fragments and @skip/@include exactly as execution will.
    const fields = collectFields(schema, fragments, variables, rootType, operation.selectionSet);
    let count = 0;
    const slugs = new Map<string, number>();
    for (const nodes of fields.values()) {
      const name = nodes[0].name.value;
      if (!publicFields.has(name)) continue;
      count += 1;
      const slug = this.slugOf(rootType.getFields()[name], nodes[0], variables);
      if (slug) slugs.set(slug, (slugs.get(slug) ?? 0) + 1);
    }
    if (!count) return null;
    return { kind: operation.operation === 'mutation' ? 'submissions' : 'reads', count, slugs };
  }

  private slugOf(field: Parameters<typeof getArgumentValues>[0], node: Parameters<typeof getArgumentValues>[1], variables: Record<string, unknown>): string | null {
    try {
      const slug = getArgumentValues(field, node, variables).organizationSlug;
      return typeof slug === 'string' ? slug.slice(0, MAX_SLUG_KEY) : null;
    } catch {
      // An invalid argument fails validation of the execution; the address budget still counts.
      return null;
    }
  }

  private budget(kind: RateKind, budget: RateBudget): BudgetLimiters {
    const make = (scope: string, points: number) => {
      if (!points) return undefined;
      const options = { points, duration: budget.windowSeconds, keyPrefix: `${this.config.keyPrefix}:${kind}:${scope}` };
      if (!this.redis) return new RateLimiterMemory(options);
      return new RateLimiterRedis({ ...options, storeClient: this.redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
    };
    return { address: make('address', budget.perAddress), organization: make('organization', budget.perOrganization) };
  }

  private connect(url: string): Redis {
    // No offline queue: while Redis is down a command fails at once and the insurance limiter answers.
    const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: REDIS_CONNECT_TIMEOUT_MS, commandTimeout: REDIS_COMMAND_TIMEOUT_MS });
    let reachable: boolean | undefined;
    redis.on('ready', () => {
      if (reachable === false) this.logger.info('rate-limit store reachable again: limits shared across instances');
      reachable = true;
    });
    redis.on('error', (error) => {
      if (reachable === false) return;
      reachable = false;
      this.logger.error({ err: error }, 'rate-limit store unreachable: each instance limits on its own until it is back');
    });
    return redis;
  }
}
