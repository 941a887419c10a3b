import type { Request, RequestHandler } from 'express';
import type { Context } from '../common/context';
import { currentUser } from '../common/context';
import { can, PERMISSIONS, type Permission } from '../common/permissions';
import { AppError, ErrorCode, ForbiddenError, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../common/errors';
import { databaseUnavailable, logDatabaseUnavailable, logMaskedError } from '../common/format-error';

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
};

/** A rendered report: its body, content type and download file name. */
export interface ReportFile {
  body: string;
  contentType: string;
  filename: string;
}

/**
 * A report download (`GET /reports/…`) with the same bearer token, permission and request context
 * as the GraphQL query it renders; errors answer JSON like the GraphQL endpoint: 401 without a
 * valid token, 403 for other roles, 400 / 404 naming the path parameter at fault, 503 while the
 * database is out of reach, 500 masked otherwise.
 */
export function reportDownload(
  route: string,
  permission: Permission,
  contextOf: (req: Request) => Promise<Context>,
  render: (ctx: Context, req: Request) => Promise<ReportFile>,
): RequestHandler {
  return async (req, res) => {
    try {
      const ctx = await contextOf(req);
      currentUser(ctx);
      if (!can(ctx, permission)) {
        throw new ForbiddenError(`This report needs one of the roles ${PERMISSIONS[permission].join(', ')}`, { requiredRoles: PERMISSIONS[permission] });
      }
      const file = await render(ctx, req);
      res
        .status(200)
        .set({ 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' })
        .send(file.body);
    } catch (error) {
      const unavailable = databaseUnavailable(error);
      if (unavailable) {
        logDatabaseUnavailable(req.log, unavailable, { route });
        res
          .status(503)
          .set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS))
          .json({ errors: [{ message: unavailable.message, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] });
        return;
      }
      const status = error instanceof AppError ? HTTP_STATUS[String(error.extensions.code)] : undefined;
      if (status) {
        const { http: _http, ...extensions } = (error as AppError).extensions;
        res.status(status).json({ errors: [{ message: (error as AppError).message, extensions }] });
        return;
      }
      logMaskedError(req.log, error, { route });
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    }
  };
}
