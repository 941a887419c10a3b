import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { scoped } from '../src/common/tenancy';
import { Code } from '../src/modules/code/code.entity';
import { CodeService } from '../src/modules/code/code.service';
import { CodeVersionService } from '../src/modules/code/code-version.service';
import { CodePromiseService } from '../src/modules/code/code-promise.service';
import { NormMappingService } from '../src/modules/norm/norm-mapping.service';
import { DEMO_ORG, DEMO_USERS } from './demo-ids';
import { referenceId } from './norms';
import { asSeed } from './system-context';

const [management, quality, complaints] = DEMO_USERS;

const PROMISES: { key: string; title: string; text: string; owner: string; requirements: string[] }[] = [
  {
    key: 'P1',
    title: 'Bevestiging van uw klacht',
    text: 'Wij bevestigen iedere klacht binnen 4 werkdagen schriftelijk.',
    owner: complaints.id,
    requirements: ['COMPLAINTS-4.3', 'ISO10001-7.8'],
  },
  {
    key: 'P2',
    title: 'Afhandeling binnen 14 dagen',
    text: 'Wij handelen uw klacht binnen 14 dagen schriftelijk af.',
    owner: complaints.id,
    requirements: ['COMPLAINTS-4.4'],
  },
  {
    key: 'P3',
    title: 'Een regeling die u kunt nakomen',
    text: 'Wij bieden een betalingsregeling die past bij uw situatie, zodat u die duurzaam kunt nakomen.',
    owner: quality.id,
    requirements: ['SRCM-6.6.1', 'SRCM-6.6.2'],
  },
  {
    key: 'P4',
    title: 'Persoonlijk contact',
    text: 'Wij benaderen u persoonlijk en houden rekening met uw situatie bij de keuze van maatregelen.',
    owner: quality.id,
    requirements: ['SRCM-6.3.1'],
  },
  {
    key: 'P5',
    title: 'Begrijpelijke brieven',
    text: 'Onze brieven en berichten zijn helder en begrijpelijk.',
    owner: quality.id,
    requirements: ['SRCM-5.1.1', 'ISO10001-4.6'],
  },
];

/**
 * The demo organisation's published code "klantbeloften", with promises mapped to the seeded
 * norms, built through the same services as the API. Created once; later runs leave it alone.
 */
export async function seedDemoCode(dataSource: DataSource, logger: Logger): Promise<void> {
  const created = await asSeed(dataSource, logger, DEMO_ORG, async (ctx) => {
    if (await scoped(ctx, Code).findOne({ key: 'klantbeloften' })) return false;
    const code = await CodeService.create(ctx, {
      key: 'klantbeloften',
      title: 'Onze beloften aan klant-debiteuren',
      scope: 'Iedereen van wie wij een vordering incasseren',
      ownerId: management.id,
      policyStatement: 'Wij incasseren betrokken: wij behandelen iedere klant-debiteur met respect en zoeken samen naar een haalbare oplossing.',
    });
    const [draft] = await CodeService.versionsLoader(ctx).load(code.id);
    for (const promise of PROMISES) {
      const { id } = await CodePromiseService.create(ctx, { codeVersionId: draft.id, key: promise.key, title: promise.title, text: promise.text, ownerId: promise.owner });
      await NormMappingService.link(ctx, id, promise.requirements.map((ref) => referenceId(`requirement:${ref}`)));
    }
    await CodeVersionService.submit(ctx, draft.id);
    await CodeVersionService.approve(ctx, draft.id, {});
    await CodeVersionService.publish(ctx, draft.id, {});
    return true;
  });
  logger.info({ organization: DEMO_ORG.slug, code: 'klantbeloften', created }, 'demo code ready');
}
