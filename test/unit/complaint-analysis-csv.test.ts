import { complaintAnalysisCsv } from '../../src/modules/monitoring/complaint-analysis.csv';
import type { ComplaintAnalysis, ComplaintYearFigures } from '../../src/modules/monitoring/complaint-analysis.types';
import { ComplaintCategory, ComplaintChannel, ComplaintOutcome } from '../../src/modules/complaint/complaint.entity';
import { CorrectiveActionKind } from '../../src/modules/corrective-action/corrective-action.entity';

/** A year without complaints or actions. */
function emptyYear(year: number): ComplaintYearFigures {
  const rate = { rated: 0, onTime: 0, rate: null };
  const time = { measured: 0, medianHours: null, p90Hours: null };
  return {
    year,
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    totals: { received: 0, resolved: 0, unresolved: 0, overdue: 0, upheld: 0, partiallyUpheld: 0, unclassified: 0, withoutPromise: 0 },
    byCategory: Object.values(ComplaintCategory).map((category) => ({ category, complaints: 0, upheld: 0 })),
    byPromise: [],
    byChannel: Object.values(ComplaintChannel).map((channel) => ({ channel, complaints: 0, upheld: 0 })),
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, complaints: 0, upheld: 0 })),
    acknowledgement: rate,
    resolution: rate,
    acknowledgementTime: time,
    resolutionTime: time,
    outcomes: [...Object.values(ComplaintOutcome).map((outcome) => ({ outcome, complaints: 0 })), { outcome: null, complaints: 0 }],
    escalations: { escalated: 0, pending: 0, decided: 0, binding: 0, overturned: 0, outcomes: Object.values(ComplaintOutcome).map((outcome) => ({ outcome, complaints: 0 })) },
    satisfaction: { rated: 0, average: null },
    recurringRootCauses: [],
    actions: Object.values(CorrectiveActionKind).map((kind) => ({
      kind,
      opened: 0,
      open: 0,
      overdue: 0,
      awaitingCheck: 0,
      verifiedEffective: 0,
      notEffective: 0,
      cancelled: 0,
      effectivenessRate: null,
    })),
  };
}

const promise = (promiseKey: string, promiseTitle: string, complaints: number) => ({ codeId: 'c1', codeKey: 'klantbeloften', promiseKey, promiseTitle, complaints, upheld: 0 });

function analysis(change: (current: ComplaintYearFigures, previous: ComplaintYearFigures) => void): ComplaintAnalysis {
  const current = emptyYear(2025);
  const previous = emptyYear(2024);
  change(current, previous);
  return { ...current, previousYear: previous, changes: [] };
}

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('complaint analysis as CSV', () => {
  it('starts with a byte-order mark and a header naming both years, and ends every line with CRLF', () => {
    const csv = complaintAnalysisCsv(analysis(() => undefined));
    expect(csv.startsWith('\uFEFFsection,key,label,figure,2025,2024\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    const csv = complaintAnalysisCsv(analysis((year) => year.byPromise.push(promise('P2', 'Afhandeling, "snel"\nen netjes', 3))));
    expect(csv).toContain('\r\npromise,klantbeloften/P2,"Afhandeling, ""snel""\nen netjes",complaints,3,\r\n');
  });

  it('keeps a title or root cause from running as a spreadsheet formula', () => {
    const csv = complaintAnalysisCsv(
      analysis((year) => {
        year.byPromise.push(promise('P1', '=HYPERLINK("http://example.com")', 1));
        year.recurringRootCauses.push({ rootCause: '@SUM(A1)', actions: 2, promiseKeys: ['P1'] });
      }),
    );
    expect(csv).toContain(`promise,klantbeloften/P1,"'=HYPERLINK(""http://example.com"")",complaints,1,`);
    expect(csv).toContain(`recurringRootCause,'@sum(a1),'@SUM(A1),actions,2,`);
  });

  it('lists an item of either year, with empty cells in the year it does not appear in', () => {
    const csv = complaintAnalysisCsv(
      analysis((year, before) => {
        year.byPromise.push(promise('P1', 'Bevestiging', 2));
        before.byPromise.push(promise('P3', 'Regeling', 4));
      }),
    );
    const promises = lines(csv).filter((l) => l.startsWith('promise,'));
    expect(promises).toEqual([
      'promise,klantbeloften/P1,Bevestiging,complaints,2,',
      'promise,klantbeloften/P1,Bevestiging,upheld,0,',
      'promise,klantbeloften/P3,Regeling,complaints,,4',
      'promise,klantbeloften/P3,Regeling,upheld,,0',
    ]);
  });

  it('writes figures that do not apply as empty cells and undecided outcomes as UNDECIDED', () => {
    const csv = lines(complaintAnalysisCsv(analysis(() => undefined)));
    expect(csv).toContain('resolutionOnTime,,,rate,,');
    expect(csv).toContain('outcome,UNDECIDED,,complaints,0,0');
  });
});
