import { timingSafeEqual } from 'node:crypto';
import { bearerSecretHash, newBearerSecret } from '../../common/bearer-secrets';
import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { AppError, ErrorCode, NotFoundError } from '../../common/errors';
import { scopedTo } from '../../common/tenancy';
import { Complaint } from './complaint.entity';
import { ComplaintLetter } from './complaint-letter.entity';
import { ComplaintTimelineEntry, ComplaintTimelineEventKind } from './complaint-timeline-entry.entity';
import { ComplaintHooks } from './complaint-hooks';
import { DECIDED_STATUSES } from './complaint-lifecycle';
import { LetterKind } from './letter-rendering';
import type { ComplaintTracking } from './complaint.dto';

/** A complaint's tracking secret: shown once, to the complainant or the member who hands it over; only its hash is stored. */
export const newTrackingSecret = newBearerSecret;

/** What an unknown organisation or reference is compared with, so every miss does the same work. */
const UNMATCHABLE = Buffer.from(newBearerSecret().hash, 'hex');

/** The one answer to a wrong secret, an unknown reference and an unknown organisation alike. */
export class UntrackedComplaintError extends AppError {
  constructor() {
    super('No complaint with this reference and secret', ErrorCode.NOT_FOUND);
  }
}

/** A disputes body deleted since the letter named it: no route to show. */
const gone = (error: unknown) => {
  if (error instanceof NotFoundError) return null;
  throw error;
};

const SHOWN_LETTERS = [LetterKind.ACKNOWLEDGEMENT, LetterKind.DECISION];

/**
 * The complainant's view of their complaint, behind the reference and its tracking secret: no
 * token, no member, nothing about handlers, notes or promises.
 */
export class ComplaintTrackingService {
  /**
   * The status of the complaint `reference` of organisation `organizationSlug` for the holder of
   * its secret. The organisation and the complaint are read in one statement and the secret's hash
   * compared in constant time whether or not they were found, so a wrong secret, an unknown
   * reference and an unknown organisation answer the same error after the same work.
   */
  static async status(ctx: Context, organizationSlug: string, reference: string, secret: string): Promise<ComplaintTracking> {
    const presented = Buffer.from(bearerSecretHash(secret), 'hex');
    reference = reference.replace(/\s+/g, '').toUpperCase();
    const [row]: { id: string; organizationId: string; timeZone: string; hash: string | null }[] = await ctx.db.query(
      `SELECT c.id, c.organization_id AS "organizationId", o.timezone AS "timeZone", c.tracking_secret_hash AS hash
         FROM complaint c JOIN organization o ON o.id = c.organization_id
        WHERE o.slug = $1 AND c.reference = $2`,
      [organizationSlug, reference],
    );
    const stored = row?.hash ? Buffer.from(row.hash, 'hex') : UNMATCHABLE;
    const matches = stored.length === presented.length && timingSafeEqual(stored, presented);
    if (!row?.hash || !matches) throw new UntrackedComplaintError();

    const complaint = await scopedTo(ctx, Complaint, row.organizationId).get(row.id);
    const none = {
      receivedAt: null,
      acknowledgementDueAt: null,
      resolutionDueAt: null,
      extensionReason: null,
      letters: [],
      outcome: null,
      disputesRoute: null,
    };
    if (complaint.anonymizedAt) return { reference: complaint.reference, status: complaint.status, timeZone: row.timeZone, ...none };

    const letters = await scopedTo(ctx, ComplaintLetter, row.organizationId).find({
      where: { complaintId: complaint.id, kind: In(SHOWN_LETTERS) },
      order: { sentAt: 'ASC', id: 'ASC' },
    });
    const [extension] = complaint.extendedResolutionDueAt
      ? await scopedTo(ctx, ComplaintTimelineEntry, row.organizationId).find({
          where: { complaintId: complaint.id, kind: ComplaintTimelineEventKind.DEADLINE_EXTENDED },
          order: { at: 'DESC' },
          take: 1,
        })
      : [];
    const decided = DECIDED_STATUSES.includes(complaint.status);
    const decision = decided ? letters.filter((l) => l.kind === LetterKind.DECISION).at(-1) : undefined;
    const route = decision?.disputesBodyId ? await ComplaintHooks.disputesRoute(ctx, decision.disputesBodyId, 'disputesBodyId', row.organizationId).catch(gone) : null;
    return {
      reference: complaint.reference,
      status: complaint.status,
      timeZone: row.timeZone,
      receivedAt: complaint.receivedAt,
      acknowledgementDueAt: complaint.acknowledgementDueAt,
      resolutionDueAt: complaint.workingResolutionDueAt ?? complaint.resolutionDueAt,
      extensionReason: extension?.note ?? null,
      letters: letters.map(({ kind, sentAt, language, subject, body }) => ({ kind, sentAt, language, subject, body })),
      outcome: decided ? complaint.outcome : null,
      disputesRoute: route && { name: route.name, postalAddress: route.postalAddress, website: route.website, appealWithinMonths: route.appealWithinMonths },
    };
  }

  /**
   * Issues a new tracking secret for a complaint (a complaint registered by staff has none; a lost
   * one is replaced): the earlier secret stops working. Answered once; audited without the hash.
   */
  static async issue(ctx: Context, complaint: Complaint): Promise<{ reference: string; trackingSecret: string }> {
    const { secret, hash } = newTrackingSecret();
    await scopedTo(ctx, Complaint, complaint.organizationId).update(complaint, { trackingSecretHash: hash }, { action: 'Complaint.trackingSecretIssued' });
    return { reference: complaint.reference, trackingSecret: secret };
  }
}
