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
import type { RateLimitConfig } from '../config';
import { PUBLIC_OPERATIONS, TRACKING_OPERATIONS } from '../auth/public-operations';
import type { Context } from '../common/context';
import { AppError, ErrorCode } from '../common/errors';

/**
 * Public queries count against the read budget, public mutations against the submission budget,
 * complaint tracking against its own (per address and per complaint reference).
 */
export type RateKind = 'reads' | 'submissions' | 'tracking';

/** What a budget counts besides the client address: the organisation, or (tracking) one complaint reference of it. */
type RateScope = 'address' | 'organization' | 'reference';

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

/**
 * The key a complaint reference is counted under in the tracking budget: its organisation's slug
 * and the reference, normalised as the reference is stored (upper case, no spaces), cut short.
 */
export function trackingKey(slug: string, reference: string): string {
  return `${slug.slice(0, MAX_SLUG_KEY)}/${reference.replace(/\s+/g, '').toUpperCase().slice(0, MAX_SLUG_KEY)}`;
}

/** A public operation over its budget: HTTP 429 with Retry-After; nothing was executed. */
export class RateLimitedError extends AppError {
  constructor(scope: RateScope, retryAfterSeconds: number) {
    const what = scope === 'address' ? 'from this address' : scope === 'organization' ? 'for this organisation' : 'for this complaint reference';
    super(`Too many requests ${what}: retry in ${retryAfterSeconds} s`, ErrorCode.RATE_LIMITED, {
      scope,
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

/** The counters of one budget: per client address and per organisation slug or complaint reference (absent when 0). */
interface BudgetLimiters {
  address?: RateLimiterAbstract;
  /** Keyed by organisation slug, or for tracking by slug and reference. */
  other?: RateLimiterAbstract;
  otherScope: RateScope;
}

/** What one operation spends of one budget: its public fields, and per key of the budget's second scope. */
interface Spending {
  kind: RateKind;
  count: number;
  keys: Map<string, number>;
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
  /** Of those, the fields that spend the tracking budget. */
  private readonly trackingFields = new Set(TRACKING_OPERATIONS);

  constructor(
    private readonly config: RateLimitConfig,
    private readonly logger: Logger,
  ) {
    for (const operation of PUBLIC_OPERATIONS) {
      const [type, field] = operation.split('.');
      this.publicFields.set(type, (this.publicFields.get(type) ?? new Set()).add(field));
    }
    if (config.redisUrl) this.redis = this.connect(config.redisUrl);
    this.limiters = {
      reads: this.budget('reads', config.reads.windowSeconds, config.reads.perAddress, 'organization', config.reads.perOrganization),
      submissions: this.budget('submissions', config.submissions.windowSeconds, config.submissions.perAddress, 'organization', config.submissions.perOrganization),
      tracking: this.budget('tracking', config.tracking.windowSeconds, config.tracking.perAddress, 'reference', config.tracking.perReference),
    };
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
          const address = addressKey(contextValue.clientAddress ?? 'unknown');
          for (const spend of this.spending(schema, document, operation, request.variables ?? {})) await this.charge(spend.kind, address, spend.count, spend.keys);
        },
      }),
    };
  }

  /**
   * Consumes `count` points of the address and of each key (organisation slug; for tracking, the
   * slug and reference of {@link trackingKey}); throws RateLimitedError for the first budget that is spent.
   */
  async charge(kind: RateKind, address: string, count: number, keys: Map<string, number>): Promise<void> {
    const { address: byAddress, other, otherScope } = this.limiters[kind];
    await this.consume(byAddress, address, count, 'address');
    for (const [key, points] of keys) await this.consume(other, key, points, otherScope);
  }

  private async consume(limiter: RateLimiterAbstract | undefined, key: string, points: number, scope: RateScope): Promise<void> {
    if (!limiter) return;
    try {
      await limiter.consume(key, points);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw new RateLimitedError(scope, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
    }
  }

  /** Which budgets the operation spends, how many public fields it selects of each, and per key (organisation slug, or slug and reference). */
  private spending(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown>): Spending[] {
    const rootType = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : null;
    const publicFields = rootType && this.publicFields.get(rootType.name);
    if (!rootType || !publicFields) return [];
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
    const variables = coerced.coerced ?? rawVariables;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    // collectFields follows fragments and @skip/@include exactly as execution will.
    const fields = collectFields(schema, fragments, variables, rootType, operation.selectionSet);
    const spent = new Map<RateKind, Spending>();
    for (const nodes of fields.values()) {
      const name = nodes[0].name.value;
      if (!publicFields.has(name)) continue;
      const tracking = this.trackingFields.has(`${rootType.name}.${name}`);
      const kind: RateKind = tracking ? 'tracking' : operation.operation === 'mutation' ? 'submissions' : 'reads';
      const spend = spent.get(kind) ?? spent.set(kind, { kind, count: 0, keys: new Map() }).get(kind)!;
      spend.count += 1;
      const args = this.argumentsOf(rootType.getFields()[name], nodes[0], variables);
      const slug = typeof args.organizationSlug === 'string' ? args.organizationSlug.slice(0, MAX_SLUG_KEY) : null;
      const key = slug && (tracking ? trackingKey(slug, typeof args.reference === 'string' ? args.reference : '') : slug);
      if (key) spend.keys.set(key, (spend.keys.get(key) ?? 0) + 1);
    }
    return [...spent.values()];
  }

  private argumentsOf(
    field: Parameters<typeof getArgumentValues>[0],
    node: Parameters<typeof getArgumentValues>[1],
    variables: Record<string, unknown>,
  ): Record<string, unknown> {
    try {
      return getArgumentValues(field, node, variables);
    } catch {
      // An invalid argument fails validation of the execution; the address budget still counts.
      return {};
    }
  }

  private budget(kind: RateKind, windowSeconds: number, perAddress: number, otherScope: RateScope, perOther: number): BudgetLimiters {
    const make = (scope: string, points: number) => {
      if (!points) return undefined;
      const options = { points, duration: windowSeconds, keyPrefix: `${this.config.keyPrefix}:${kind}:${scope}` };
      if (!this.redis) return new RateLimiterMemory(options);
      return new RateLimiterRedis({ ...options, storeClient: this.redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
    };
    return { address: make('address', perAddress), other: make(otherScope, perOther), otherScope };
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
