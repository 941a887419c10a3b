import {
  Column,
  type DeepPartial,
  type EntityTarget,
  type FindOptionsWhere,
  type FindManyOptions,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Repository,
  type SelectQueryBuilder,
  VersionColumn,
} from 'typeorm';
import { Arg, Field, ID, Int, ObjectType } from 'type-graphql';
import DataLoader from 'dataloader';
import type { Context } from './context';
import { currentUser, registerLoaders } from './context';
import { ConflictError, NotFoundError } from './errors';
import { recordAudit } from './audit-trail';
import { auditChanges, type AuditChanges } from './audit-changes';
import { Organization, Timestamped } from './organization.entity';
import { fromJsonRow, type JsonRow } from './json-rows';

/** The caller's organisation (the tenant), read once per request (mutations start with fresh loaders). */
export function currentOrganization(ctx: Context): Promise<Organization> {
  return ctx.loaders.tenant.organization();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/**
 * Base of every row an organisation owns: uuid id, owning organisation (FK, indexed) and
 * timestamps. Reach these rows only through {@link Scoped}.
 */
@ObjectType()
export abstract class TenantEntity extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  organization?: Organization;
}

/** A tenant row with an optimistic-lock `version` (most mutable records). */
@ObjectType()
export abstract class VersionedEntity extends TenantEntity {
  @Field(() => Int, { description: 'Optimistic-lock version: send it back (expectedVersion) with an update.' })
  @VersionColumn()
  version: number;
}

const EXPECTED_VERSION = 'The `version` you read; CONFLICT when it changed since.';

/**
 * The `expectedVersion: Int!` argument of a mutation that changes or deletes a versioned record:
 * the version the client read. Every such mutation takes it under this one name.
 */
export const ExpectedVersionArg = (description = EXPECTED_VERSION) => Arg('expectedVersion', () => Int, { description });

/** Write options for an input that carries `expectedVersion`: a CONFLICT then names `input.expectedVersion`. */
export const expectedIn = (input: { expectedVersion: number }): Pick<WriteOptions, 'expectedVersion' | 'versionField'> => ({
  expectedVersion: input.expectedVersion,
  versionField: 'input.expectedVersion',
});

export interface WriteOptions {
  /** Audit action name; defaults to `<Entity>.created|updated|deleted`. */
  action?: string;
  /** The version the client read; a different current version answers CONFLICT. */
  expectedVersion?: number | null;
  /** Where the client sent `expectedVersion`, named by the CONFLICT: `expectedVersion` (default) or `input.expectedVersion`. */
  versionField?: string;
  /** Changes beyond the row's own fields (e.g. its links in another table), recorded in the same audit event. */
  changes?: AuditChanges;
  /** `false`: the caller records the insert's audit event itself, later in the transaction (`recordAudit`). */
  audit?: false;
}

/**
 * Tenant-scoped data access: every read filters on the organisation, every insert stamps it, every
 * write records an audit event in the current (mutation) transaction. An id of another
 * organisation is indistinguishable from a missing one.
 */
export class Scoped<T extends TenantEntity> {
  constructor(
    private readonly ctx: Context,
    private readonly target: EntityTarget<T>,
    readonly organizationId: string,
  ) {}

  get repository(): Repository<T> {
    return this.ctx.db.getRepository(this.target);
  }

  /** The GraphQL-facing entity name used in errors and audit events. */
  get entityName(): string {
    return this.repository.metadata.name;
  }

