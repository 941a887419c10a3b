import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { Complaint, ComplaintCategory, ComplaintChannel, ComplaintOutcome, ComplaintStatus } from '../../src/modules/complaint/complaint.entity';
import { ComplaintPromise } from '../../src/modules/complaint/complaint-promise.entity';
import { CorrectiveAction, CorrectiveActionKind, CorrectiveActionStatus } from '../../src/modules/corrective-action/corrective-action.entity';
import type { TestOrganization } from './app';

/**
 * Complaints and actions written straight to the database with chosen dates and outcomes, where the
 * API would make them impossible (received in past years, handled hours later). Each step's
 * on-time flag follows from its deadline, as the API would have stored it.
 */

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
