import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from './roles';
import { UnauthenticatedError } from './errors';
import { RequestConnection } from './request-connection';

/** The caller, from a verified token. */
export interface AuthUser {
  id: string;
  organizationId: string;
  organizationSlug: string;
  roles: Role[];
}

/**
 * Per-request state handed to every resolver and service. `db` is the entity manager to use: the
 * request's own connection for reads, the transaction's manager (on that same connection) while a
 * mutation runs.
 */
export interface Context {
  requestId: string;
  log: Logger;
  user: AuthUser | null;
  /** The caller's network address (the socket's, or X-Forwarded-For from TRUST_PROXY proxies); absent outside HTTP. */
  clientAddress?: string;
  /** The request's Accept-Language header, for the public side's choice of language (`negotiateLanguage`); absent outside HTTP. */
  acceptLanguage?: string;
  dataSource: DataSource;
  /**
   * The request's one database connection, taken on its first statement and given back when the
   * request ends ({@link RequestConnection.end}): reads and units of work all run on it.
   */
  connection: RequestConnection;
  db: EntityManager;
  /** The request's loaders: one typed group per module, each created on first use (see {@link RequestLoaders}). */
  loaders: RequestLoaders;
  /** Audit events written by the running mutation (the unit of work checks it). */
  auditWrites: number;
  /** Set by a mutation that, by design, changed nothing (an idempotent replay). */
  unchanged: boolean;
  /** Work the running unit of work runs once it has committed (`afterCommit` in jobs.ts); absent outside one. */
  afterCommit?: (() => Promise<unknown>)[];
  /** Work the running unit of work runs last inside its transaction, in order (`beforeCommit` in unit-of-work.ts); absent outside one. */
  beforeCommit?: (() => Promise<unknown>)[];
}

/** A new request scope with its own (not yet connected) database connection; whoever creates it calls `ctx.connection.end()` when done. */
export function createContext(init: Omit<Context, 'connection' | 'db' | 'loaders' | 'auditWrites' | 'unchanged'>): Context {
  const connection = new RequestConnection(init.dataSource, init.log);
  const ctx: Context = { ...init, connection, db: connection.manager, loaders: undefined!, auditWrites: 0, unchanged: false };
  ctx.loaders = requestLoaders(ctx);
  return ctx;
}

/** The authenticated caller, or UNAUTHENTICATED. */
export function currentUser(ctx: Context): AuthUser {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx.user;
}

export function hasRole(ctx: Context, ...roles: Role[]): boolean {
  return !!ctx.user && ctx.user.roles.some((r) => roles.includes(r));
}

/**
 * The loader groups of a request, by owner: the kernel's (`tenant`) and each module's. An owner
 * adds its group by declaration merging, beside its factory, and registers the factory (a module
 * in its definition, see `ModuleDefinition.loaders`), so the kernel names no module:
 *
 * ```ts
 * declare module '../../common/context' {
 *   interface LoaderGroups { complaint: ComplaintLoaders }
 * }
 * ```
 */
export interface LoaderGroups {}

/** How each group is made for a request: its DataLoaders, which batch and cache within that request. */
export type LoaderFactories = { [K in keyof LoaderGroups]: (ctx: Context) => LoaderGroups[K] };

/**
 * The request's loaders: `ctx.loaders.complaint.promises`, `ctx.loaders.correctiveAction.byComplaint(args)`.
 * A group is created on first access, once per set of loaders.
 */
export type RequestLoaders = Readonly<LoaderGroups>;

const factories: Partial<Record<string, (ctx: Context) => unknown>> = {};

/** Registers loader groups (the kernel's, and each module's from the registry); a name is registered once. */
export function registerLoaders(groups: Partial<LoaderFactories>): void {
  for (const [name, factory] of Object.entries(groups)) {
    if (factories[name] && factories[name] !== factory) throw new Error(`Loader group ${name} is registered twice`);
    factories[name] = factory as (ctx: Context) => unknown;
  }
}

/**
 * A new, empty set of loaders reading through `ctx` (its `db` and caller). The unit of work gives
 * each mutation a new set bound to the context it runs on (Apollo hands every operation a shallow
 * copy of the request context, and a mutation swaps that copy's `db` for its transaction), and
 * another after it, so that what a mutation reads, writes and returns is read afresh.
 */
export function requestLoaders(ctx: Context): RequestLoaders {
  const groups = new Map<string, unknown>();
  return new Proxy({} as RequestLoaders, {
    get(_, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      if (!groups.has(name)) {
        const factory = factories[name];
        if (!factory) throw new Error(`No loader group ${name} is registered`);
        groups.set(name, factory(ctx));
      }
      return groups.get(name);
    },
  });
}

/**
 * One value per key, created on first use: the loaders of a group that take arguments (page
 * arguments, a filter), one DataLoader for each distinct argument within the request.
 */
export function perKey<A, L>(keyOf: (args: A) => string, create: (args: A) => L): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const key = keyOf(args);
    let existing = made.get(key);
    if (existing === undefined) made.set(key, (existing = create(args)));
    return existing;
  };
}
