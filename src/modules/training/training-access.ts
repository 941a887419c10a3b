import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { ForbiddenError } from '../../common/errors';
import { can } from '../../common/permissions';

/**
 * What the caller may do with training records: quality and top management manage everyone's,
 * auditors read everyone's, everybody else (staff, complaint officers) sees and manages only
 * their own.
 */
export interface TrainingAccess {
  self: string;
  readAll: boolean;
  manageAll: boolean;
}

export function trainingAccess(ctx: Context): TrainingAccess {
  return { self: currentUser(ctx).id, manageAll: can(ctx, 'manageTraining'), readAll: can(ctx, 'readAllTraining') };
}

/** FORBIDDEN when the caller asks about someone else without the right to. */
export function requireAccessTo(access: TrainingAccess, personId: string, what: 'read' | 'manage', field: string): void {
  const allowed = what === 'read' ? access.readAll : access.manageAll;
  if (!allowed && personId !== access.self) {
    throw new ForbiddenError(`You may ${what} only your own training records`, { field });
  }
}
