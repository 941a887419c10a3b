import type { Context } from '../../common/context';
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

let routeFinder: DisputesRouteFinder | null = null;
const anonymisationGuards: AnonymisationGuard[] = [];
const anonymisationErasers: AnonymisationEraser[] = [];

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
};
