import type DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { BadUserInputError } from '../../common/errors';
import { createOnce } from '../../common/idempotency';
import { connectionLoader, linkedNodes, paginate, type ConnectionArgs, type ConnectionResult, type PageArgs } from '../../common/pagination';
import { byIdLoader, scoped, expectedIn } from '../../common/tenancy';
import { UserService, type User } from '../user';
import { CorrectiveAction, CorrectiveActionKind } from '../corrective-action';
import { ComplaintAnalysisService } from '../monitoring';
import { ManagementReview, ManagementReviewStatus } from './management-review.entity';
import { ManagementReviewPreventiveAction } from './management-review-preventive-action.entity';
import { MANAGEMENT_REVIEW_LIFECYCLE, assertDraft } from './management-review.lifecycle';
import type { CreateManagementReviewInput, ManagementReviewsArgs, UpdateManagementReviewInput } from './management-review.dto';


const trimmedAll = (items: readonly string[]) => items.map((d) => d.trim());

/** The management-review module's loaders of a request (`ctx.loaders.managementReview`). */
export interface ManagementReviewLoaders {
  /** A page of the preventive actions decided in each review, earliest due first. */
  preventiveActions: (args: PageArgs) => DataLoader<string, ConnectionResult<CorrectiveAction>, string>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    managementReview: ManagementReviewLoaders;
  }
}

/** The module's loaders of a request, registered in its definition. */
export function managementReviewLoaders(ctx: Context): ManagementReviewLoaders {
  return {
    preventiveActions: connectionLoader({
      keyOf: (reviewId: string) => reviewId,
      direction: 'ASC',
      nodes: byIdLoader(ctx, CorrectiveAction),
      entity: CorrectiveAction,
      source: linkedNodes(ctx, ManagementReviewPreventiveAction, CorrectiveAction, { parent: 'managementReviewId', node: 'correctiveActionId', sort: 'dueOn' }),
    }),
  };
}

/**
 * Management reviews: created from a year's complaint analysis (kept as a snapshot), given
 * decisions and preventive actions while a DRAFT, signed by top management, and final once signed.
 */
export class ManagementReviewService {

  /** Reviews, latest year first. */
  static list(ctx: Context, args: ManagementReviewsArgs): Promise<ConnectionResult<ManagementReview>> {
    const qb = scoped(ctx, ManagementReview).query('r');
    if (args.year != null) qb.andWhere('r.year = :year', { year: args.year });
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    return paginate(qb, args, { column: 'r.year', property: 'year', direction: 'DESC' });
  }

  /** A DRAFT review of a year with that year's complaint analysis as it stands now (idempotent with a key). */
  static async create(ctx: Context, input: CreateManagementReviewInput): Promise<ManagementReview> {
    return createOnce(ctx, {
      operation: 'createManagementReview',
      input,
      storedAs: 'managementReviewId',
      run: async () => {
        const analysis = await ComplaintAnalysisService.analysis(ctx, input.year);
        const author = await UserService.me(ctx);
        return scoped(ctx, ManagementReview).insert({
          year: input.year,
          title: input.title?.trim() || `Management review ${input.year}`,
          status: ManagementReviewStatus.DRAFT,
          analysis,
          analysisTakenAt: new Date(),
          decisions: trimmedAll(input.decisions ?? []),
          createdById: author?.id ?? null,
        });
      },
      reload: (id) => scoped(ctx, ManagementReview).get(id),
    });
  }

  /** Changes the title or replaces the decisions of a DRAFT review. */
  static async update(ctx: Context, id: string, input: UpdateManagementReviewInput): Promise<ManagementReview> {
    const reviews = scoped(ctx, ManagementReview);
    const current = await reviews.get(id, 'id');
    assertDraft(current);
    const patch: Partial<ManagementReview> = {};
    if (input.title != null) patch.title = input.title.trim();
    if (input.decisions) patch.decisions = trimmedAll(input.decisions);
    return reviews.update(current, patch, expectedIn(input));
  }

  /** Takes the year's complaint analysis again, for a DRAFT prepared before complaints were corrected. */
  static async refreshAnalysis(ctx: Context, id: string, expectedVersion: number): Promise<ManagementReview> {
    const reviews = scoped(ctx, ManagementReview);
    const current = await reviews.get(id, 'id');
    assertDraft(current);
    const analysis = await ComplaintAnalysisService.analysis(ctx, current.year);
    return reviews.update(current, { analysis, analysisTakenAt: new Date() }, { expectedVersion, action: 'ManagementReview.analysisRefreshed' });
  }

