import type { Context } from './context';
import { currentUser } from './context';
import { NotFoundError } from './errors';
import { fromJsonRow, type JsonRow } from './json-rows';
import { Organization } from './organization.entity';

/** The caller's organisation, its change stamp and the database's clock, read together (one snapshot). */
export interface OrganizationStamp {
  organization: Organization;
  /**
   * How many statements have changed what `codeStatus` depends on in this organisation (migration
   * `OrganizationChanges`): it only grows, so an answer computed after reading a stamp is current as
   * long as the stamp read now is the same.
   */
  stamp: string;
  /** The database's `now()` in whole milliseconds, rounded up: the instant deadlines are compared with. */
  now: number;
}

/**
 * Reads the caller's organisation with its change stamp in one statement, and gives the request's
 * loaders the organisation, so that nothing reads it again.
 */
export async function organizationStamp(ctx: Context): Promise<OrganizationStamp> {
  const id = currentUser(ctx).organizationId;
  const [row]: { organization: JsonRow; stamp: string; now: number }[] = await ctx.db.query(
    `SELECT to_jsonb(o) AS organization, (SELECT coalesce(sum(c.n), 0) FROM organization_change c WHERE c.organization_id = o.id)::text AS stamp,
       ceil(extract(epoch FROM now()) * 1000)::float8 AS now
     FROM organization o WHERE o.id = $1`,
    [id],
  );
  if (!row) throw new NotFoundError('Organization', id);
  const organization = fromJsonRow(ctx.db, Organization, row.organization);
  ctx.loaders.tenant.primeOrganization(organization);
  return { organization, stamp: row.stamp, now: row.now };
}
