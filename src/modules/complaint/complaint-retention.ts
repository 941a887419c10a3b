import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { runOutsideRequest } from '../../common/unit-of-work';
import { OrganizationService } from '../organization';
import { ComplaintService } from './complaint.service';

/** Complaints anonymised per transaction by {@link runRetention}. */
const BATCH = 200;

export interface RetentionResult {
  organization: string;
  dryRun: boolean;
  /** Complaints due before the run. */
  due: number;
  /** References anonymised (or, in a dry run, due). */
  references: string[];
  /** Other records whose personal data was erased (or, in a dry run, is due): survey respondents outside complaints. */
  erasedElsewhere: number;
}

/**
 * The retention job outside a request (`npm run retention -- --org <slug> [--dry-run]`): anonymises
 * every CLOSED complaint of the organisation past its statutory retention period, in batches of
 * {@link BATCH} (one transaction each, audited with no actor), or lists them in a dry run. Safe to
 * run again and again: what is anonymised is no longer due.
 */
export async function runRetention(dataSource: DataSource, log: Logger, slug: string, dryRun: boolean): Promise<RetentionResult> {
  const references: string[] = [];
  let due: number | null = null;
  let erasedElsewhere = 0;
  for (;;) {
    const run = await runOutsideRequest({ dataSource, log, requestId: `retention:${slug}`, user: null }, {}, async (ctx) => {
      const organization = await OrganizationService.bySlug(ctx, slug);
      return ComplaintService.anonymizeDue(ctx, organization, { dryRun, limit: dryRun ? 10_000 : BATCH });
    });
    due ??= run.due;
    references.push(...run.references);
    erasedElsewhere = dryRun ? run.erasedElsewhere : erasedElsewhere + run.erasedElsewhere;
    if (dryRun || run.references.length < BATCH) break;
  }
  return { organization: slug, dryRun, due: due ?? 0, references, erasedElsewhere };
}
