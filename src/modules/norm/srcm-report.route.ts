import type { Request, RequestHandler } from 'express';
import type { Context } from '../../common/context';
import { BadUserInputError } from '../../common/errors';
import { reportDownload } from '../../http/report-download';
import { SrcmReportService } from './srcm-report.service';
import { srcmInternalMarkdown, srcmPublicMarkdown } from './srcm-report.markdown';

/**
 * `GET /reports/srcm/<year>.md`: the yearly SRCM report as Markdown, the public part followed by
 * the internal part; `?part=public` gives the public part alone (to publish). Same roles as `srcmReport`.
 */
export function srcmReportRoute(contextOf: (req: Request) => Promise<Context>): RequestHandler {
  return reportDownload('srcm.md', 'readManagement', contextOf, async (ctx, req) => {
    const year = String(req.params.year);
    if (!/^\d{4}$/.test(year)) throw BadUserInputError.field('year', 'must be a four-digit year, e.g. /reports/srcm/2025.md');
    const part = req.query.part === undefined ? 'all' : String(req.query.part);
    if (!['all', 'public'].includes(part)) throw BadUserInputError.field('part', "must be 'public' (or left out for both parts)");
    const report = await SrcmReportService.report(ctx, Number(year));
    const body = part === 'public' ? srcmPublicMarkdown(report) : `${srcmPublicMarkdown(report)}\n${srcmInternalMarkdown(report)}`;
    return { body, contentType: 'text/markdown; charset=utf-8', filename: `srcm-${year}${part === 'public' ? '-public' : ''}.md` };
  });
}