  private scope(where: FindOptionsWhere<T> | FindOptionsWhere<T>[] | undefined): FindOptionsWhere<T>[] {
    const list = where === undefined ? [{}] : Array.isArray(where) ? where : [where];
    return list.map((w) => ({ ...w, organizationId: this.organizationId }) as FindOptionsWhere<T>);
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scope(options.where as FindOptionsWhere<T>) });
  }

  findOne(where: FindOptionsWhere<T>): Promise<T | null> {
    return this.repository.findOne({ where: this.scope(where) });
  }

  count(where?: FindOptionsWhere<T>): Promise<number> {
    return this.repository.count({ where: this.scope(where) });
  }

  /** The row with this id, or NOT_FOUND naming `field` when given. */
  async get(id: string, field?: string): Promise<T> {
    const row = isUuid(id) ? await this.findOne({ id } as FindOptionsWhere<T>) : null;
    if (!row) throw new NotFoundError(this.entityName, id, field);
    return row;
  }

  /** Rows by id in the order asked (null where missing): the batch function of a DataLoader. */
  async byIds(ids: readonly string[]): Promise<(T | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length ? await this.jsonRowsById(valid) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * The organisation's rows with these ids, read as JSON (`to_jsonb` of the row, converted by
   * `fromJsonRow`) in a statement whose text is the same for any number of ids: TypeORM's `find`
   * built its query anew for every batch and hydrated its rows column by column, the larger part of
   * a by-id load's CPU.
   */
  private async jsonRowsById(ids: string[]): Promise<T[]> {
    const db = this.ctx.db;
    const metadata = db.connection.getMetadata(this.target);
    const column = (property: string) => db.connection.driver.escape(metadata.findColumnWithPropertyName(property)!.databaseName);
    const rows: { node: JsonRow }[] = await db.query(
      `SELECT to_jsonb(t) AS node FROM ${db.connection.driver.escape(metadata.tablePath)} t WHERE t.${column('organizationId')} = $1 AND t.${column('id')} = ANY($2::uuid[])`,
      [this.organizationId, ids],
    );
    return rows.map((r) => fromJsonRow(db, this.target, r.node));
  }

  /** A query builder already restricted to the organisation. */
  query(alias: string): SelectQueryBuilder<T> {
    return this.repository
      .createQueryBuilder(alias)
      .where(`${alias}.organizationId = :tenantId`, { tenantId: this.organizationId });
  }

  async insert(values: DeepPartial<T>, options: WriteOptions = {}): Promise<T> {
    const entity = this.repository.create({ ...values, organizationId: this.organizationId } as DeepPartial<T>);
    const saved = await this.repository.save(entity as T & DeepPartial<T>);
    if (options.audit === false) return saved;
    await this.audit(options.action ?? `${this.entityName}.created`, saved.id, auditChanges(this.entityClass, null, saved));
    return saved;
  }

  /**
   * Optimistic-lock update of a row the caller has read: `UPDATE … WHERE id AND organization AND
   * version` and CONFLICT when no row matched. Returns the row as stored.
   */
  async update(current: T, patch: DeepPartial<T>, options: WriteOptions = {}): Promise<T> {
    const { lock, read } = this.readVersion(current, options);
    const qb = this.repository
      .createQueryBuilder()
      .update()
      .set(patch as never)
      .where('id = :id AND organization_id = :org', { id: current.id, org: this.organizationId });
    if (lock) qb.andWhere(`${lock.databaseName} = :lockVersion`, { lockVersion: read });
    const result = await qb.execute();
    if (!result.affected) throw this.conflict(current, read ?? 0, options.versionField);
    const updated = await this.get(current.id);
    await this.audit(options.action ?? `${this.entityName}.updated`, current.id, { ...auditChanges(this.entityClass, current, updated), ...options.changes });
    return updated;
  }

  /** Deletes a row the caller has read; with a version column, CONFLICT when it changed since (or differs from `expectedVersion`). */
  async delete(current: T, options: WriteOptions = {}): Promise<void> {
    const { lock, read } = this.readVersion(current, options);
    const qb = this.repository
      .createQueryBuilder()
      .delete()
      .where('id = :id AND organization_id = :org', { id: current.id, org: this.organizationId });
    if (lock) qb.andWhere(`${lock.databaseName} = :lockVersion`, { lockVersion: read });
    if (!(await qb.execute()).affected) throw this.conflict(current, read ?? 0, options.versionField);
    await this.audit(options.action ?? `${this.entityName}.deleted`, current.id, auditChanges(this.entityClass, current, null));
  }

  /** The version column and the version `current` was read at; CONFLICT when that differs from `expectedVersion`. */
  private readVersion(current: T, options: Pick<WriteOptions, 'expectedVersion' | 'versionField'>) {
    const lock = this.repository.metadata.versionColumn;
    const read = lock ? ((current as Record<string, unknown>)[lock.propertyName] as number) : undefined;
    if (options.expectedVersion != null && options.expectedVersion !== read) {
      throw this.conflict(current, options.expectedVersion, options.versionField);
    }
    return { lock, read };
  }

  /**
   * Takes the optimistic lock of a row whose dependent rows change (its links, a child removed):
   * `UPDATE … SET version = version + 1 WHERE id AND organization AND version`, CONFLICT when it
   * changed since it was read or differs from `expectedVersion`. Writes no audit event of its own:
   * the dependent rows' events record the change. Returns the row as stored.
   */
  async bump(current: T, options: Pick<WriteOptions, 'expectedVersion' | 'versionField'> = {}): Promise<T> {
    const { lock, read } = this.readVersion(current, options);
    if (!lock) throw new Error(`${this.entityName} has no version column`);
    const result = await this.repository
      .createQueryBuilder()
      .update()
      .set({} as never)
      .where('id = :id AND organization_id = :org', { id: current.id, org: this.organizationId })
      .andWhere(`${lock.databaseName} = :lockVersion`, { lockVersion: read })
      .execute();
    if (!result.affected) throw this.conflict(current, read ?? 0, options.versionField);
    return this.get(current.id);
  }

  /** Records an audit event about a row of this entity (for actions beyond plain field changes). */
  audit(action: string, entityId: string | null, changes: Record<string, unknown> = {}): Promise<void> {
    return recordAudit(this.ctx, this.organizationId, { action, entityType: this.entityName, entityId, changes });
  }

  private get entityClass(): Function {
    return this.repository.metadata.target as Function;
  }

  private conflict(current: T, version: number, field = 'expectedVersion'): ConflictError {
    return new ConflictError(`${this.entityName} ${current.id} was changed by someone else (you sent version ${version}); reload and retry`, {
      entity: this.entityName,
      id: current.id,
      field,
    });
  }
}

