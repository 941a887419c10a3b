import type { Context } from '../../common/context';

/**
 * Copies, into a new draft, rows of another module that belong to the promises of the version the
 * draft starts from (the norm module's requirement links). Given original promise id -> copy id;
 * answers how many rows it copied, which the `CodeVersion.copied` audit event records.
 */
export type DraftCopier = (ctx: Context, copies: ReadonlyMap<string, string>) => Promise<number>;

const copiers = new Map<string, DraftCopier>();

/**
 * What a new draft copies besides its promises. A module that depends on the code module registers
 * its copier here (from its index.ts), so that the code module needs to know none of them.
 */
export const DraftCopies = {
  /** Registers `copy` under `auditField`, the name its count takes in the `CodeVersion.copied` event. */
  register(auditField: string, copy: DraftCopier): void {
    copiers.set(auditField, copy);
  },

  /** Runs every registered copier in the draft's transaction; the counts by audit field. */
  async copy(ctx: Context, copies: ReadonlyMap<string, string>): Promise<Record<string, { to: number }>> {
    const counts: Record<string, { to: number }> = {};
    for (const [field, copy] of copiers) counts[field] = { to: await copy(ctx, copies) };
    return counts;
  },
};
