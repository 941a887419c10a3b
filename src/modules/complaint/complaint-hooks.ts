import type { Context } from '../../common/context';
import type { Organization } from '../../common/organization.entity';
import type { Complaint } from './complaint.entity';

/**
 * Extension points of the complaint module for modules above it (the disputes module), so that
 * the complaint module needs to know none of them.
 */

/** How a decision letter tells the complainant to go to a disputes body. */
export interface DisputesRoute {
  bodyId: string;
  name: string;
  postalAddress: string | null;
  website: string | null;
  appealWithinMonths: number | null;
}

/**
 * The disputes body named in decision letters: the one asked for (NOT_FOUND naming `field`), or the
 * organisation's default, or null. The organisation is the caller's, or `organizationId` where there
 * is no caller (the complainant tracking a complaint).
 */
export type DisputesRouteFinder = (ctx: Context, bodyId: string | null, field: string, organizationId?: string) => Promise<DisputesRoute | null>;

/** Refuses (with a typed error) to anonymise the complaint, e.g. while a disputes-body case is open. */
export type AnonymisationGuard = (ctx: Context, complaint: Complaint) => Promise<void>;

/** Erases what another module keeps of the complaint's personal data, in the anonymisation's transaction. */
export type AnonymisationEraser = (ctx: Context, complaint: Complaint) => Promise<void>;

/** Acts on a complaint just resolved (its decision communicated), in the resolution's transaction: e.g. creates its satisfaction survey. */
export type ResolutionListener = (ctx: Context, complaint: Complaint) => Promise<void>;

/**
 * Part of the retention run (`anonymizeDueComplaints`, `npm run retention`) for what another module
 * keeps of people outside a complaint: erases it when its own retention period is over (nothing in
 * a dry run), in the run's transaction, and answers how many records it erased (or would erase).
 */
export type RetentionSweep = (ctx: Context, organization: Organization, dryRun: boolean) => Promise<number>;

let routeFinder: DisputesRouteFinder | null = null;
const anonymisationGuards: AnonymisationGuard[] = [];
const anonymisationErasers: AnonymisationEraser[] = [];
const resolutionListeners: ResolutionListener[] = [];
const retentionSweeps: RetentionSweep[] = [];

export const ComplaintHooks = {
  registerDisputesRoutes(finder: DisputesRouteFinder): void {
    routeFinder = finder;
  },

  disputesRoute(ctx: Context, bodyId: string | null, field: string, organizationId?: string): Promise<DisputesRoute | null> {
    return routeFinder ? routeFinder(ctx, bodyId, field, organizationId) : Promise.resolve(null);
  },

  registerAnonymisationGuard(guard: AnonymisationGuard): void {
    anonymisationGuards.push(guard);
  },

  /** Runs every registered guard in the anonymisation's transaction. */
  async assertNoAnonymisationBlock(ctx: Context, complaint: Complaint): Promise<void> {
    for (const guard of anonymisationGuards) await guard(ctx, complaint);
  },

  registerAnonymisationEraser(eraser: AnonymisationEraser): void {
    anonymisationErasers.push(eraser);
  },

  async eraseElsewhere(ctx: Context, complaint: Complaint): Promise<void> {
    for (const erase of anonymisationErasers) await erase(ctx, complaint);
  },

  registerResolutionListener(listener: ResolutionListener): void {
    resolutionListeners.push(listener);
  },

  async resolved(ctx: Context, complaint: Complaint): Promise<void> {
    for (const listener of resolutionListeners) await listener(ctx, complaint);
  },

  registerRetentionSweep(sweep: RetentionSweep): void {
    retentionSweeps.push(sweep);
  },

  /** Runs every registered sweep; the records erased (or due, in a dry run) in all. */
  async sweepElsewhere(ctx: Context, organization: Organization, dryRun: boolean): Promise<number> {
    let erased = 0;
    for (const sweep of retentionSweeps) erased += await sweep(ctx, organization, dryRun);
    return erased;
  },
};