  /**
   * Links a PREVENTIVE action decided in the review. The review's version moves on, so whoever
   * signs has seen it (a signature on an older version answers CONFLICT). Linking it again changes
   * nothing.
   */
  static async linkPreventiveAction(ctx: Context, reviewId: string, correctiveActionId: string, expectedVersion: number): Promise<ManagementReview> {
    const { review, action, linked } = await ManagementReviewService.linkContext(ctx, reviewId, correctiveActionId);
    if (action.kind !== CorrectiveActionKind.PREVENTIVE) {
      throw BadUserInputError.field('correctiveActionId', `is a ${action.kind} action; a management review links the PREVENTIVE actions it decided`);
    }
    if (linked.includes(action.id)) {
      ctx.unchanged = true;
      return review;
    }
    const links = scoped(ctx, ManagementReviewPreventiveAction);
    await links.repository.insert({ organizationId: links.organizationId, managementReviewId: review.id, correctiveActionId: action.id });
    return scoped(ctx, ManagementReview).update(review, {}, {
      expectedVersion,
      action: 'ManagementReview.preventiveActionLinked',
      changes: { preventiveActionIds: { from: linked, to: [...linked, action.id].sort() } },
    });
  }

  /** Removes a preventive action from a DRAFT review (the action itself stays). */
  static async unlinkPreventiveAction(ctx: Context, reviewId: string, correctiveActionId: string, expectedVersion: number): Promise<ManagementReview> {
    const { review, action, linked } = await ManagementReviewService.linkContext(ctx, reviewId, correctiveActionId);
    if (!linked.includes(action.id)) throw BadUserInputError.field('correctiveActionId', 'is not linked to this management review');
    await scoped(ctx, ManagementReviewPreventiveAction).repository.delete({ organizationId: review.organizationId, managementReviewId: review.id, correctiveActionId: action.id });
    return scoped(ctx, ManagementReview).update(review, {}, {
      expectedVersion,
      action: 'ManagementReview.preventiveActionUnlinked',
      changes: { preventiveActionIds: { from: linked, to: linked.filter((id) => id !== action.id) } },
    });
  }

  /** DRAFT → SIGNED by top management: the review is final from then on. It needs at least one decision. */
  static async sign(ctx: Context, id: string, expectedVersion: number): Promise<ManagementReview> {
    const reviews = scoped(ctx, ManagementReview);
    const current = await reviews.get(id, 'id');
    MANAGEMENT_REVIEW_LIFECYCLE.assert(current.status, ManagementReviewStatus.SIGNED);
    if (current.decisions.length === 0) throw BadUserInputError.field('decisions', 'record at least one decision before signing the review');
    const signer = await UserService.me(ctx);
    return reviews.update(
      current,
      { status: ManagementReviewStatus.SIGNED, signedById: signer?.id ?? null, signedAt: new Date() },
      { expectedVersion, action: 'ManagementReview.signed' },
    );
  }

  /** A page of the preventive actions decided in a review, earliest due first (batched over the reviews of a request). */
  static preventiveActions(ctx: Context, review: ManagementReview, args: ConnectionArgs): Promise<ConnectionResult<CorrectiveAction>> {
    return ctx.loaders.managementReview.preventiveActions(args).load(review.id);
  }

  static user(ctx: Context, id: string | null): Promise<User | null> | null {
    return id ? UserService.loader(ctx).load(id) : null;
  }

  /** The DRAFT review, the action (both NOT_FOUND naming their argument) and the ids linked now, sorted. */
  private static async linkContext(ctx: Context, reviewId: string, correctiveActionId: string) {
    const review = await scoped(ctx, ManagementReview).get(reviewId, 'reviewId');
    assertDraft(review);
    const action = await scoped(ctx, CorrectiveAction).get(correctiveActionId, 'correctiveActionId');
    const links = await scoped(ctx, ManagementReviewPreventiveAction).find({ where: { managementReviewId: review.id } });
    return { review, action, linked: links.map((l) => l.correctiveActionId).sort() };
  }
}
