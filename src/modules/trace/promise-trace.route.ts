import type { Request, RequestHandler } from 'express';
import type { Context } from '../../common/context';
import { BadUserInputError } from '../../common/errors';
import { isUuid } from '../../common/tenancy';
import { reportDownload } from '../../http/report-download';
import { PROMISE_KEY } from '../code';
import { PromiseTraceService } from './promise-trace.service';
import { promiseTraceMarkdown } from './promise-trace.markdown';

/** `GET /reports/promise-trace/<codeId>/<promiseKey>.md`: the promise trace as Markdown, for the roles that read it in GraphQL. */
export function promiseTraceRoute(contextOf: (req: Request) => Promise<Context>): RequestHandler {
  return reportDownload('promise-trace.md', 'readManagement', contextOf, async (ctx, req) => {
    const codeId = String(req.params.codeId);
    const promiseKey = String(req.params.promiseKey);
    if (!isUuid(codeId)) throw BadUserInputError.field('codeId', 'must be the id of a code (a UUID)');
    if (!PROMISE_KEY.test(promiseKey)) throw BadUserInputError.field('promiseKey', 'must be a promise key, e.g. P3');
    const trace = await PromiseTraceService.trace(ctx, codeId, promiseKey);
    return {
      body: promiseTraceMarkdown(trace),
      contentType: 'text/markdown; charset=utf-8',
      filename: `promise-trace-${trace.codeKey}-${trace.promiseKey}.md`,
    };
  });
}
