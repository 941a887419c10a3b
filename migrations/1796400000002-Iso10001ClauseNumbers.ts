import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Numbers the ISO 10001 catalogue as the standard's clauses, keeping every row's id and so every
 * link to it (promise links, evidence, maturity assessments):
 *
 * - the eight guiding principles 4.1–4.8 become 4.2–4.9 (the standard's 4.1 is "General");
 * - 5.1 "Commitment" and 5.2 "Code policy" are both the standard's 5.1 (establishing the code):
 *   5.2's links and evidence move to 5.1 and the node goes; 5.3 "Integration" becomes 5.2;
 * - 6.2 "Resources" becomes 6.8, 6.5 "Procedures" 6.6, 6.6 "Communication plan" 6.7 (the seed adds
 *   the standard's 6.2 "Gather and assess information" and 6.5 "Performance indicators");
 * - 8.1 "Regular review" and 8.4 "Evaluation of keeping promises" swap (8.4 is the review).
 *
 * On a database without the catalogue (a new one, before the seed) it changes nothing.
 */
export class Iso10001ClauseNumbers1796400000002 implements MigrationInterface {
  name = 'Iso10001ClauseNumbers1796400000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const id = (ref: string) => `(SELECT id FROM norm_requirement WHERE ref = '${ref}')`;
    // 5.2 joins 5.1: its promise links and evidence move (a second not-applicable decision is dropped).
    await queryRunner.query(
      `INSERT INTO promise_requirement (organization_id, promise_id, requirement_id)
       SELECT organization_id, promise_id, ${id('ISO10001-5.1')} FROM promise_requirement WHERE requirement_id = ${id('ISO10001-5.2')}
       ON CONFLICT (promise_id, requirement_id) DO NOTHING`,
    );
    await queryRunner.query(`DELETE FROM promise_requirement WHERE requirement_id = ${id('ISO10001-5.2')}`);
    await queryRunner.query(
      `UPDATE requirement_evidence e SET requirement_id = ${id('ISO10001-5.1')}
       WHERE e.requirement_id = ${id('ISO10001-5.2')}
         AND NOT (e.kind = 'NOT_APPLICABLE' AND EXISTS (SELECT 1 FROM requirement_evidence n
           WHERE n.organization_id = e.organization_id AND n.kind = 'NOT_APPLICABLE' AND n.requirement_id = ${id('ISO10001-5.1')}))`,
    );
    await queryRunner.query(`DELETE FROM requirement_evidence WHERE requirement_id = ${id('ISO10001-5.2')}`);
    await queryRunner.query(`DELETE FROM norm_requirement WHERE ref = 'ISO10001-5.2'`);
    await renumber(queryRunner, UP);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The clauses the seed added (6.2 and 6.5 of the standard) go first, with their links and evidence.
    const added = `(SELECT id FROM norm_requirement WHERE ref IN ('ISO10001-6.2', 'ISO10001-6.5'))`;
    await queryRunner.query(`DELETE FROM promise_requirement WHERE requirement_id IN ${added}`);
    await queryRunner.query(`DELETE FROM requirement_evidence WHERE requirement_id IN ${added}`);
    await queryRunner.query(`DELETE FROM norm_requirement WHERE id IN ${added}`);
    await renumber(
      queryRunner,
      UP.map(([from, to]) => [to, from, ...DOWN_TEXTS[from]]),
    );
    await queryRunner.query(
      `INSERT INTO norm_requirement (id, framework_id, parent_id, ref, kind, title, objective, position)
       SELECT 'c97ef01f-a95d-5913-ab39-aef2f4b08453', framework_id, id, 'ISO10001-5.2', 'REQUIREMENT', 'Code-beleid van het topmanagement',
         'Het topmanagement zorgt voor een expliciet code-beleid.', 1
       FROM norm_requirement WHERE ref = 'ISO10001-5'`,
    );
  }
}

type Renumbering = [from: string, to: string, title: string, objective: string, position: number];

/** Renumbers through a temporary ref, so no two rows ever share a ref. */
async function renumber(queryRunner: QueryRunner, rows: Renumbering[]): Promise<void> {
  const values = rows.map((_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}::int)`).join(', ');
  const params = rows.flat();
  await queryRunner.query(
    `UPDATE norm_requirement n SET ref = n.ref || '~' FROM (VALUES ${values}) v(old_ref, new_ref, title, objective, position) WHERE n.ref = v.old_ref`,
    params,
  );
  await queryRunner.query(
    `UPDATE norm_requirement n SET ref = v.new_ref, title = v.title, objective = v.objective, position = v.position
     FROM (VALUES ${values}) v(old_ref, new_ref, title, objective, position) WHERE n.ref = v.old_ref || '~'`,
    params,
  );
}

const UP: Renumbering[] = [
  [
    'ISO10001-4.1',
    'ISO10001-4.2',
    'Betrokkenheid',
    'De organisatie is actief geëngageerd om een gedragscode op te stellen en zich te houden aan de beloftes die ze hierin doet.',
    0,
  ],
  ['ISO10001-4.2', 'ISO10001-4.3', 'Middelen', 'De organisatie stelt voldoende middelen beschikbaar voor het opstellen en in stand houden van de code.', 1],
  [
    'ISO10001-4.3',
    'ISO10001-4.4',
    'Zichtbaarheid',
    'De organisatie zorgt voor goede zichtbaarheid van de code bij klanten, medewerkers en andere relevante stakeholders.',
    2,
  ],
  [
    'ISO10001-4.4',
    'ISO10001-4.5',
    'Beschikbaarheid',
    'De organisatie zorgt ervoor dat de code beschikbaar is voor klanten, medewerkers en andere relevante stakeholders.',
    3,
  ],
  [
    'ISO10001-4.5',
    'ISO10001-4.6',
    'Aansluiting bij de klant',
    'De organisatie zorgt ervoor dat de code tegemoet komt aan de behoeften, wensen en verwachtingen van klanten.',
    4,
  ],
  [
    'ISO10001-4.6',
    'ISO10001-4.7',
    'Juistheid',
    'De organisatie zorgt voor informatie over de code die accuraat is, niet misleidend, verifieerbaar en in overeenstemming met relevante wet- en regelgeving.',
    5,
  ],
  [
    'ISO10001-4.7',
    'ISO10001-4.8',
    'Verantwoording',
    'De organisatie zorgt voor verantwoording en rapportage over acties en besluiten met betrekking tot de code.',
    6,
  ],
  ['ISO10001-4.8', 'ISO10001-4.9', 'Continue verbetering', 'De organisatie zorgt voor continue verbetering van de code.', 7],
  [
    'ISO10001-5.1',
    'ISO10001-5.1',
    'Vaststelling: commitment en code-beleid',
    'De organisatie dient actief gecommitteerd te zijn aan de code. Het topmanagement zorgt voor een expliciet code-beleid.',
    0,
  ],
  [
    'ISO10001-5.3',
    'ISO10001-5.2',
    'Integratie met managementsystemen',
    'De code is gebaseerd op en geïntegreerd met kwaliteitsmanagementsystemen en andere managementsystemen in de organisatie.',
    1,
  ],
  ['ISO10001-6.1', 'ISO10001-6.1', 'Doelen van de code', 'De organisatie stelt de doelen vast die door de code moeten worden gehaald.', 0],
  ['ISO10001-6.3', 'ISO10001-6.3', 'Inbreng van stakeholders', 'De organisatie verzamelt en beoordeelt de input van de relevante stakeholders.', 2],
  ['ISO10001-6.4', 'ISO10001-6.4', 'Ontwikkelen van de code', 'De organisatie ontwikkelt de code: de beloftes aan klanten.', 3],
  ['ISO10001-6.5', 'ISO10001-6.6', 'Procedures', 'De organisatie stelt de procedures vast die nodig zijn om de code na te komen.', 5],
  ['ISO10001-6.6', 'ISO10001-6.7', 'Communicatieplan', 'De organisatie stelt een communicatieplan voor de code op.', 6],
  ['ISO10001-6.2', 'ISO10001-6.8', 'Middelen', 'De organisatie stelt vast welke middelen beschikbaar moeten zijn om de doelen van de code te halen.', 7],
  ['ISO10001-8.4', 'ISO10001-8.1', 'Verzamelen van informatie', 'Monitoring vindt plaats door evaluaties van inlossing van beloftes richting klanten.', 0],
  ['ISO10001-8.2', 'ISO10001-8.2', 'Evaluatie van de prestaties van de code', 'Monitoring vindt plaats door checks op doelen en kpi’s.', 1],
  ['ISO10001-8.3', 'ISO10001-8.3', 'Tevredenheid met de code', 'Monitoring vindt plaats door onderzoek naar klantentevredenheid en klachtenbehandeling.', 2],
  [
    'ISO10001-8.1',
    'ISO10001-8.4',
    'Beoordeling van de code en het kader',
    'Om de code up to date en relevant te houden, dient deze regelmatig te worden gecheckt.',
    3,
  ],
  [
    'ISO10001-8.5',
    'ISO10001-8.5',
    'Continue verbetering',
    'Analyse helpt bij de identificatie van incidentele en systematische fouten en bij het verhelpen van onderliggende oorzaken.',
    4,
  ],
];

/** The titles, objectives and positions before, by old ref (for `down`). */
const DOWN_TEXTS: Record<string, [string, string, number]> = {
  'ISO10001-4.1': [UP[0][2], UP[0][3], 0],
  'ISO10001-4.2': [UP[1][2], UP[1][3], 1],
  'ISO10001-4.3': [UP[2][2], UP[2][3], 2],
  'ISO10001-4.4': [UP[3][2], UP[3][3], 3],
  'ISO10001-4.5': [UP[4][2], UP[4][3], 4],
  'ISO10001-4.6': [UP[5][2], UP[5][3], 5],
  'ISO10001-4.7': [UP[6][2], UP[6][3], 6],
  'ISO10001-4.8': [UP[7][2], UP[7][3], 7],
  'ISO10001-5.1': ['Commitment van de organisatie', 'De organisatie dient actief gecommitteerd te zijn aan de code.', 0],
  'ISO10001-5.3': [UP[9][2], UP[9][3], 2],
  'ISO10001-6.1': ['Doelen en kpi’s', 'De organisatie stelt de doelen en kpi’s vast die door de code moeten worden gehaald.', 0],
  'ISO10001-6.3': ['Informatie en inbreng van stakeholders', 'De organisatie verzamelt de benodigde informatie en de input van de relevante stakeholders.', 2],
  'ISO10001-6.4': [UP[12][2], UP[12][3], 3],
  'ISO10001-6.5': [UP[13][2], UP[13][3], 4],
  'ISO10001-6.6': [UP[14][2], UP[14][3], 5],
  'ISO10001-6.2': [UP[15][2], UP[15][3], 1],
  'ISO10001-8.4': ['Evaluatie van het nakomen van beloftes', UP[16][3], 3],
  'ISO10001-8.2': ['Controle van doelen en kpi’s', UP[17][3], 1],
  'ISO10001-8.3': ['Onderzoek naar klanttevredenheid en klachtenbehandeling', UP[18][3], 2],
  'ISO10001-8.1': ['Regelmatige controle van de code', UP[19][3], 0],
  'ISO10001-8.5': ['Analyse van fouten en oorzaken', UP[20][3], 4],
};
