import 'reflect-metadata';
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../../src/schema';
import { ALL_ROLES, Role } from '../../src/common/roles';
import { PERMISSIONS } from '../../src/common/permissions';
import { PUBLIC_OPERATIONS } from '../../src/auth/public-operations';
import { TYPE_READERS, typeReaders, type ReadGuardExtension } from '../../src/auth/read-policy';
import { isPersonalData } from '../../src/common/personal-data';

/** A caller: a role, or no token at all. */
type Caller = Role | 'ANONYMOUS';

/**
 * Fields that lead into a type some of the roles reaching them may not read, and why that is fine.
 * Keep it short: each entry is a decision, not a way to silence the test.
 */
const ALLOWED: Record<string, string> = {};

/**
 * Personal data exposed as a plain field on purpose, readable with the type that holds it.
 */
const PERSONAL_DATA_SHOWN: Record<string, string> = {
  'Complaint.subject': 'the short summary lists and the annual analysis need; kept on anonymisation, to be written without names or account details',
};

/** `Type.field` → the roles of its `@Authorized(...)`, from type-graphql's metadata (operations and fields). */
function authorizedRoles(): Map<string, Role[]> {
  const storage = getMetadataStorage();
  const roles = new Map<string, Role[]>();
  for (const q of storage.queries) if (q.roles) roles.set(`Query.${q.schemaName}`, q.roles);
  for (const m of storage.mutations) if (m.roles) roles.set(`Mutation.${m.schemaName}`, m.roles);
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
    for (const f of type.fields ?? []) if (f.roles) roles.set(`${type.name}.${f.schemaName}`, f.roles);
  }
  return roles;
}

/** The classes behind object types, by GraphQL name. */
const classOf = (name: string) => getMetadataStorage().objectTypes.find((t) => t.name === name)?.target;

interface Guard {
  /** Roles of `@Authorized`; `[]` any signed-in member; undefined: not guarded. */
  authorized?: Role[];
  /** Roles of `@ReadableBy`. */
  readableBy?: readonly Role[];
}

function guardOf(schema: GraphQLSchema, roles: Map<string, Role[]>, type: string, field: string): Guard {
  if (removedReadGuards.has(`${type}.${field}`)) return { authorized: roles.get(`${type}.${field}`) };
  const extensions = (schema.getType(type) as { getFields?: () => Record<string, { extensions: unknown }> }).getFields?.()[field]?.extensions as
    | Partial<ReadGuardExtension>
    | undefined;
  return { authorized: roles.get(`${type}.${field}`), readableBy: extensions?.readableBy };
}

/** `@ReadableBy` guards the last test pretends were forgotten. */
const removedReadGuards = new Set<string>();

/** Whether `caller` gets past the guard of a field (and so reads what it leads to). */
function passes(guard: Guard, caller: Caller): boolean {
  if (guard.authorized && (caller === 'ANONYMOUS' || (guard.authorized.length > 0 && !guard.authorized.includes(caller)))) return false;
  if (guard.readableBy && (caller === 'ANONYMOUS' || !guard.readableBy.includes(caller))) return false;
  return true;
}

const mayRead = (caller: Caller, type: string) => {
  const readers = typeReaders(type);
  return readers === 'PUBLIC' || (caller !== 'ANONYMOUS' && readers.includes(caller));
};

const objectTypesOf = (schema: GraphQLSchema, type: GraphQLNamedType): string[] =>
  isObjectType(type) ? [type.name] : isUnionType(type) ? type.getTypes().map((t) => t.name) : isInterfaceType(type) ? schema.getPossibleTypes(type).map((t) => t.name) : [];

/**
 * Walks the schema from every operation `caller` may call, through every field it gets past, and
 * lists the fields that lead into a type the caller may not read (`Type.field → Target`).
 */
function unreadableReached(schema: GraphQLSchema, roles: Map<string, Role[]>, caller: Caller): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (from: string, field: string, target: GraphQLNamedType) => {
    for (const name of objectTypesOf(schema, target)) {
      if (!mayRead(caller, name) && !ALLOWED[`${from}.${field}`]) problems.push(`${from}.${field} → ${name}`);
      else if (!seen.has(name)) {
        seen.add(name);
        queue.push(name);
      }
    }
  };
  for (const root of ['Query', 'Mutation'] as const) {
    const fields = (root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {};
    for (const [name, field] of Object.entries(fields)) {
      const isPublic = PUBLIC_OPERATIONS.includes(`${root}.${name}`);
      if (!isPublic && !passes(guardOf(schema, roles, root, name), caller)) continue;
      if (!isPublic && caller === 'ANONYMOUS') continue;
      visit(root, name, getNamedType(field.type));
    }
  }
  while (queue.length) {
    const typeName = queue.shift()!;
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      if (!passes(guardOf(schema, roles, typeName, name), caller)) continue;
      const personal = classOf(typeName) && isPersonalData(classOf(typeName)!, name) && !PERSONAL_DATA_SHOWN[`${typeName}.${name}`];
      if (personal && (caller === 'ANONYMOUS' || !(PERMISSIONS.readPersonalData as readonly Role[]).includes(caller))) problems.push(`${typeName}.${name} (personal data)`);
      visit(typeName, name, getNamedType(field.type));
    }
  }
  return problems;
}

describe('read coverage', () => {
  let schema: GraphQLSchema;
  let roles: Map<string, Role[]>;
  beforeAll(async () => {
    schema = await createSchema();
    roles = authorizedRoles();
  });

  it('decides who reads every object type of the schema', () => {
    const objectTypes = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !['Query', 'Mutation', 'Subscription'].includes(t.name))
      .map((t) => t.name);
    expect(objectTypes.filter((t) => typeReaders(t) !== 'PUBLIC' && typeReaders(t).length === 0)).toEqual([]);
    expect(Object.keys(TYPE_READERS).filter((t) => !objectTypes.includes(t))).toEqual([]);
  });

  it.each([...ALL_ROLES, 'ANONYMOUS' as const])('lets %s reach only types and fields it may read, from every operation it may call', (caller) => {
    expect(unreadableReached(schema, roles, caller)).toEqual([]);
  });

  it('sees a guard removed: a path into a restricted type without one is reported', () => {
    const without = new Map(roles);
    without.delete('CodePromise.kpis');
    expect(unreadableReached(schema, without, Role.STAFF)).toContain('CodePromise.kpis → KpiConnection');
    removedReadGuards.add('PromiseStatusReport.kpis').add('Complaint.complainant').add('Complaint.description');
    try {
      // Staff read the complaints they registered, without the complainant.
      expect(unreadableReached(schema, roles, Role.STAFF)).toEqual(['Complaint.description (personal data)', 'Complaint.complainant → Complainant', 'PromiseStatusReport.kpis → Kpi']);
      expect(unreadableReached(schema, roles, Role.AUDITOR)).toEqual(['Complaint.description (personal data)', 'Complaint.complainant → Complainant']);
    } finally {
      removedReadGuards.clear();
    }
  });
});
