import type { Context } from '../../common/context';
import { currentUser, hasRole } from '../../common/context';
import { ForbiddenError } from '../../common/errors';
import { Role } from '../../common/roles';

/**
 * What the caller may do with training records: quality and top management manage everyone's,
 * auditors read everyone's, everybody else (staff, complaint officers) sees and manages only
 * their own.
 */
/** Quality and top management set requirements and manage everyone's records. */
export const TRAINING_MANAGERS = [Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT] as const;

export interface TrainingAccess {
  self: string;
  readAll: boolean;
  manageAll: boolean;
}

export function trainingAccess(ctx: Context): TrainingAccess {
  const manageAll = hasRole(ctx, ...TRAINING_MANAGERS);
  return { self: currentUser(ctx).id, manageAll, readAll: manageAll || hasRole(ctx, Role.AUDITOR) };
}

/** FORBIDDEN when the caller asks about someone else without the right to. */
export function requireAccessTo(access: TrainingAccess, personId: string, what: 'read' | 'manage', field: string): void {
  const allowed = what === 'read' ? access.readAll : access.manageAll;
  if (!allowed && personId !== access.self) {
    throw new ForbiddenError(`You may ${what} only your own training records`, { field });
  }
}
