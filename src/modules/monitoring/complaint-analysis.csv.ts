import type { ComplaintAnalysis, ComplaintYearFigures } from './complaint-analysis.types';

type Value = number | string | null;

/** One line of the CSV: a figure of an item of a section, in the year and the year before. */
interface CsvRow {
  section: string;
  key: string;
  label: string;
  figure: string;
  current: Value;
  previous: Value;
}

/** An item of a breakdown in one year: how it is matched with the other year, and its figures. */
interface Item {
  key: string;
  label: string;
  figures: Record<string, Value>;
}

/** Every figure of the analysis as (section, key, label) items, in the order of the GraphQL type. */
const SECTIONS: [string, (f: ComplaintYearFigures) => Item[]][] = [
  ['totals', (f) => [{ key: '', label: '', figures: { ...f.totals } }]],
  [
    'category',
    (f) =>
      f.byCategory.map((r) => ({
        key: r.category,
        label: '',
        figures: { complaints: r.complaints, upheld: r.upheld },
      })),
  ],
  [
    'promise',
    (f) =>
      f.byPromise.map((r) => ({
        key: `${r.codeKey}/${r.promiseKey}`,
        label: r.promiseTitle,
        figures: { complaints: r.complaints, upheld: r.upheld },
      })),
  ],
  [
    'channel',
    (f) =>
      f.byChannel.map((r) => ({
        key: r.channel,
        label: '',
        figures: { complaints: r.complaints, upheld: r.upheld },
      })),
  ],
  [
    'month',
    (f) =>
      f.byMonth.map((r) => ({
        key: String(r.month),
        label: '',
        figures: { complaints: r.complaints, upheld: r.upheld },
      })),
  ],
  ['acknowledgementOnTime', (f) => [{ key: '', label: '', figures: { ...f.acknowledgement } }]],
  ['resolutionOnTime', (f) => [{ key: '', label: '', figures: { ...f.resolution } }]],
  ['acknowledgementTime', (f) => [{ key: '', label: '', figures: { ...f.acknowledgementTime } }]],
  ['resolutionTime', (f) => [{ key: '', label: '', figures: { ...f.resolutionTime } }]],
  [
    'outcome',
    (f) =>
      f.outcomes.map((r) => ({
        key: r.outcome ?? 'UNDECIDED',
        label: '',
        figures: { complaints: r.complaints },
      })),
  ],
  [
    'escalations',
    (f) => {
      const { outcomes: _outcomes, ...figures } = f.escalations;
      return [{ key: '', label: '', figures }];
    },
  ],
  [
    'escalationOutcome',
    (f) =>
      f.escalations.outcomes.map((r) => ({
        key: r.outcome ?? 'UNDECIDED',
        label: '',
        figures: { complaints: r.complaints },
      })),
  ],
  ['satisfaction', (f) => [{ key: '', label: '', figures: { ...f.satisfaction } }]],
  [
    'recurringRootCause',
    (f) =>
      f.recurringRootCauses.map((r) => ({
        key: r.rootCause.toLowerCase(),
        label: r.rootCause,
        figures: { actions: r.actions, promises: r.promiseKeys.join(' ') },
      })),
  ],
  [
    'action',
    (f) =>
      f.actions.map(({ kind, ...figures }) => ({
        key: kind,
        label: '',
        figures,
      })),
  ],
];

function rows(analysis: ComplaintAnalysis): CsvRow[] {
  const out: CsvRow[] = [];
  for (const [section, items] of SECTIONS) {
    const current = items(analysis);
    const previous = items(analysis.previousYear);
    // Items of either year, the current year's first; an item missing in a year has empty cells there.
    const keys = [...new Set([...current, ...previous].map((i) => i.key))];
    for (const key of keys) {
      const now = current.find((i) => i.key === key);
      const before = previous.find((i) => i.key === key);
      const item = (now ?? before)!;
      for (const figure of Object.keys(item.figures)) {
        out.push({
          section,
          key,
          label: item.label,
          figure,
          current: now?.figures[figure] ?? null,
          previous: before?.figures[figure] ?? null,
        });
      }
    }
  }
  // The satisfaction surveys of the year (no comparison: the previous year's cells stay empty).
  const surveys = analysis.customerSatisfaction;
  if (surveys) {
    const perceived = (f: { responses: number; averageScore: number | null; satisfiedShare: number | null; sufficient: boolean }) => ({
      responses: f.responses,
      averageScore: f.averageScore,
      satisfiedShare: f.satisfiedShare,
      sufficient: String(f.sufficient),
    });
    const items: [string, Item][] = [
      ...surveys.byPromise.map((p): [string, Item] => ['customerPerceived', { key: `${p.codeKey}/${p.promiseKey}`, label: p.promiseTitle, figures: perceived(p.customerPerceived) }]),
      ['customerSatisfaction', { key: '', label: '', figures: perceived(surveys.overall) }],
      ['surveyResponses', { key: '', label: '', figures: { ...surveys.responses } }],
    ];
    for (const [section, item] of items) {
      for (const [figure, current] of Object.entries(item.figures)) out.push({ section, key: item.key, label: item.label, figure, current, previous: null });
    }
  }
  return out;
}

/**
 * A text a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading
 * apostrophe, so a promise title or root cause can never run as one in the quality manager's
 * spreadsheet (CSV injection).
 */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** One field, quoted as RFC 4180 requires when it holds a comma, a double quote or a line break. */
function field(value: Value): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : inert(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The analysis as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed; UTF-8 with
 * a byte-order mark so spreadsheets read accented titles correctly). Long format, one figure a
 * line: `section,key,label,figure,<year>,<previous year>`, one section per breakdown. Rates are
 * fractions (0 to 1), times hours, an empty cell is a figure that does not apply.
 */
export function complaintAnalysisCsv(analysis: ComplaintAnalysis): string {
  const header = ['section', 'key', 'label', 'figure', String(analysis.year), String(analysis.previousYear.year)];
  const lines = [header, ...rows(analysis).map((r) => [r.section, r.key, r.label, r.figure, r.current, r.previous])];
  return `\uFEFF${lines.map((line) => line.map(field).join(',')).join('\r\n')}\r\n`;
}
