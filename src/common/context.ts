import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from './roles';
import { UnauthenticatedError } from './errors';

/** The caller, from a verified token. */
export interface AuthUser {
  id: string;
  organizationId: string;
  organizationSlug: string;
  roles: Role[];
}

/**
 * Per-request state handed to every resolver and service. `db` is the entity manager to use: the
 * pool's manager for reads, the transaction's manager while a mutation runs.
 */
export interface Context {
  requestId: string;
  log: Logger;
  user: AuthUser | null;
  /** The caller's network address (the socket's, or X-Forwarded-For from TRUST_PROXY proxies); absent outside HTTP. */
  clientAddress?: string;
  dataSource: DataSource;
  db: EntityManager;
  /** Per-request DataLoaders, created on first use. */
  loaders: Map<string, unknown>;
  /** Audit events written by the running mutation (the transaction middleware checks it). */
  auditWrites: number;
  /** Set by a mutation that, by design, changed nothing (an idempotent replay). */
  unchanged: boolean;
}

export function createContext(init: Omit<Context, 'db' | 'loaders' | 'auditWrites' | 'unchanged'>): Context {
  return { ...init, db: init.dataSource.manager, loaders: new Map(), auditWrites: 0, unchanged: false };
}

/** The authenticated caller, or UNAUTHENTICATED. */
export function currentUser(ctx: Context): AuthUser {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx.user;
}

export function hasRole(ctx: Context, ...roles: Role[]): boolean {
  return !!ctx.user && ctx.user.roles.some((r) => roles.includes(r));
}

/** Returns the per-request loader with this key, creating it once. */
export function loader<T>(ctx: Context, key: string, create: () => T): T {
  let existing = ctx.loaders.get(key) as T | undefined;
  if (!existing) {
    existing = create();
    ctx.loaders.set(key, existing);
  }
  return existing;
}
