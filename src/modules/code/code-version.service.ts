import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { BadUserInputError, ConflictError } from '../../common/errors';
import { byIdLoader, scoped, expectedIn } from '../../common/tenancy';
import { OrganizationService } from '../organization';
import { UserService } from '../user';
import { Code } from './code.entity';
import { CodeVersion, CodeVersionStatus } from './code-version.entity';
import { CodePromise } from './code-promise.entity';
import { assertEditable, assertTransition, defaultNextReviewDue, IN_PROGRESS_STATUSES } from './code-version.lifecycle';
import { todayIn } from '../../common/local-date';
import { sentFields } from './code.service';
import { DraftCopies } from './draft-copies';
import { CodeTranslationService } from './code-translation.service';
import type {
  ApproveCodeVersionInput,
  PublishCodeVersionInput,
  ReturnCodeVersionInput,
  ScheduleCodeReviewInput,
  UpdateCodeVersionInput,
  WithdrawCodeVersionInput,
} from './code.dto';

const { DRAFT, IN_REVIEW, APPROVED, PUBLISHED, SUPERSEDED, WITHDRAWN } = CodeVersionStatus;

/**
 * Versions of a code and their lifecycle (see `code-version.lifecycle.ts`). Every state change is an
 * optimistic-lock update recorded as a `CodeVersion.<action>` audit event.
 */
export class CodeVersionService {

  /** Per-request loader of versions by id. */
  static loader(ctx: Context): DataLoader<string, CodeVersion | null> {
    return byIdLoader(ctx, CodeVersion);
  }

  /** Changes the policy statement, change summary or internal notes of a DRAFT. */
  static async update(ctx: Context, id: string, input: UpdateCodeVersionInput): Promise<CodeVersion> {
    const versions = scoped(ctx, CodeVersion);
    const current = await versions.get(id, 'id');
    assertEditable(current.status, current.version);
    const patch = sentFields(input, ['policyStatement', 'changeSummary', 'internalNotes']);
    return versions.update(current, patch, expectedIn(input));
  }

  /** DRAFT → IN_REVIEW (quality manager): the draft is ready for top management. */
  static async submit(ctx: Context, id: string, expectedVersion: number): Promise<CodeVersion> {
    const current = await scoped(ctx, CodeVersion).get(id);
    assertTransition(current.status, IN_REVIEW);
    if ((await scoped(ctx, CodePromise).count({ codeVersionId: id })) === 0) {
      throw BadUserInputError.field('id', 'a version without promises cannot be submitted for review');
    }
    return scoped(ctx, CodeVersion).update(current, { status: IN_REVIEW }, { action: 'CodeVersion.submitted', expectedVersion });
  }

  /**
   * IN_REVIEW → APPROVED (top management), with the code policy statement it approves. `approvedBy`
   * is the caller's member record (the audit event names the token subject in any case).
   */
  static async approve(ctx: Context, id: string, input: ApproveCodeVersionInput): Promise<CodeVersion> {
    const current = await scoped(ctx, CodeVersion).get(id);
    assertTransition(current.status, APPROVED);
    const policyStatement = input.policyStatement?.trim() || current.policyStatement?.trim();
    if (!policyStatement) throw BadUserInputError.field('input.policyStatement', 'is required: top management approves a code with its policy statement');
    const missingLanguages = await CodeTranslationService.missingLanguages(ctx, current, policyStatement);
    if (missingLanguages.length) {
      const error = BadUserInputError.field(
        'id',
        `the version lacks its texts (code title, policy statement, every promise) in ${missingLanguages.join(', ')}: translate it (translateCodeVersion) before approving`,
      );
      Object.assign(error.extensions, { missingLanguages });
      throw error;
    }
    const staleLanguages = await CodeTranslationService.staleLanguages(ctx, current, policyStatement);
    if (staleLanguages.length) {
      const error = BadUserInputError.field(
        'id',
        `the texts in ${staleLanguages.join(', ')} were translated before the version's own texts last changed: translate them again (translateCodeVersion, in DRAFT) before approving`,
      );
      Object.assign(error.extensions, { staleLanguages });
      throw error;
    }
    const approver = await UserService.me(ctx);
    return scoped(ctx, CodeVersion).update(
      current,
      { status: APPROVED, policyStatement, approvedById: approver?.id ?? null, approvedAt: new Date() },
      { action: 'CodeVersion.approved', ...expectedIn(input) },
    );
  }

  /** IN_REVIEW or APPROVED → DRAFT (top management), with what must change; any approval lapses. */
  static async returnToDraft(ctx: Context, id: string, input: ReturnCodeVersionInput): Promise<CodeVersion> {
    const current = await scoped(ctx, CodeVersion).get(id);
    assertTransition(current.status, DRAFT);
    return scoped(ctx, CodeVersion).update(
      current,
      { status: DRAFT, reviewComment: input.comment.trim(), approvedById: null, approvedAt: null },
      { action: 'CodeVersion.returnedToDraft', ...expectedIn(input) },
    );
  }

