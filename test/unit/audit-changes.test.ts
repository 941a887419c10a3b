import { auditChanges } from '../../src/common/audit-changes';
import { PersonalData } from '../../src/common/personal-data';

class Ticket {
  id: string;
  title: string;
  dueOn: Date | null;
  @PersonalData()
  reporterEmail: string | null;
  version: number;
  owner?: { id: string; name: string };
}

describe('auditChanges', () => {
  it('lists only changed fields as from/to, with dates as ISO strings', () => {
    const before = { id: '1', title: 'Old', dueOn: new Date('2026-01-01T00:00:00Z'), reporterEmail: null, version: 1 };
    const after = { id: '1', title: 'New', dueOn: new Date('2026-01-01T00:00:00Z'), reporterEmail: null, version: 2 };
    expect(auditChanges(Ticket, before, after)).toEqual({ title: { from: 'Old', to: 'New' } });
  });

  it('never copies personal data: it records only that the field changed', () => {
    const changes = auditChanges(Ticket, { reporterEmail: 'a@example.nl' }, { reporterEmail: 'b@example.nl' });
    expect(changes).toEqual({ reporterEmail: { redacted: true } });
    expect(JSON.stringify(changes)).not.toContain('example.nl');
  });

  it('describes a creation with `to` values only and a deletion with `from` values only', () => {
    expect(auditChanges(Ticket, null, { id: 'x', title: 'T' })).toEqual({ id: { to: 'x' }, title: { to: 'T' } });
    expect(auditChanges(Ticket, { id: 'x', title: 'T' }, null)).toEqual({ id: { from: 'x' }, title: { from: 'T' } });
  });

  it('ignores lock versions, timestamps and loaded relations', () => {
    const changes = auditChanges(
      Ticket,
      { version: 1, updatedAt: new Date(1), owner: { id: 'u1', name: 'A' } },
      { version: 2, updatedAt: new Date(2), owner: { id: 'u2', name: 'B' } },
    );
    expect(changes).toEqual({});
  });
});
