import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { fieldSelects } from '../../common/field-selection';
import { Allowed } from '../../common/permissions';
import type { Context } from '../../common/context';
import { CodeStatus } from './code-status.types';
import { CodeStatusService } from './code-status.service';
import { ComplaintAnalysis, FIRST_YEAR, LAST_YEAR } from './complaint-analysis.types';
import { ComplaintAnalysisService } from './complaint-analysis.service';
import { DEFAULT_PERIOD_MONTHS, Period } from './reporting-period';
import { PromiseStatus } from './promise-status';
import { CodePromise } from '../code';

@Resolver()
export class MonitoringResolver {
  @Allowed('readCodes')
  @Query(() => CodeStatus, {
    description:
      'Whether the promises of the version in force are kept: KPIs, complaints, corrective actions and a status per promise, rolled up for the code.',
  })
  codeStatus(
    @Ctx() ctx: Context,
    @Arg('codeId', () => ID) codeId: string,
    @Arg('period', () => Period, {
      nullable: true,
      description: `Default: the last ${DEFAULT_PERIOD_MONTHS} months up to today.`,
    })
    period?: Period | null,
  ): Promise<CodeStatus> {
    return CodeStatusService.codeStatus(ctx, codeId, period);
  }

  @Allowed('readAnalysis')
  @Query(() => ComplaintAnalysis, {
    description:
      'The annual complaint analysis of a calendar year, with the previous year for comparison (also as CSV: GET /reports/complaint-analysis/<year>.csv).',
  })
  complaintAnalysis(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: `${FIRST_YEAR} to ${LAST_YEAR}.` })
    year: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ComplaintAnalysis> {
    // The survey figures are read only when asked for.
    return ComplaintAnalysisService.analysis(ctx, year, { customerSatisfaction: fieldSelects(info, 'customerSatisfaction') });
  }
}

@Resolver(() => CodePromise)
export class CodePromiseStatusResolver {
  @FieldResolver(() => PromiseStatus, {
    description: `Whether the promise (its lineage, in every version) is kept, over the last ${DEFAULT_PERIOD_MONTHS} months: the rule of codeStatus, which also gives the reasons and figures.`,
  })
  status(@Ctx() ctx: Context, @Root() promise: CodePromise): Promise<PromiseStatus> {
    return CodeStatusService.status(ctx, promise);
  }
}