  /**
   * APPROVED → PUBLISHED (top management). The version in force, if any, becomes SUPERSEDED in the
   * same transaction; the partial unique index `uq_code_version_published` guarantees that two
   * publications racing each other cannot both succeed.
   */
  static async publish(ctx: Context, id: string, input: PublishCodeVersionInput): Promise<CodeVersion> {
    const versions = scoped(ctx, CodeVersion);
    const current = await versions.get(id, 'id');
    assertTransition(current.status, PUBLISHED);
    const { timezone } = await OrganizationService.current(ctx);
    const publishedAt = new Date();
    const nextReviewDue = input.nextReviewDue ?? defaultNextReviewDue(publishedAt, timezone);
    CodeVersionService.assertReviewAfterPublication(nextReviewDue, publishedAt, timezone, 'input.nextReviewDue');
    const inForce = await versions.findOne({ codeId: current.codeId, status: PUBLISHED });
    if (inForce) {
      assertTransition(inForce.status, SUPERSEDED);
      await versions.update(inForce, { status: SUPERSEDED, supersededAt: publishedAt }, { action: 'CodeVersion.superseded' });
    }
    return versions.update(current, { status: PUBLISHED, publishedAt, nextReviewDue }, { action: 'CodeVersion.published', ...expectedIn(input) });
  }

  /** Any unfinished version → WITHDRAWN (top management), with the reason. A withdrawn code in force leaves the code without one. */
  static async withdraw(ctx: Context, id: string, input: WithdrawCodeVersionInput): Promise<CodeVersion> {
    const current = await scoped(ctx, CodeVersion).get(id);
    assertTransition(current.status, WITHDRAWN);
    return scoped(ctx, CodeVersion).update(
      current,
      { status: WITHDRAWN, withdrawnAt: new Date(), withdrawalReason: input.reason.trim() },
      { action: 'CodeVersion.withdrawn', ...expectedIn(input) },
    );
  }

  /** Moves the review date of the version in force. */
  static async scheduleReview(ctx: Context, id: string, input: ScheduleCodeReviewInput): Promise<CodeVersion> {
    const current = await scoped(ctx, CodeVersion).get(id);
    if (current.status !== PUBLISHED || !current.publishedAt) {
      throw BadUserInputError.field('id', `only the version in force (PUBLISHED) has a review date; this one is ${current.status}`);
    }
    const { timezone } = await OrganizationService.current(ctx);
    CodeVersionService.assertReviewAfterPublication(input.nextReviewDue, current.publishedAt, timezone, 'input.nextReviewDue');
    return scoped(ctx, CodeVersion).update(
      current,
      { nextReviewDue: input.nextReviewDue },
      { action: 'CodeVersion.reviewScheduled', ...expectedIn(input) },
    );
  }

  /**
   * Starts the next version of a code as a DRAFT copy of the version in force (or, when none is in
   * force, of the latest version): language, policy statement, internal notes, every promise with its
   * key, texts, owner, position and requirement links, and the translations of all of these. A code has at most one version in progress.
   */
  static async createDraft(ctx: Context, codeId: string): Promise<CodeVersion> {
    const code = await scoped(ctx, Code).get(codeId, 'codeId');
    const versions = scoped(ctx, CodeVersion);
    const inProgress = await versions.findOne({ codeId, status: In([...IN_PROGRESS_STATUSES]) });
    if (inProgress) {
      throw new ConflictError(`Code ${code.key} already has version ${inProgress.version} in ${inProgress.status}; finish or withdraw it first`, {
        field: 'codeId',
        codeVersionId: inProgress.id,
      });
    }
    const [latest] = await versions.find({ where: { codeId }, order: { version: 'DESC' }, take: 1 });
    const source = (await versions.findOne({ codeId, status: PUBLISHED })) ?? latest;
    const draft = await versions.insert(
      {
        codeId,
        version: latest.version + 1,
        status: DRAFT,
        language: source.language,
        policyStatement: source.policyStatement,
        internalNotes: source.internalNotes,
      },
      { action: 'CodeVersion.drafted' },
    );
    const promises = scoped(ctx, CodePromise);
    const originals = await promises.find({ where: { codeVersionId: source.id }, order: { position: 'ASC', key: 'ASC' } });
    const copies = new Map<string, string>();
    for (const original of originals) {
      const { key, title, text, rationale, ownerId, position, internalNotes } = original;
      const copy = await promises.insert(
        { codeVersionId: draft.id, codeId, key, title, text, rationale, ownerId, position, internalNotes },
        { action: 'CodePromise.copied' },
      );
      copies.set(original.id, copy.id);
    }
    const copied = await DraftCopies.copy(ctx, copies);
    const translations = await CodeTranslationService.copy(ctx, source.id, draft.id, copies);
    await versions.audit('CodeVersion.copied', draft.id, {
      copiedFromVersion: { to: source.version },
      promiseKeys: { to: originals.map((p) => p.key) },
      translations: { to: translations },
      ...copied,
    });
    return draft;
  }

  /**
   * The versions in force whose review falls due within `within` days from today in the
   * organisation's time zone, overdue ones included; soonest first.
   */
  static async dueForReview(ctx: Context, within: number): Promise<CodeVersion[]> {
    const { timezone } = await OrganizationService.current(ctx);
    const today = todayIn(timezone, new Date());
    return scoped(ctx, CodeVersion)
      .query('v')
      .andWhere('v.status = :published', { published: PUBLISHED })
      .andWhere('v.nextReviewDue <= CAST(:today AS date) + CAST(:within AS int)', { today, within })
      .orderBy('v.nextReviewDue', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .getMany();
  }

  private static assertReviewAfterPublication(nextReviewDue: string, publishedAt: Date, timezone: string, field: string): void {
    const publishedOn = todayIn(timezone, publishedAt);
    if (nextReviewDue <= publishedOn) throw BadUserInputError.field(field, `must be after the publication date ${publishedOn}`);
  }
}
