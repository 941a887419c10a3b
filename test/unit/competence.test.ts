import {
  CompetenceStatus,
  TrainingAssessment,
  authorisation,
  competenceStatus,
  competenceWindow,
  type BestRecord,
} from '../../src/modules/training/competence';

const window = competenceWindow('2026-03-10', 30); // horizon: 2026-04-09

describe('competence status', () => {
  it('spans the expiry window from today to today + N days, both included', () => {
    expect(window).toEqual({ today: '2026-03-10', horizon: '2026-04-09' });
    expect(competenceWindow('2026-12-20', 30).horizon).toBe('2027-01-19');
  });

  it.each([
    [null, CompetenceStatus.MISSING],
    [{ validUntil: null }, CompetenceStatus.VALID],
    [{ validUntil: '2026-03-09' }, CompetenceStatus.EXPIRED],
    [{ validUntil: '2026-03-10' }, CompetenceStatus.EXPIRING],
    [{ validUntil: '2026-04-09' }, CompetenceStatus.EXPIRING],
    [{ validUntil: '2026-04-10' }, CompetenceStatus.VALID],
  ])('best record %j is %s on 2026-03-10 with a 30-day window', (best, status) => {
    expect(competenceStatus(best as BestRecord | null, window)).toBe(status);
  });

  it('with a window of 0 days only the last valid day itself is EXPIRING', () => {
    const strict = competenceWindow('2026-03-10', 0);
    expect(competenceStatus({ validUntil: '2026-03-10' }, strict)).toBe(CompetenceStatus.EXPIRING);
    expect(competenceStatus({ validUntil: '2026-03-11' }, strict)).toBe(CompetenceStatus.VALID);
  });
});

describe('authorisation', () => {
  const passed = (validUntil: string | null = null): BestRecord => ({ validUntil });
  const all = new Map([
    [TrainingAssessment.KNOWLEDGE_TEST, passed()],
    [TrainingAssessment.ETHICS_TEST, passed()],
    [TrainingAssessment.PRACTICAL_TEST, passed()],
    [TrainingAssessment.ANNUAL_UPDATE, passed('2026-09-30')],
  ]);

  it('authorises with the three tests and a current annual update, until the update lapses', () => {
    const result = authorisation(all, window);
    expect(result.authorised).toBe(true);
    expect(result.authorisedUntil).toBe('2026-09-30');
    expect(result.missing).toEqual([]);
    expect(result.elements.map((e) => e.assessment)).toEqual(['KNOWLEDGE_TEST', 'ETHICS_TEST', 'PRACTICAL_TEST', 'ANNUAL_UPDATE']);
  });

  it('still authorises while the annual update is expiring, and shows it', () => {
    const result = authorisation(new Map([...all, [TrainingAssessment.ANNUAL_UPDATE, passed('2026-03-20')]]), window);
    expect(result.authorised).toBe(true);
    expect(result.elements[3].status).toBe(CompetenceStatus.EXPIRING);
  });

  it('lists what is missing or expired', () => {
    const partial = new Map([
      [TrainingAssessment.KNOWLEDGE_TEST, passed()],
      [TrainingAssessment.ANNUAL_UPDATE, passed('2026-03-09')],
    ]);
    const result = authorisation(partial, window);
    expect(result.authorised).toBe(false);
    expect(result.authorisedUntil).toBeNull();
    expect(result.missing).toEqual([
      { assessment: 'ETHICS_TEST', status: 'MISSING', validUntil: null },
      { assessment: 'PRACTICAL_TEST', status: 'MISSING', validUntil: null },
      { assessment: 'ANNUAL_UPDATE', status: 'EXPIRED', validUntil: '2026-03-09' },
    ]);
  });

  it('honours a last valid day stated on a test certificate', () => {
    const result = authorisation(new Map([...all, [TrainingAssessment.ETHICS_TEST, passed('2026-01-31')]]), window);
    expect(result.authorised).toBe(false);
    expect(result.missing).toEqual([{ assessment: 'ETHICS_TEST', status: 'EXPIRED', validUntil: '2026-01-31' }]);
  });
});
