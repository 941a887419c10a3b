import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { Code } from '../../src/modules/code/code.entity';
import { CodeVersion, CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { CodePromise } from '../../src/modules/code/code-promise.entity';
import { Complaint, ComplaintCategory, ComplaintChannel, ComplaintKind, ComplaintOutcome, ComplaintStatus } from '../../src/modules/complaint/complaint.entity';
import { ComplaintPromise } from '../../src/modules/complaint/complaint-promise.entity';
import { CorrectiveAction, CorrectiveActionKind, CorrectiveActionStatus } from '../../src/modules/corrective-action/corrective-action.entity';
import { DisputesBody } from '../../src/modules/disputes/disputes-body.entity';
import { DisputesOutcomeKind, FeeRefundRule } from '../../src/modules/disputes/disputes-rules';
import { LetterTemplate } from '../../src/modules/complaint/letter-template.entity';
import { LetterKind } from '../../src/modules/complaint/letter-rendering';
import { DeadlineUnit } from '../../src/common/organization.entity';
import type { TestOrganization } from './app';

/**
 * The test fixtures written straight to the database: codes with versions and promises (for the
 * modules built on codes, which have their own API and tests), and complaints and actions with
 * chosen dates and outcomes where the API would make them impossible (received in past years,
 * handled hours later). Fixtures made through the API are in `./codes`.
 */

/** A code with versions and promises. */
export interface CodeFixture {
  code: Code;
  versions: CodeVersion[];
  /** Promises per version, by key: `promises[0].P1`. */
  promises: Record<string, CodePromise>[];
}

/** One version of a code with its promises by key. */
export interface CodeVersionFixture {
  version: CodeVersion;
  promises: Record<string, CodePromise>;
}

/** Writes version `number` of `code` with `status`, holding promises with the given keys (titled `P1 (version 1)`). */
export async function addCodeVersion(
  ds: DataSource,
  org: TestOrganization,
  code: Code,
  number: number,
  status: CodeVersionStatus,
  promiseKeys: string[],
): Promise<CodeVersionFixture> {
  const version = await ds.getRepository(CodeVersion).save(
    ds.getRepository(CodeVersion).create({ organizationId: org.id, codeId: code.id, version: number, status, policyStatement: `Policy of version ${number}` }),
  );
  const promises: Record<string, CodePromise> = {};
  for (const [position, key] of promiseKeys.entries()) {
    promises[key] = await ds.getRepository(CodePromise).save(
      ds.getRepository(CodePromise).create({
        organizationId: org.id,
        codeVersionId: version.id,
        codeId: code.id,
        key,
        title: `${key} (version ${number})`,
        text: `We keep promise ${key}.`,
        position,
      }),
    );
  }
  return { version, promises };
}

/**
 * A code (titled `Code <key>`) with one version per status given (version 1, 2, …), each holding
 * promises with the given keys: `createCode(ds, org, [SUPERSEDED, PUBLISHED], ['P1', 'P2'])`.
 */
export async function createCode(
  ds: DataSource,
  org: TestOrganization,
  statuses: CodeVersionStatus[] = [CodeVersionStatus.PUBLISHED],
  promiseKeys: string[] = ['P1', 'P2'],
  key = `code-${randomUUID().slice(0, 8)}`,
): Promise<CodeFixture> {
  const code = await ds.getRepository(Code).save(ds.getRepository(Code).create({ organizationId: org.id, key, title: `Code ${key}`, scope: 'Debtors' }));
  const fixture: CodeFixture = { code, versions: [], promises: [] };
  for (const [i, status] of statuses.entries()) {
    const { version, promises } = await addCodeVersion(ds, org, code, i + 1, status, promiseKeys);
    fixture.versions.push(version);
    fixture.promises.push(promises);
  }
  return fixture;
}

export interface ComplaintSpec {
  /** ISO instant of receipt. */
  receivedAt: string;
  channel?: `${ComplaintChannel}`;
  categories?: `${ComplaintCategory}`[];
  /** Ids of the promises it concerns. */
  promiseIds?: string[];
  /** Deadlines, in hours after receipt (default 4 and 14 days). */
  acknowledgeWithinHours?: number;
  resolveWithinHours?: number;
  /** When the step was done, in hours after receipt; left out: not done. */
  acknowledgedAfterHours?: number;
  resolvedAfterHours?: number;
  outcome?: `${ComplaintOutcome}`;
  /** Default: CLOSED when resolved, IN_PROGRESS when acknowledged, else RECEIVED. */
  status?: `${ComplaintStatus}`;
  escalation?: { afterHours: number; outcome?: `${ComplaintOutcome}`; binding?: boolean };
  satisfaction?: number;
  /** Default COMPLAINT. */
  kind?: `${ComplaintKind}`;
}

let sequence = 0;

export async function insertComplaint(ds: DataSource, org: TestOrganization, spec: ComplaintSpec): Promise<Complaint> {
  const received = DateTime.fromISO(spec.receivedAt, { zone: 'utc' });
  const at = (hours: number | undefined) => (hours === undefined ? null : received.plus({ hours }).toJSDate());
  const acknowledgementDueAt = received.plus({ hours: spec.acknowledgeWithinHours ?? 96 }).toJSDate();
  const resolutionDueAt = received.plus({ hours: spec.resolveWithinHours ?? 336 }).toJSDate();
  const acknowledgedAt = at(spec.acknowledgedAfterHours);
  const resolvedAt = at(spec.resolvedAfterHours);
  const escalatedAt = at(spec.escalation?.afterHours);
  const status = spec.status ?? (resolvedAt ? 'CLOSED' : acknowledgedAt ? 'IN_PROGRESS' : 'RECEIVED');
  sequence += 1;
  const complaint = await ds.getRepository(Complaint).save(
    ds.getRepository(Complaint).create({
      organizationId: org.id,
      reference: `K-${received.year}-${String(sequence).padStart(5, '0')}`,
      receivedAt: received.toJSDate(),
      channel: (spec.channel ?? 'EMAIL') as ComplaintChannel,
      subject: 'Onduidelijke brief',
      description: 'De brief vermeldt kosten zonder uitleg.',
      complainantName: 'Jan Jansen',
      complainantEmail: 'jan@example.nl',
      categories: (spec.categories ?? []) as ComplaintCategory[],
      status: status as ComplaintStatus,
      acknowledgementDueAt,
      acknowledgedAt,
      acknowledgedOnTime: acknowledgedAt ? acknowledgedAt <= acknowledgementDueAt : null,
      resolutionDueAt,
      kind: (spec.kind ?? 'COMPLAINT') as ComplaintKind,
      resolvedAt,
      resolvedOnTime: resolvedAt ? resolvedAt <= resolutionDueAt : null,
      decision: resolvedAt ? 'Besluit meegedeeld.' : null,
      outcome: (spec.outcome ?? null) as ComplaintOutcome | null,
      escalation: {
        body: escalatedAt ? 'Geschillencommissie' : null,
        escalatedAt,
        outcome: (spec.escalation?.outcome ?? null) as ComplaintOutcome | null,
        binding: spec.escalation?.binding ?? null,
        decidedAt: spec.escalation?.outcome ? at(spec.escalation.afterHours + 24 * 30) : null,
      },
      satisfaction: spec.satisfaction ?? null,
    }),
  );
  if (spec.promiseIds?.length) {
    await ds.getRepository(ComplaintPromise).insert(spec.promiseIds.map((promiseId) => ({ organizationId: org.id, complaintId: complaint.id, promiseId })));
  }
  return complaint;
}

export interface ActionSpec {
  kind?: `${CorrectiveActionKind}`;
  promiseId: string;
  status: `${CorrectiveActionStatus}`;
  /** YYYY-MM-DD. */
  dueOn: string;
  rootCause?: string;
  /** ISO instant the action was opened. */
  createdAt?: string;
  /** Day of the effectiveness check; `effective` follows from the status unless given (a reopened action keeps `false`). */
  verifiedOn?: string;
  effective?: boolean;
}

export async function insertAction(ds: DataSource, org: TestOrganization, spec: ActionSpec): Promise<CorrectiveAction> {
  const kind = (spec.kind ?? 'CORRECTIVE') as CorrectiveActionKind;
  const checked = spec.effective ?? (spec.status === 'VERIFIED_EFFECTIVE' ? true : spec.status === 'NOT_EFFECTIVE' ? false : null);
  const created = spec.createdAt ? new Date(spec.createdAt) : new Date();
  return ds.getRepository(CorrectiveAction).save(
    ds.getRepository(CorrectiveAction).create({
      organizationId: org.id,
      kind,
      promiseId: spec.promiseId,
      title: 'Brief herschrijven',
      rootCause: spec.rootCause ?? null,
      plannedAction: 'De brief in eenvoudige taal herschrijven.',
      ownerId: org.users.QUALITY_MANAGER,
      dueOn: spec.dueOn,
      status: spec.status as CorrectiveActionStatus,
      verifiedById: checked === null ? null : org.users.QUALITY_MANAGER,
      verifiedOn: checked === null ? null : (spec.verifiedOn ?? spec.dueOn),
      effective: checked,
      decidedById: kind === CorrectiveActionKind.PREVENTIVE ? org.users.TOP_MANAGEMENT : null,
      decidedAt: kind === CorrectiveActionKind.PREVENTIVE ? created : null,
      createdAt: created,
    }),
  );
}

/** What `createCorrespondence` writes: the organisation's default disputes body and its English templates (acknowledgement, decision, extension). */
export interface CorrespondenceFixture {
  body: DisputesBody;
  acknowledgement: LetterTemplate;
  decision: LetterTemplate;
  extension: LetterTemplate;
}

/** English letter templates fit for any complaint (no placeholder that can lack a value). */
export const TEST_TEMPLATES = {
  acknowledgement: {
    subject: 'Your complaint {{reference}}',
    body: 'We received your complaint {{reference}} on {{receivedDate}}. You will have our decision by {{resolutionDueDate}}.',
  },
  decision: {
    subject: 'Our decision on {{reference}}',
    body: 'Our decision on {{reference}}: {{decision}}\nIf you disagree, you may go to {{disputesBodyName}} ({{disputesBodyWebsite}}) within {{disputesBodyTermMonths}} months.',
  },
  extension: {
    subject: 'More time for {{reference}}',
    body: '{{reference}}: we need until {{newDeadline}}. {{reason}}',
  },
};

/**
 * A default disputes body and English acknowledgement, decision and extension templates, so that
 * complaints can be acknowledged, resolved and their term extended with `{ letter: { channel: 'EMAIL', language: 'en' } }`.
 */
export async function createCorrespondence(ds: DataSource, org: TestOrganization): Promise<CorrespondenceFixture> {
  const body = await ds.getRepository(DisputesBody).save(
    ds.getRepository(DisputesBody).create({
      organizationId: org.id,
      name: 'Test Disputes Committee',
      outcomeKind: DisputesOutcomeKind.BINDING,
      feeCents: 4900,
      currency: 'EUR',
      feeRefundRule: FeeRefundRule.WHEN_UPHELD,
      responseWithin: 10,
      responseUnit: DeadlineUnit.WORKING_DAYS,
      appealWithinMonths: 12,
      website: 'https://disputes.example',
      source: 'Test fixture',
      isDefault: true,
    }),
  );
  const templates = ds.getRepository(LetterTemplate);
  const [acknowledgement, decision, extension] = await templates.save([
    templates.create({ organizationId: org.id, kind: LetterKind.ACKNOWLEDGEMENT, language: 'en', ...TEST_TEMPLATES.acknowledgement }),
    templates.create({ organizationId: org.id, kind: LetterKind.DECISION, language: 'en', ...TEST_TEMPLATES.decision }),
    templates.create({ organizationId: org.id, kind: LetterKind.EXTENSION, language: 'en', ...TEST_TEMPLATES.extension }),
  ]);
  return { body, acknowledgement, decision, extension };
}