/** Scoped access to the caller's organisation. */
export function scoped<T extends TenantEntity>(ctx: Context, target: EntityTarget<T>): Scoped<T> {
  return new Scoped(ctx, target, currentUser(ctx).organizationId);
}

/** Scoped access to a given organisation (public operations that resolved it by slug, seeds). */
export function scopedTo<T extends TenantEntity>(ctx: Context, target: EntityTarget<T>, organizationId: string): Scoped<T> {
  return new Scoped(ctx, target, organizationId);
}

/**
 * The request's DataLoader of `target` rows by id: one organisation-scoped query per batch. It is
 * the only by-id loader of an entity, so a row reached through two fields is read once.
 */
export function byIdLoader<T extends TenantEntity>(ctx: Context, target: (new () => T) & Function): DataLoader<string, T | null> {
  return ctx.loaders.tenant.byId(target);
}

/** The kernel's loaders: the caller's organisation and the by-id loader of every tenant entity. */
export interface TenantLoaders {
  /** The caller's organisation, read once. */
  organization(): Promise<Organization>;
  /**
   * Gives {@link organization} the caller's organisation read by a statement that also read other
   * rows, so that nothing reads it again (an organisation already read is kept).
   */
  primeOrganization(organization: Organization): void;
  byId<T extends TenantEntity>(target: (new () => T) & Function): DataLoader<string, T | null>;
}

declare module './context' {
  interface LoaderGroups {
    tenant: TenantLoaders;
  }
}

function tenantLoaders(ctx: Context): TenantLoaders {
  let organization: Promise<Organization> | undefined;
  const byId = new Map<Function, DataLoader<string, TenantEntity | null>>();
  return {
    organization: () =>
      (organization ??= (async () => {
        const id = currentUser(ctx).organizationId;
        const org = await ctx.db.getRepository(Organization).findOneBy({ id });
        if (!org) throw new NotFoundError('Organization', id);
        return org;
      })()),
    primeOrganization: (org) => {
      if (org.id === currentUser(ctx).organizationId) organization ??= Promise.resolve(org);
    },
    byId: <T extends TenantEntity>(target: (new () => T) & Function) => {
      let existing = byId.get(target);
      if (!existing) byId.set(target, (existing = new DataLoader((ids: readonly string[]) => scoped(ctx, target).byIds(ids))));
      return existing as DataLoader<string, T | null>;
    },
  };
}

registerLoaders({ tenant: tenantLoaders });
