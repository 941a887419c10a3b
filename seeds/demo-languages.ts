import type { EntityManager } from 'typeorm';
import { Organization } from '../src/common/organization.entity';
import { CodePromiseTranslation, CodeVersionTranslation } from '../src/modules/code/code-translation.entity';
import { CodeVersion } from '../src/modules/code/code-version.entity';
import { DEMO_ORG, demoId } from './demo-ids';
import { DEMO_CODE_ID, DEMO_VERSION_ID, demoPromiseId } from './demo-code';
import { insertRows, rowExists } from './demo-rows';

/** The demo organisation's languages: Dutch (its default), English, and Norwegian Bokmål for its Norwegian debtors. */
export const DEMO_LANGUAGES = ['nl', 'en', 'nb'];

interface CodeTexts {
  title: string;
  policyStatement: string;
  /** Title and text of each promise, by key. */
  promises: Record<string, [string, string]>;
}

/** The demo code's texts in English and Norwegian Bokmål (its own are Dutch, in demo-code.ts). */
export const DEMO_CODE_TRANSLATIONS: Record<'en' | 'nb', CodeTexts> = {
  en: {
    title: 'Our promises to debtors',
    policyStatement:
      'We collect debts with care: we treat every debtor with respect, work with you to find a solution you can manage, and keep these promises. ' +
      'Every year our management assesses whether we have kept them and what must improve.',
    promises: {
      P1: ['Confirmation of your complaint', 'We confirm every complaint in writing within 4 working days, with the name of the member of staff handling it.'],
      P2: ['A decision within 14 days', 'We deal with your complaint within 14 days and tell you in writing what we have decided and why.'],
      P3: [
        'A payment plan you can keep to',
        'We offer a payment plan you can keep to: we look at your income and fixed costs together with you before we agree on an instalment.',
      ],
      P4: ['Personal and respectful', 'We treat you with respect, deal with you personally and take your situation into account when choosing what steps to take.'],
      P5: ['Letters you can understand', 'Our letters are written in plain language (level B1) and always tell you how to reach us.'],
      P6: ['No unnecessary costs', 'We only charge costs that the law allows, and only after you have had a last chance to pay without them.'],
      P7: ['Help with debts', 'If we notice that you have more debts than you can manage, we refer you to debt advice and put the collection on hold where needed.'],
      P8: ['Easy to reach', 'You can reach us by phone on working days from 8.30 am to 5.30 pm, and we answer your email within 2 working days.'],
      P9: ['Careful with your data', 'We treat your personal data as confidential and share it only with those who have a legal right to it.'],
      P10: ['Looking into it before collecting', 'If you dispute the claim, we put the collection on hold until we have looked into your objection with our client.'],
    },
  },
  nb: {
    title: 'Våre løfter til skyldnere',
    policyStatement:
      'Vi driver inkasso med omtanke: vi behandler alle skyldnere med respekt, finner sammen med deg en løsning du kan klare, og holder disse løftene. ' +
      'Ledelsen vurderer hvert år om vi har holdt dem, og hva som må bli bedre.',
    promises: {
      P1: ['Bekreftelse på klagen din', 'Vi bekrefter hver klage skriftlig innen 4 virkedager, med navnet på medarbeideren som behandler klagen.'],
      P2: ['Svar innen 14 dager', 'Vi behandler klagen din innen 14 dager og gir deg skriftlig beskjed om hva vi har bestemt, og hvorfor.'],
      P3: [
        'En betalingsavtale du kan overholde',
        'Vi tilbyr en betalingsavtale du kan overholde: sammen med deg går vi gjennom inntektene og de faste utgiftene dine før vi avtaler et avdragsbeløp.',
      ],
      P4: ['Personlig og respektfullt', 'Vi behandler deg med respekt, tar personlig kontakt og tar hensyn til situasjonen din når vi velger hvilke tiltak vi setter i verk.'],
      P5: ['Brev du forstår', 'Brevene våre er skrevet i et enkelt og klart språk (nivå B1) og forteller alltid hvordan du når oss.'],
      P6: ['Ingen unødvendige kostnader', 'Vi krever bare kostnader som loven tillater, og først etter at du har fått en siste mulighet til å betale uten kostnader.'],
      P7: ['Hjelp med gjeld', 'Ser vi at du har mer gjeld enn du kan bære, viser vi deg vei til gjeldsrådgivning og stanser inkassoen ved behov.'],
      P8: ['Lett å nå', 'Du når oss på telefon på virkedager fra kl. 8.30 til 17.30, og vi svarer på e-posten din innen 2 virkedager.'],
      P9: ['Varsom med opplysningene dine', 'Vi behandler personopplysningene dine fortrolig og deler dem bare med dem som har rett til dem etter loven.'],
      P10: ['Først undersøke, så kreve inn', 'Bestrider du kravet, stanser vi inkassoen til vi har undersøkt innsigelsen din sammen med oppdragsgiveren vår.'],
    },
  },
};

/**
 * The demo's languages, loaded once (the English translation of the code in force marks it): the
 * organisation speaks nl, en and nb, and the code in force reads in all three. A demo from before
 * languages existed gets them on the next start.
 */
export async function seedDemoLanguages(manager: EntityManager): Promise<boolean> {
  const marker = demoId(`code-translation:${DEMO_VERSION_ID}:en`);
  if (await rowExists(manager, CodeVersionTranslation, marker)) return false;
  // Only on the demo's own code (a demo whose code an earlier release made keeps its texts).
  if (!(await manager.existsBy(CodeVersion, { id: DEMO_VERSION_ID, codeId: DEMO_CODE_ID }))) return false;
  await manager.update(Organization, { id: DEMO_ORG.id }, { languages: DEMO_LANGUAGES });
  const organizationId = DEMO_ORG.id;
  const languages = Object.keys(DEMO_CODE_TRANSLATIONS) as (keyof typeof DEMO_CODE_TRANSLATIONS)[];
  await insertRows(
    manager,
    CodeVersionTranslation,
    languages.map((language) => ({
      id: demoId(`code-translation:${DEMO_VERSION_ID}:${language}`),
      organizationId,
      codeVersionId: DEMO_VERSION_ID,
      language,
      title: DEMO_CODE_TRANSLATIONS[language].title,
      policyStatement: DEMO_CODE_TRANSLATIONS[language].policyStatement,
    })),
  );
  await insertRows(
    manager,
    CodePromiseTranslation,
    languages.flatMap((language) =>
      Object.entries(DEMO_CODE_TRANSLATIONS[language].promises).map(([key, [title, text]]) => ({
        id: demoId(`promise-translation:${demoPromiseId(key)}:${language}`),
        organizationId,
        promiseId: demoPromiseId(key),
        language,
        title,
        text,
      })),
    ),
  );
  return true;
}
