import type { Request, RequestHandler } from 'express';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { can, PERMISSIONS } from '../../common/permissions';
import { AppError, BadUserInputError, ErrorCode, ForbiddenError, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../../common/errors';
import { ComplaintAnalysisService } from './complaint-analysis.service';
import { complaintAnalysisCsv } from './complaint-analysis.csv';
import { databaseUnavailable, logDatabaseUnavailable, logMaskedError } from '../../common/format-error';

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * `GET /reports/complaint-analysis/<year>.csv`: the annual complaint analysis for a spreadsheet,
 * with the same bearer token, roles and figures as the `complaintAnalysis` query. `contextOf`
 * builds the request context exactly as for GraphQL. Errors answer JSON like the GraphQL
 * endpoint: 401 without a valid token, 403 for other roles, 400 for a year that is not one, 503
 * SERVICE_UNAVAILABLE while the database is out of reach.
 */
export function complaintAnalysisCsvRoute(contextOf: (req: Request) => Promise<Context>): RequestHandler {
  return async (req, res) => {
    try {
      const ctx = await contextOf(req);
      currentUser(ctx);
      if (!can(ctx, 'readAnalysis')) {
        throw new ForbiddenError(`The complaint analysis needs one of the roles ${PERMISSIONS.readAnalysis.join(', ')}`, {
          requiredRoles: PERMISSIONS.readAnalysis,
        });
      }
      const year = String(req.params.year);
      if (!/^\d{4}$/.test(year)) throw BadUserInputError.field('year', 'must be a four-digit year, e.g. /reports/complaint-analysis/2025.csv');
      const csv = complaintAnalysisCsv(await ComplaintAnalysisService.analysis(ctx, Number(year)));
      res
        .status(200)
        .set({
          'content-type': 'text/csv; charset=utf-8; header=present',
          'content-disposition': `attachment; filename="complaint-analysis-${year}.csv"`,
          'cache-control': 'no-store',
        })
        .send(csv);
    } catch (error) {
      const unavailable = databaseUnavailable(error);
      if (unavailable) {
        logDatabaseUnavailable(req.log, unavailable, {
          route: 'complaint-analysis.csv',
        });
        res
          .status(503)
          .set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS))
          .json({
            errors: [
              {
                message: unavailable.message,
                extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
              },
            ],
          });
        return;
      }
      const status = error instanceof AppError ? HTTP_STATUS[String(error.extensions.code)] : undefined;
      if (status) {
        const { http: _http, ...extensions } = (error as AppError).extensions;
        res.status(status).json({
          errors: [{ message: (error as AppError).message, extensions }],
        });
        return;
      }
      logMaskedError(req.log, error, { route: 'complaint-analysis.csv' });
      res.status(500).json({
        errors: [
          {
            message: 'Internal server error',
            extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
          },
        ],
      });
    }
  };
}
