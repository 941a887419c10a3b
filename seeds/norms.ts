import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { NormFramework } from '../src/modules/norm/norm-framework.entity';
import { NormRequirement } from '../src/modules/norm/norm-requirement.entity';
import { NORM_CATALOGUE, type CatalogueNode } from './norm-catalogue';

/** Namespace of the name-based ids of reference data (any fixed value; never change it). */
const NAMESPACE = 'f3b6c1de-5a0e-4c8e-9a57-2f1c7d0e4b10';

/**
 * The fixed id of a reference row: a name-based (version 5) UUID of its key or ref, so every
 * installation gives the same framework and requirement the same id without a list of literals.
 */
export function referenceId(name: string): string {
  const hash = createHash('sha1').update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Every catalogue node by ref, with the name its id is derived from. */
const ID_REFS = new Map<string, string>();
(function index(nodes: CatalogueNode[]) {
  for (const node of nodes) {
    ID_REFS.set(node.ref, node.idRef ?? node.ref);
    index(node.children ?? []);
  }
})(NORM_CATALOGUE.flatMap((f) => f.nodes));

/** The fixed id of the requirement node with this ref (a renumbered node keeps the id of its first ref). */
export function requirementId(ref: string): string {
  const idRef = ID_REFS.get(ref);
  if (!idRef) throw new Error(`no requirement ${ref} in the norm catalogue`);
  return referenceId(`requirement:${idRef}`);
}

type RequirementRow = Pick<NormRequirement, 'id' | 'frameworkId' | 'parentId' | 'ref' | 'kind' | 'title' | 'objective' | 'position'>;

/** Rows of a tree, parents before children. */
function flatten(nodes: CatalogueNode[], frameworkId: string, parentId: string | null): RequirementRow[] {
  return nodes.flatMap((node, position) => {
    const id = referenceId(`requirement:${node.idRef ?? node.ref}`);
    const row = { id, frameworkId, parentId, ref: node.ref, kind: node.kind, title: node.title, objective: node.objective ?? null, position };
    return [row, ...flatten(node.children ?? [], frameworkId, id)];
  });
}

/**
 * Loads the norm frameworks and their requirement trees (ISO 10001, SRCM, the complaints procedure,
 * FinAut). Idempotent: rows have fixed ids and are upserted, so running it again changes nothing
 * and a corrected text is updated in place.
 */
export async function seedNormFrameworks(dataSource: DataSource, logger: Logger): Promise<void> {
  let requirementCount = 0;
  await dataSource.transaction(async (manager) => {
    for (const [position, framework] of NORM_CATALOGUE.entries()) {
      const frameworkId = referenceId(`framework:${framework.key}`);
      await manager
        .createQueryBuilder()
        .insert()
        .into(NormFramework)
        .values({ id: frameworkId, key: framework.key, title: framework.title, description: framework.description, language: framework.language, position })
        .orUpdate(['key', 'title', 'description', 'language', 'position'], ['id'])
        .execute();
      const rows = flatten(framework.nodes, frameworkId, null);
      await manager
        .createQueryBuilder()
        .insert()
        .into(NormRequirement)
        .values(rows)
        .orUpdate(['framework_id', 'parent_id', 'ref', 'kind', 'title', 'objective', 'position'], ['id'])
        .execute();
      requirementCount += rows.length;
    }
  });
  logger.info({ frameworks: NORM_CATALOGUE.length, requirements: requirementCount }, 'norm frameworks ready');
}
