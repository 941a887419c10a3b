import fs from 'node:fs';
import path from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { entities } from '../src/modules';
import { isPersonalData } from '../src/common/personal-data';
import { Organization } from '../src/common/organization.entity';
import { TenantEntity } from '../src/common/tenancy';

/** Fields an audit event (and so a payload) never carries: bookkeeping of every row. */
const IGNORED = new Set(['version', 'createdAt', 'updatedAt', 'organizationId', 'organization']);

/** Fields whose values a payload never carries, beside the @PersonalData() ones (webhook-outbox.ts, REDACTED). */
const REDACTED_IN_PAYLOADS: Record<string, string[]> = { User: ['name', 'email', 'externalSubject'] };

const change = {
  type: 'object',
  description: 'One changed field: its value before (absent on creation) and after (absent on deletion).',
  properties: { from: {}, to: {} },
  additionalProperties: false,
};
const redacted = {
  type: 'object',
  description: 'Personal data: the payload says only that it changed.',
  properties: { redacted: { const: true } },
  required: ['redacted'],
  additionalProperties: false,
};

/** The entity types whose changes are published: the tenant and every row it owns. */
export function publishedEntities(): Function[] {
  return entities.filter((e) => e === Organization || e.prototype instanceof TenantEntity);
}

function columnsOf(entity: Function): string[] {
  const storage = getMetadataArgsStorage();
  const names = new Set<string>();
  for (let c: Function | null = entity; c && c !== Object && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    for (const column of storage.columns.filter((col) => col.target === c)) {
      // A column the service never reads nor writes (kept by the database's triggers) is in no event.
      const { select, insert, update } = column.options;
      if (select === false && insert === false && update === false) continue;
      names.add(column.propertyName);
    }
    for (const embedded of storage.embeddeds.filter((e) => e.target === c)) names.add(embedded.propertyName);
  }
  return [...names].filter((n) => !IGNORED.has(n)).sort();
}

/** The JSON Schema of the events of one entity type (`<Entity>.created`, `.updated`, `.deleted`, and its domain actions). */
export function eventSchema(entity: Function): Record<string, unknown> {
  const name = entity.name;
  const hidden = new Set(REDACTED_IN_PAYLOADS[name] ?? []);
  const fields = Object.fromEntries(
    columnsOf(entity).map((field) => [field, { $ref: isPersonalData(entity, field) || hidden.has(field) ? '#/definitions/redacted' : '#/definitions/change' }]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://code-of-conduct.example/events/${name}.schema.json`,
    title: `${name} events`,
    description: `The body of a webhook delivery about a ${name}: type \`${name}.<action>\` (docs/EVENTS.md).`,
    type: 'object',
    required: ['type', 'timestamp', 'data'],
    additionalProperties: false,
    definitions: { change, redacted },
    properties: {
      type: { type: 'string', pattern: `^${name}\\.[a-z][A-Za-z]*$` },
      timestamp: { type: 'string', format: 'date-time' },
      data: {
        type: 'object',
        required: ['eventId', 'organizationId', 'entityType', 'entityId', 'changes'],
        additionalProperties: false,
        properties: {
          eventId: { type: 'string', format: 'uuid', description: 'The audit event published (the same in every subscription).' },
          organizationId: { type: 'string', format: 'uuid' },
          entityType: { const: name },
          entityId: { type: ['string', 'null'], format: 'uuid' },
          changes: {
            type: 'object',
            description: 'The fields that changed. Domain actions may add entries of their own (e.g. linked promises).',
            properties: fields,
            additionalProperties: { anyOf: [{ $ref: '#/definitions/change' }, { $ref: '#/definitions/redacted' }] },
          },
        },
      },
    },
  };
}

/** docs/events/<Entity>.schema.json for every published entity type; `--check` fails when a committed file differs. */
function main(): void {
  const folder = path.join(__dirname, '..', '..', 'docs', 'events');
  const check = process.argv.includes('--check');
  fs.mkdirSync(folder, { recursive: true });
  const stale: string[] = [];
  for (const entity of publishedEntities()) {
    const file = path.join(folder, `${entity.name}.schema.json`);
    const text = `${JSON.stringify(eventSchema(entity), null, 2)}\n`;
    if (check) {
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) stale.push(path.basename(file));
    } else fs.writeFileSync(file, text);
  }
  if (stale.length) {
    // eslint-disable-next-line no-console
    console.error(`docs/events is out of date (${stale.join(', ')}): run npm run events:schemas`);
    process.exit(1);
  }
}

if (require.main === module) main();
