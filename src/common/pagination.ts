import { ArgsType, Extensions, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from './errors';
import { perKey, type Context } from './context';
import { isUuid, scoped, type TenantEntity } from './tenancy';
import { connectionSelects } from './field-selection';
import { fromJsonRow, type JsonRow } from './json-rows';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `<Name>Connection` and `<Name>Edge` types for a node type:
 * `@ObjectType() class CodeConnection extends Connection(Code, 'Code') {}`.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType()
  abstract class ConnectionType {
    // The connection field already multiplies its cost by `first` (src/common/query-cost.ts).
    @Field(() => [EdgeType])
    @Extensions({ listSize: 1 })
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of nodes matching the filters, over all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

export interface SortKey {
  /** Query-builder expression of the sort column, e.g. `c.receivedAt` (must be NOT NULL). */
  column: string;
  /** Entity property that holds the column's value. */
  property: string;
  direction: 'ASC' | 'DESC';
}

export const encodeCursor = (value: unknown, id: string) =>
  Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id])).toString('base64url');

export function decodeCursor(cursor: string): [unknown, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return parsed as [unknown, string];
  } catch {
    /* fall through */
  }
  throw BadUserInputError.field('after', 'is not a cursor returned by this connection');
}

/** The size of a page: `first`, at least 1, at most {@link MAX_PAGE_SIZE}, {@link DEFAULT_PAGE_SIZE} when not given. */
export const pageSize = (args: { first?: number }): number => Math.min(Math.max(args.first ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);

/**
 * Keyset pagination over a query builder: orders by the sort key then id, continues strictly after
 * the cursor's (value, id), fetches one extra row to know whether a next page exists. The total
 * count (the same filters without the cursor) is computed only when the client selects
 * `totalCount`, in the page's own statement (a scalar subquery beside the rows).
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: { first?: number; after?: string | null },
  sort: SortKey,
  options: {
    /**
     * The rows `totalCount` counts, when `qb` holds a restriction that only serves the page (rows
     * that cannot be on it left out early): the same filters without it. Default `qb`.
     */
    counted?: SelectQueryBuilder<T>;
    /**
     * Read the page's rows as JSON (`to_jsonb` of the row, converted by `fromJsonRow`) instead of
     * through TypeORM's entity hydration, which cost a hot list a fifth of its CPU. Only for a
     * query without joins (a join could repeat a row, which TypeORM's `take` would have removed).
     */
    json?: boolean;
  } = {},
): Promise<ConnectionResult<T>> {
  const first = pageSize(args);
  const counted = options.counted ?? qb;
  const alias = qb.alias;
  const withTotal = connectionSelects(args, 'totalCount');
  const page = qb.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    const op = sort.direction === 'DESC' ? '<' : '>';
    page.andWhere(`(${sort.column}, ${alias}.id) ${op} (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: id });
  }
  page.orderBy(sort.column, sort.direction).addOrderBy(`${alias}.id`, sort.direction);
  if (options.json) {
    if (page.expressionMap.joinAttributes.length > 0) throw new Error('paginate: json rows need a query without joins');
    page.select(`to_jsonb(${page.escape(alias)})`, 'node').limit(first + 1);
  } else {
    page.take(first + 1);
  }
  // The same filters and parameters, counted once by PostgreSQL (an uncorrelated subquery).
  if (withTotal) page.addSelect(`(${counted.clone().orderBy().select('count(*)').getQuery()})`, TOTAL);
  let rows: T[];
  let raw: Record<string, unknown>[] = [];
  if (options.json) {
    raw = await page.getRawMany<Record<string, unknown>>();
    const target = page.expressionMap.mainAlias!.target;
    rows = raw.map((r) => fromJsonRow(page.connection.manager, target, r.node as JsonRow) as T);
  } else if (withTotal) {
    const read = await page.getRawAndEntities<Record<string, unknown>>();
    [raw, rows] = [read.raw, read.entities];
  } else {
    rows = await page.getMany();
  }
  // No row to carry the total: an empty first page has none; after a cursor, count on its own.
  const totalCount = !withTotal ? undefined : raw.length ? Number(raw[0][TOTAL]) : args.after ? await counted.clone().orderBy().getCount() : 0;
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor(node[sort.property], node.id) }));
  const result = {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  } as ConnectionResult<T>;
  Object.defineProperty(result, 'totalCount', {
    enumerable: true,
    get() {
      if (totalCount === undefined) throw new Error('totalCount was read although the client did not select it');
      return totalCount;
    },
  });
  return result;
}

const TOTAL = 'connection_total_count';

/** The query runner a query builder runs on (the manager's it was created from). */
const runnerOf = (qb: SelectQueryBuilder<ObjectLiteral>): QueryRunner | undefined => (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;

/** What a parent's page needs from {@link pagesByParent}: the child ids in order and the counts. */
export interface ParentPage {
  /** The page's child ids with their sort values (for cursors), in order, and the child's row when asked for. */
  rows: { id: string; sort: unknown; node?: JsonRow }[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * The first page of related rows for many parents in ONE statement, so a nested connection costs
 * the same few statements per level whatever the number of parents. `source` is a tenant-scoped
 * query selecting distinct rows of three columns: `parent` (the parent key), `id` (the child id)
 * and `sort` (a NOT NULL sort value). Ranked by `row_number()`/`count(*) FILTER … OVER
 * (PARTITION BY parent …)`, only the first N+1 rows after the cursor of each parent leave the
 * database, plus one row per parent carrying its total when the page is empty. With `nodeTable`,
 * each row of a page also carries its child's row of that table as JSON (`node`), so that the
 * children need no statement of their own.
 */
export async function pagesByParent(
  source: SelectQueryBuilder<ObjectLiteral>,
  args: { first?: number; after?: string | null },
  direction: 'ASC' | 'DESC',
  nodeTable?: string,
): Promise<Map<string, ParentPage>> {
  const first = pageSize(args);
  const [sql, parameters] = source.getQueryAndParameters();
  const params: unknown[] = [...parameters];
  let afterCursor = 'true';
  if (args.after) {
    const [value, id] = decodeCursor(args.after);
    if (!isUuid(id)) throw BadUserInputError.field('after', 'is not a cursor returned by this connection');
    params.push(value, id);
    afterCursor = `(s.sort, s.id) ${direction === 'DESC' ? '<' : '>'} ($${params.length - 1}, $${params.length})`;
  }
  params.push(first + 1);
  const order = `PARTITION BY s.parent ORDER BY s.sort ${direction}, s.id ${direction}`;
  const node = nodeTable ? `, CASE WHEN in_page THEN (SELECT to_jsonb(n) FROM ${nodeTable} n WHERE n.id = ranked.id) END AS node` : '';
  const rows: { parent: string; id: string; sort: unknown; total: string; in_page: boolean; node?: JsonRow | null }[] = await source.connection.query(
    // The sort value leaves as PostgreSQL's own text, so a cursor compares back exactly (a date is
    // not shifted by the driver's time zone, a timestamp keeps its precision).
    `SELECT parent, id, sort, total, in_page${node} FROM (
       SELECT s.parent, s.id, s.sort::text AS sort,
              count(*) OVER (PARTITION BY s.parent) AS total,
              row_number() OVER (${order}) AS position,
              (${afterCursor}) AND count(*) FILTER (WHERE ${afterCursor}) OVER (${order}) <= $${params.length} AS in_page
       FROM (${sql}) s
     ) ranked
     WHERE position = 1 OR in_page
     ORDER BY parent, position`,
    params,
    // On the connection the source was built on (the request's, or a mutation's transaction).
    runnerOf(source),
  );
  const pages = new Map<string, ParentPage>();
  for (const row of rows) {
    let page = pages.get(row.parent);
    if (!page) pages.set(row.parent, (page = { rows: [], totalCount: Number(row.total), hasNextPage: false }));
    if (!row.in_page) continue;
    if (page.rows.length < first) page.rows.push(row.node ? { id: row.id, sort: row.sort, node: row.node } : { id: row.id, sort: row.sort });
    else page.hasNextPage = true;
  }
  return pages;
}

/** The page arguments a connection loader is keyed by. */
export type PageArgs = { first?: number; after?: string | null };

/**
 * A nested connection batched per request, for a module's loader group: a function of the page
 * arguments giving one DataLoader per distinct arguments, keyed by the parent, whose batch runs
 * {@link pagesByParent} over every parent asked for, reading the nodes of the pages in the same
 * statement (rows of `entity`'s table, given to `nodes`, the organisation-scoped by-id loader); or,
 * without `entity`, loads them through `nodes` (one statement more per batch).
 */
export function connectionLoader<P, T extends { id: string }>(
  options: {
    keyOf: (parent: P) => string;
    /** The tenant-scoped `parent`/`id`/`sort` query restricted to these parent keys. */
    source: (parentKeys: string[]) => SelectQueryBuilder<ObjectLiteral>;
    direction: 'ASC' | 'DESC';
    nodes: DataLoader<string, T | null>;
    /** The nodes' entity: its rows are read with the pages. */
    entity?: new () => T;
  },
): (args: PageArgs) => DataLoader<P, ConnectionResult<T>, string> {
  // Without `edges` selected (a `totalCount` or `pageInfo` only), the nodes are not read.
  const loaders = perKey(
    (key: PageArgs & { nodes: boolean }) => `${key.first ?? DEFAULT_PAGE_SIZE}:${key.after ?? ''}:${key.nodes}`,
    ({ nodes: withNodes, ...args }) =>
      new DataLoader<P, ConnectionResult<T>, string>(
      async (parents) => {
        const keys = [...new Set(parents.map(options.keyOf))];
        const source = options.source(keys);
        const entity = withNodes && options.entity ? source.connection.getMetadata(options.entity) : undefined;
        const pages = await pagesByParent(source, args, options.direction, entity?.tablePath);
        if (entity) {
          for (const page of pages.values()) {
            for (const row of page.rows) if (row.node) options.nodes.prime(row.id, fromJsonRow(source.connection.manager, entity.target, row.node) as T);
          }
        }
        const ids = withNodes ? [...new Set([...pages.values()].flatMap((p) => p.rows.map((r) => r.id)))] : [];
        const nodes = new Map((ids.length ? await options.nodes.loadMany(ids) : []).filter((n): n is T => !!n && !(n instanceof Error)).map((n) => [n.id, n]));
        return parents.map((parent) => {
          const page = pages.get(options.keyOf(parent)) ?? { rows: [], totalCount: 0, hasNextPage: false };
          const rows = withNodes ? page.rows.filter((r) => nodes.has(r.id)) : page.rows;
          const edges = withNodes ? rows.map((r) => ({ node: nodes.get(r.id)!, cursor: encodeCursor(r.sort, r.id) })) : [];
          const cursorOf = (r: { id: string; sort: unknown } | undefined) => (r ? encodeCursor(r.sort, r.id) : null);
          return {
            edges,
            totalCount: page.totalCount,
            pageInfo: {
              hasNextPage: page.hasNextPage,
              hasPreviousPage: !!args.after,
              startCursor: cursorOf(rows[0]),
              endCursor: cursorOf(rows[rows.length - 1]),
            },
          };
        });
      },
      { cacheKeyFn: options.keyOf },
    ),
  );
  return (args) => loaders({ first: args.first, after: args.after, nodes: connectionSelects(args, 'edges') });
}

/**
 * The `source` of a {@link connectionLoader} through a link table: for every link whose `parent`
 * column holds one of the parent keys, the linked node's id and its `sort` column. Both tables are
 * read within the caller's organisation.
 */
export function linkedNodes<L extends TenantEntity>(
  ctx: Context,
  link: EntityTarget<L>,
  node: new () => ObjectLiteral,
  columns: { parent: string; node: string; sort: string },
): (parentKeys: string[]) => SelectQueryBuilder<ObjectLiteral> {
  return (parentKeys) =>
    scoped(ctx, link)
      .query('l')
      .innerJoin(node, 'n', `n.id = l.${columns.node} AND n.organizationId = l.organizationId`)
      .andWhere(`l.${columns.parent} IN (:...parentKeys)`, { parentKeys })
      .select(`l.${columns.parent}`, 'parent')
      .addSelect('n.id', 'id')
      .addSelect(`n.${columns.sort}`, 'sort') as unknown as SelectQueryBuilder<ObjectLiteral>;
}
