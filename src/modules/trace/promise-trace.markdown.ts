import type { PromiseTrace } from './promise-trace.types';

const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));
const row = (values: unknown[]) => `| ${values.map(cell).join(' | ')} |`;
const table = (head: string[], rows: unknown[][]) => (rows.length ? [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n') : '_None._');
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** The trace as a Markdown document (the download of `promiseTrace`): the same sections, tables a reviewer can read. */
export function promiseTraceMarkdown(trace: PromiseTrace): string {
  return [
    `# Promise ${trace.promiseKey} of code ${trace.codeKey}: ${trace.title}`,
    '',
    '## Versions',
    '',
    table(
      ['Version', 'Status', 'Published', 'Text changed', 'Title', 'Text', 'Change summary'],
      trace.versions.map((v) => [v.version, v.status, iso(v.publishedAt), v.textChanged ? 'yes' : 'no', v.title, v.text, v.changeSummary]),
    ),
    '',
    '## KPIs and measurements',
    '',
    table(
      ['KPI', 'Target', 'Threshold', 'Period', 'Value'],
      trace.kpis.flatMap((k) =>
        k.measurements.length
          ? k.measurements.map((m) => [k.name, k.target, k.threshold, `${m.periodStart} – ${m.periodEnd}`, m.value])
          : [[k.name, k.target, k.threshold, '', '']],
      ),
    ),
    '',
    '## Complaints per month',
    '',
    table(
      ['Month', 'Received', 'Upheld', 'Decided', 'Decided upheld', 'Overturned'],
      trace.complaintMonths.map((m) => [m.month, m.received, m.upheld, m.decided, m.decidedUpheld, m.overturned]),
    ),
    '',
    '## Corrective and preventive actions',
    '',
    table(
      ['Opened', 'Kind', 'Action', 'Status', 'Root cause', 'Due', 'Verified', 'Effective'],
      trace.actions.map((a) => [
        iso(a.createdAt),
        a.kind,
        a.title,
        a.status,
        a.rootCause,
        a.dueOn,
        a.verifiedOn,
        a.effective === null ? '' : a.effective ? 'yes' : 'no',
      ]),
    ),
    '',
    '## Management-review decisions',
    '',
    table(
      ['Year', 'Signed', 'Decision'],
      trace.reviews.flatMap((r) => (r.decisions.length ? r.decisions : ['(preventive action on this promise)']).map((d) => [r.year, iso(r.signedAt), d])),
    ),
    '',
    '## Norm requirements served',
    '',
    table(
      ['Requirement', 'Title', 'Via', 'Versions'],
      trace.evidence.map((e) => [e.requirementRef, e.requirementTitle, e.via, e.versions.join(', ')]),
    ),
    '',
    '## Timeline',
    '',
    table(
      ['When', 'What'],
      trace.timeline.map((e) => [e.at.toISOString().slice(0, 16).replace('T', ' '), e.summary]),
    ),
    '',
  ].join('\n');
}
