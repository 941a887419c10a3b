import DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import type { Context } from '../../common/context';
import { groupBy } from '../../common/batching';
import { connectionLoader, type PageArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, isUuid, scoped } from '../../common/tenancy';
import { NormFramework } from './norm-framework.entity';
import { NormRequirement } from './norm-requirement.entity';
import { MaturityAssessment } from './maturity-assessment.entity';
import { PromiseRequirement } from './promise-requirement.entity';

/** The order of a node's children and of a framework's top-level nodes. */
export const TREE_ORDER = { position: 'ASC', ref: 'ASC' } as const;

/** The norm module's loaders of a request (`ctx.loaders.norm`). The norm catalogue is shared by every organisation. */
export interface NormLoaders {
  framework: DataLoader<string, NormFramework | null>;
  requirement: DataLoader<string, NormRequirement | null>;
  /** Each node's children in order. */
  children: DataLoader<string, NormRequirement[]>;
  /** Each framework's top-level nodes in order. */
  roots: DataLoader<string, NormRequirement[]>;
  /** The requirements each promise is linked to, by ref. */
  requirementsOfPromise: DataLoader<string, NormRequirement[]>;
  /** A page of the organisation's maturity self-assessments of each norm part, latest first. */
  maturityAssessments: (args: PageArgs) => DataLoader<string, ConnectionResult<MaturityAssessment>, string>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    norm: NormLoaders;
  }
}

export function normLoaders(ctx: Context): NormLoaders {
  return {
    framework: new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.db.getRepository(NormFramework).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((f) => [f.id, f]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    requirement: new DataLoader(async (ids: readonly string[]) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await ctx.db.getRepository(NormRequirement).findBy({ id: In(valid) }) : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    children: new DataLoader(async (parentIds: readonly string[]) => {
      const rows = await ctx.db.getRepository(NormRequirement).find({ where: { parentId: In([...parentIds]) }, order: TREE_ORDER });
      return groupBy(parentIds, rows, (r) => r.parentId!);
    }),

    roots: new DataLoader(async (frameworkIds: readonly string[]) => {
      const rows = await ctx.db.getRepository(NormRequirement).find({ where: { frameworkId: In([...frameworkIds]), parentId: IsNull() }, order: TREE_ORDER });
      return groupBy(frameworkIds, rows, (r) => r.frameworkId);
    }),

    requirementsOfPromise: new DataLoader(async (promiseIds: readonly string[]) => {
      const links = await scoped(ctx, PromiseRequirement)
        .query('l')
        .innerJoinAndSelect('l.requirement', 'r')
        .andWhere('l.promiseId IN (:...promiseIds)', { promiseIds })
        .orderBy('r.ref', 'ASC')
        .getMany();
      return groupBy(promiseIds, links, (l) => l.promiseId).map((list) => list.map((l) => l.requirement!));
    }),

    maturityAssessments: connectionLoader({
      keyOf: (requirementId: string) => requirementId,
      direction: 'DESC',
      nodes: byIdLoader(ctx, MaturityAssessment),
      entity: MaturityAssessment,
      source: (requirementIds) =>
        scoped(ctx, MaturityAssessment)
          .query('m')
          .andWhere('m.requirementId IN (:...requirementIds)', { requirementIds })
          .select('m.requirementId', 'parent')
          .addSelect('m.id', 'id')
          .addSelect('m.assessedOn', 'sort'),
    }),
  };
}
