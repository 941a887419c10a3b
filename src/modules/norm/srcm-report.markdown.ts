import type { SrcmReport } from './srcm-report.types';

const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));
const row = (values: unknown[]) => `| ${values.map(cell).join(' | ')} |`;
const table = (head: string[], rows: unknown[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** The public part: principles and, per norm part, its level and whether it is met. */
export function srcmPublicMarkdown(report: SrcmReport): string {
  const { publicPart } = report;
  return [
    `# SRCM-verslag ${report.year} — openbaar deel`,
    '',
    '## Beginselen',
    '',
    ...publicPart.principles.map((p) => `- ${p}`),
    '',
    `## Normonderdelen (${publicPart.partsMet} van ${publicPart.partsTotal} voldaan)`,
    '',
    'Niveau 1 (Reactief) of geen beoordeling betekent: niet voldaan aan de SRCM-norm op dat onderdeel.',
    '',
    table(
      ['Onderdeel', 'Thema', 'Titel', 'Niveau', 'Vorig jaar', 'Voldaan'],
      publicPart.parts.map((p) => [p.ref, p.theme, p.title, p.level ? `${p.level.level} ${p.level.name}` : '—', p.previousLevel ?? '—', p.met ? 'ja' : 'nee']),
    ),
    '',
  ].join('\n');
}

/** The internal part: per norm part what the level rests on, the change, coverage, evidence and planned improvements. */
export function srcmInternalMarkdown(report: SrcmReport): string {
  return [
    `# SRCM-verslag ${report.year} — intern deel`,
    '',
    ...report.internalPart.flatMap((p) => [
      `## ${p.ref} ${p.title}`,
      '',
      `- Niveau: ${p.level ?? '—'} (vorig jaar ${p.previousLevel ?? '—'}, ${p.change})${p.assessedOn ? `, beoordeeld op ${p.assessedOn}` : ''}`,
      `- Onderbouwing: ${p.assessmentEvidence ?? '—'}`,
      `- Norm-eisen afgedekt: ${p.coveredCount} van ${p.requirementCount}`,
      `- Bewijs: ${p.evidence.length ? p.evidence.join('; ') : '—'}`,
      `- Geplande verbeteringen: ${p.plannedImprovements.length ? p.plannedImprovements.join('; ') : '—'}`,
      '',
    ]),
  ].join('\n');
}
