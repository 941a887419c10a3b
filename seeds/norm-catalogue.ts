import { NormRequirementKind } from '../src/modules/norm/norm-requirement.entity';

/**
 * The requirement catalogues, built from the reference texts in `shared/reference/` (kept in their
 * own language). Refs are fixed: the seed derives each row's id from its ref, so never renumber a
 * ref that is in use; add new nodes with new refs instead.
 */
export interface CatalogueNode {
  ref: string;
  /**
   * The name the row's fixed id is derived from when it is not `ref`: a node renumbered after it
   * was first seeded keeps its id (and every link to it) under its first ref.
   */
  idRef?: string;
  kind: NormRequirementKind;
  title: string;
  objective?: string;
  children?: CatalogueNode[];
}

export interface CatalogueFramework {
  key: string;
  title: string;
  description: string;
  language: string;
  nodes: CatalogueNode[];
}

const { SECTION, NORM_PART, REQUIREMENT, PRINCIPLE } = NormRequirementKind;

const section = (ref: string, title: string, objective: string | undefined, children: CatalogueNode[]): CatalogueNode => ({
  ref,
  kind: SECTION,
  title,
  objective,
  children,
});

/** Leaves numbered `<section ref>.1`, `.2`, … in the order given: [title, text]. */
const requirements = (parentRef: string, items: [string, string][]): CatalogueNode[] =>
  items.map(([title, objective], i) => ({ ref: `${parentRef}.${i + 1}`, kind: REQUIREMENT, title, objective }));

/**
 * An SRCM norm part with its objective and one requirement node per norm requirement it counts.
 * The norm's requirement texts are not public, so each requirement is titled by part and number.
 */
const srcmPart = (ref: string, title: string, objective: string, requirementCount: number): CatalogueNode => ({
  ref,
  kind: NORM_PART,
  title,
  objective,
  children: Array.from({ length: requirementCount }, (_, i) => ({ ref: `${ref}.${i + 1}`, kind: REQUIREMENT, title: `${title} — norm-eis ${i + 1}` })),
});

/** A requirement numbered as the standard's clause, its id from `idRef` when it was seeded under another ref. */
const clause = (ref: string, title: string, objective: string, idRef?: string): CatalogueNode => ({ ref, idRef, kind: REQUIREMENT, title, objective });

/**
 * Numbered as the clauses of ISO 10001 (4 Guiding principles 4.2–4.9, 5 Code framework 5.1–5.2,
 * 6 Planning, design and development 6.1–6.8, 8 Maintenance and improvement 8.1–8.5); clause 7
 * (Implementation) has no subclauses in the standard, so its items are numbered 7.1–7.8 by this
 * catalogue. Nodes first seeded under the catalogue's own numbering keep their ids (`idRef`); the
 * migration `Iso10001ClauseNumbers` renumbered them in place.
 */
export const ISO_10001: CatalogueFramework = {
  key: 'ISO10001',
  title: 'ISO 10001 — Gedragscodes voor klanttevredenheid',
  description:
    'Richtlijn voor gedragscodes voor klanttevredenheid: beloftes die een organisatie doet over haar gedrag, en de voorzorgsmaatregelen ' +
    'die daarbij horen. Leidende principes (hoofdstuk 4) en de hoofdstukken 5 tot en met 8 (kader, planning, ontwerp en ontwikkeling, ' +
    'implementatie, onderhouden en verbeteren), naar de samenvatting in de referentieteksten. Genummerd naar de paragrafen van de norm ' +
    '(4.2 Betrokkenheid tot en met 4.9 Continue verbetering, 5.1–5.2, 6.1–6.8, 8.1–8.5); hoofdstuk 7 heeft in de norm geen paragrafen, ' +
    'de punten 7.1 tot en met 7.8 zijn die van deze catalogus.',
  language: 'nl',
  nodes: [
    section('ISO10001-4', 'Leidende principes', undefined, [
      clause('ISO10001-4.2', 'Betrokkenheid', 'De organisatie is actief geëngageerd om een gedragscode op te stellen en zich te houden aan de beloftes die ze hierin doet.', 'ISO10001-4.1'),
      clause('ISO10001-4.3', 'Middelen', 'De organisatie stelt voldoende middelen beschikbaar voor het opstellen en in stand houden van de code.', 'ISO10001-4.2'),
      clause('ISO10001-4.4', 'Zichtbaarheid', 'De organisatie zorgt voor goede zichtbaarheid van de code bij klanten, medewerkers en andere relevante stakeholders.', 'ISO10001-4.3'),
      clause('ISO10001-4.5', 'Beschikbaarheid', 'De organisatie zorgt ervoor dat de code beschikbaar is voor klanten, medewerkers en andere relevante stakeholders.', 'ISO10001-4.4'),
      clause('ISO10001-4.6', 'Aansluiting bij de klant', 'De organisatie zorgt ervoor dat de code tegemoet komt aan de behoeften, wensen en verwachtingen van klanten.', 'ISO10001-4.5'),
      clause(
        'ISO10001-4.7',
        'Juistheid',
        'De organisatie zorgt voor informatie over de code die accuraat is, niet misleidend, verifieerbaar en in overeenstemming met relevante wet- en regelgeving.',
        'ISO10001-4.6',
      ),
      clause('ISO10001-4.8', 'Verantwoording', 'De organisatie zorgt voor verantwoording en rapportage over acties en besluiten met betrekking tot de code.', 'ISO10001-4.7'),
      clause('ISO10001-4.9', 'Continue verbetering', 'De organisatie zorgt voor continue verbetering van de code.', 'ISO10001-4.8'),
    ]),
    section('ISO10001-5', 'Kader van de gedragscode', 'De organisatie dient actief gecommitteerd te zijn aan de code. Het topmanagement zorgt daarbij voor een expliciet code-beleid.', [
      clause(
        'ISO10001-5.1',
        'Vaststelling: commitment en code-beleid',
        'De organisatie dient actief gecommitteerd te zijn aan de code. Het topmanagement zorgt voor een expliciet code-beleid.',
      ),
      clause(
        'ISO10001-5.2',
        'Integratie met managementsystemen',
        'De code is gebaseerd op en geïntegreerd met kwaliteitsmanagementsystemen en andere managementsystemen in de organisatie.',
        'ISO10001-5.3',
      ),
    ]),
    section(
      'ISO10001-6',
      'Planning, ontwerp en ontwikkeling',
      'De organisatie stelt de doelen en kpi’s vast die door de code moeten worden gehaald, welke middelen hiervoor beschikbaar moeten zijn en welke activiteiten dienen te worden ingezet.',
      [
        clause('ISO10001-6.1', 'Doelen van de code', 'De organisatie stelt de doelen vast die door de code moeten worden gehaald.'),
        clause('ISO10001-6.2', 'Informatie verzamelen en beoordelen', 'De organisatie verzamelt en beoordeelt de benodigde informatie.', 'ISO10001-6.2@clauses'),
        clause('ISO10001-6.3', 'Inbreng van stakeholders', 'De organisatie verzamelt en beoordeelt de input van de relevante stakeholders.'),
        clause('ISO10001-6.4', 'Ontwikkelen van de code', 'De organisatie ontwikkelt de code: de beloftes aan klanten.'),
        clause('ISO10001-6.5', 'Prestatie-indicatoren (kpi’s)', 'De organisatie stelt de kpi’s vast waarmee wordt gemeten of de code wordt gehaald.', 'ISO10001-6.5@clauses'),
        clause('ISO10001-6.6', 'Procedures', 'De organisatie stelt de procedures vast die nodig zijn om de code na te komen.', 'ISO10001-6.5'),
        clause('ISO10001-6.7', 'Communicatieplan', 'De organisatie stelt een communicatieplan voor de code op.', 'ISO10001-6.6'),
        clause('ISO10001-6.8', 'Middelen', 'De organisatie stelt vast welke middelen beschikbaar moeten zijn om de doelen van de code te halen.', 'ISO10001-6.2'),
      ],
    ),
    section(
      'ISO10001-7',
      'Implementatie',
      'Voor effectieve implementatie ligt de nadruk op goede afspraken over de communicatie van codes, het nakomen van beloftes, het zo snel mogelijk uitvoeren van corrigerende maatregelen en oplossingen, en het monitoren van de performance.',
      requirements('ISO10001-7', [
        ['Communicatie van de code', 'Er zijn goede afspraken over de communicatie van de code.'],
        ['Nakomen van beloftes', 'Er zijn goede afspraken over het nakomen van de beloftes.'],
        ['Corrigerende maatregelen', 'Corrigerende maatregelen en oplossingen worden zo snel mogelijk uitgevoerd.'],
        ['Monitoren van de performance', 'De performance van de code wordt gemonitord.'],
        ['Registratie van middelen', 'De organisatie registreert welke middelen in verband met de code zijn ingezet.'],
        ['Registratie van trainingen', 'De organisatie registreert welke trainingen in verband met de code zijn gegeven.'],
        ['Registratie van communicatieplannen', 'De organisatie registreert welke communicatieplannen er zijn.'],
        ['Registratie van klachtbehandeling', 'De organisatie registreert hoe klachten worden behandeld.'],
      ]),
    ),
    section('ISO10001-8', 'Onderhouden en verbeteren', 'Om de code up to date en relevant te houden, dient deze regelmatig te worden gecheckt.', [
      clause('ISO10001-8.1', 'Verzamelen van informatie', 'Monitoring vindt plaats door evaluaties van inlossing van beloftes richting klanten.', 'ISO10001-8.4'),
      clause('ISO10001-8.2', 'Evaluatie van de prestaties van de code', 'Monitoring vindt plaats door checks op doelen en kpi’s.'),
      clause('ISO10001-8.3', 'Tevredenheid met de code', 'Monitoring vindt plaats door onderzoek naar klantentevredenheid en klachtenbehandeling.'),
      clause('ISO10001-8.4', 'Beoordeling van de code en het kader', 'Om de code up to date en relevant te houden, dient deze regelmatig te worden gecheckt.', 'ISO10001-8.1'),
      clause(
        'ISO10001-8.5',
        'Continue verbetering',
        'Analyse helpt bij de identificatie van incidentele en systematische fouten en bij het verhelpen van onderliggende oorzaken.',
      ),
    ]),
  ],
};

export const SRCM: CatalogueFramework = {
  key: 'SRCM',
  title: 'SRCM-norm — Sociaal verantwoord credit management',
  description:
    'Normonderdelen van de SRCM Norm, per thema, met hun doelstelling en het aantal norm-eisen waarin die is uitgewerkt. De volledige norm ' +
    'met alle normeisen en toelichtingen is niet openbaar; de norm-eisen heten hier naar normonderdeel en nummer. Elk normonderdeel wordt ' +
    'beoordeeld op volwassenheidsniveau 1 tot en met 5.',
  language: 'nl',
  nodes: [
    {
      ref: 'SRCM-B',
      kind: PRINCIPLE,
      title: 'Beginselen',
      objective: 'De norm start vanuit vier beginselen: leidende principes voor alle normen en norm-eisen, in de uitwerking daarvan te herkennen.',
      children: [
        { ref: 'SRCM-B.1', kind: PRINCIPLE, title: 'Openheid & transparantie' },
        { ref: 'SRCM-B.2', kind: PRINCIPLE, title: 'Gepaste zorgvuldigheid' },
        { ref: 'SRCM-B.3', kind: PRINCIPLE, title: 'Social & Responsible Credit Management' },
        { ref: 'SRCM-B.4', kind: PRINCIPLE, title: 'Afleggen van verantwoording' },
      ],
    },
    section('SRCM-1', 'Werkgeverschap', undefined, [
      srcmPart('SRCM-1.1', 'Zorg voor medewerkers', 'De organisatie streeft naar duurzame arbeidsrelaties met een marktconforme beloning, inspraak van medewerkers, biedt haar medewerkers perspectief op ontplooiing en draagt zorg voor een aantrekkelijke, gezonde en veilige werkomgeving.', 6),
      srcmPart('SRCM-1.2', 'Diversiteit en bieden van kansen', 'De organisatie streeft naar diversiteit in medewerkers, stimuleert het onderling begrip voor verschillende achtergronden en creëert kansen voor mensen uit kwetsbare groepen.', 3),
    ]),
    section('SRCM-2', 'Partnerschap', undefined, [
      srcmPart('SRCM-2.1', 'Maatschappelijke kaart', 'De organisatie is zich bewust van het belang en haar rol in actieve doorverwijzing naar maatschappelijke organisaties en hulpverlening en spant zich in om aan deze rol invulling te geven.', 2),
      srcmPart('SRCM-2.2', 'Inkoop- en samenwerkingsrelaties', 'De organisatie behandelt haar inkoop- en samenwerkingsrelaties op basis van gelijkwaardigheid en weegt maatschappelijke verantwoordelijkheid mee in haar inkoopbeslissingen.', 2),
      srcmPart('SRCM-2.3', 'Uitbesteding', 'De organisatie is zorgvuldig ten aanzien van de effecten van uitbesteding van werkzaamheden, zowel met betrekking tot de uitbestedingspartners als met betrekking tot de betrokkenen die door deze uitbesteding worden getroffen, met klant-debiteuren in het bijzonder.', 2),
    ]),
    section('SRCM-3', 'Nabuurschap', undefined, [
      srcmPart('SRCM-3.1', 'Ondersteuning', 'De organisatie wil een goede buur zijn voor de gemeenschap en zet zich in voor leefbaarheid en sociaal-maatschappelijke ontwikkeling.', 3),
      srcmPart('SRCM-3.2', 'Voorlichting', 'De organisatie neemt verantwoordelijkheid in het kweken van inzicht in en verdiepen van kennis over schulden en incassoprocessen in de breedste zin van het woord.', 2),
    ]),
    section('SRCM-4', 'Vergroening', undefined, [
      srcmPart('SRCM-4.1', 'Milieu', 'De organisatie heeft een programma om gebruik van energie en materialen te minimaliseren en waar mogelijk te betrekken van hernieuwbare bronnen.', 4),
    ]),
    section('SRCM-5', 'Communicatie', undefined, [
      srcmPart('SRCM-5.1', 'Communicatie', 'De organisatie richt haar communicatie in op een wijze waarbij er zoveel mogelijk zekerheid is dat deze door de ontvanger wordt begrepen en tegelijkertijd het juridisch belang van de opdrachtgever wordt geborgd.', 3),
      srcmPart('SRCM-5.2', 'Bescherming van de privacy', 'De organisatie respecteert de persoonlijke levenssfeer van de klant-debiteur en beschermt de privacy.', 1),
    ]),
    section('SRCM-6', 'Credit Management', undefined, [
      srcmPart('SRCM-6.1', 'Klantafspraken', 'De organisatie stimuleert de opdrachtgever om mede invulling te geven aan maatschappelijk verantwoord incasseren.', 4),
      srcmPart('SRCM-6.2', 'Regie', 'De organisatie neemt de rol op zich van regisseur van het incassoproces.', 2),
      srcmPart('SRCM-6.3', 'Maatwerk en respect voor de klant-debiteur', 'De organisatie benadert de klant-debiteur op persoonlijke wijze, neemt een positieve houding aan en weegt de situatie van de klant-debiteur mee in de volgorde en zwaarte van maatregelen.', 6),
      srcmPart('SRCM-6.4', 'Perspectief', 'De organisatie richt haar handelen altijd zo in dat zowel de opdrachtgever als de klant-debiteur perspectief hebben op aflossing van de schuld.', 6),
      srcmPart('SRCM-6.5', 'Proportionaliteit', 'De organisatie draagt zorg voor een goede balans tussen het effect van een maatregel en het kostenverhogende of bezwarende effect daarvan.', 4),
      srcmPart('SRCM-6.6', 'Regelingen', 'De organisatie stimuleert het treffen van betalingsregelingen en richt regelingen in samenspraak met de klant-debiteur in op een wijze dat deze de regeling duurzaam zal kunnen nakomen en de vordering van de opdrachtgever tegelijkertijd afdoende wordt afgelost.', 4),
      srcmPart('SRCM-6.7', 'Nazorg', 'De organisatie communiceert bij het afsluiten van de incassoprocedure met de klant-debiteur over het gevolgde traject en benoemt mogelijke vervolgstappen.', 2),
      srcmPart('SRCM-6.8', 'Coulance', 'De organisatie begrijpt dat het maken van fouten mogelijk is en benadert incidentele fouten van de klant-debiteur in het nakomen van afspraken en doen van opgaven als een gebeurtenis zonder opzet.', 2),
    ]),
    section('SRCM-7', 'Vakmanschap', undefined, [
      srcmPart('SRCM-7.1', 'Vakmanschap', 'Medewerkers die betrokken zijn bij het incassoproces beschikken over de competenties en het inlevingsvermogen om activiteiten, beoordelingen en besluiten uit te kunnen voeren conform de uitgangspunten van de organisatie inclusief de SRCM-norm.', 2),
    ]),
    section('SRCM-8', 'Goed bestuur', undefined, [
      srcmPart('SRCM-8.1', 'Leiderschap', 'Het management van de organisatie is herkenbaar actief op maatschappelijk verantwoord ondernemen en stimuleert hierin ook haar netwerkpartners.', 5),
      srcmPart('SRCM-8.2', 'Maatschappelijke prestaties', 'De organisatie meet en rapporteert op haar maatschappelijke prestaties.', 3),
    ]),
  ],
};

export const COMPLAINTS_PROCEDURE: CatalogueFramework = {
  key: 'COMPLAINTS',
  title: 'Klachtenregeling',
  description:
    'De klachtenregeling van een incassobureau: registratie en classificatie, bevestiging binnen vier werkdagen, afhandeling binnen ' +
    'veertien dagen, jaarlijkse analyse en preventieve actie. Doel: het op zorgvuldige en effectieve wijze registreren en afhandelen van ' +
    'klachten, het wegnemen van de oorzaken, en het nemen van adequate maatregelen ter voorkoming van herhaling.',
  language: 'nl',
  nodes: [
    section('COMPLAINTS-1', 'Doelstellingen', 'Het op zorgvuldige en effectieve wijze registreren en afhandelen van klachten, het wegnemen van de oorzaken, en het nemen van adequate maatregelen ter voorkoming van herhaling.', requirements('COMPLAINTS-1', [
      ['Afhandeling binnen redelijke termijn', 'Het vastleggen van een procedure om klachten van belanghebbende(n) binnen redelijke termijn op een constructieve wijze af te handelen.'],
      ['Oorzaken vaststellen', 'Het vastleggen van een procedure om de oorzaken van klachten van debiteuren en cliënten vast te stellen.'],
      ['Relaties behouden en verbeteren', 'Behoud en verbetering van bestaande relaties door middel van goede klachtenbehandeling.'],
      ['Medewerkers trainen', 'Het trainen van medewerkers in cliëntgericht reageren op uitingen van ongenoegen respectievelijk klachten.'],
      ['Kwaliteitsverbetering door analyse', 'Kwaliteitsverbetering van de dienstverlening door middel van klachtenanalyse.'],
    ])),
    section('COMPLAINTS-2', 'De interne klachtenprocedure', undefined, requirements('COMPLAINTS-2', [
      ['Incassomedewerker in kennis stellen', 'Wanneer een belanghebbende op enigerlei wijze het kantoor benadert met een klacht dan dient de betrokken incassomedewerker daarvan in kennis te worden gesteld.'],
      ['Samen tot een oplossing komen', 'De betrokken klachtenfunctionaris tracht samen met de belanghebbende(n) tot een oplossing te komen.'],
      ['Behoorlijke behandeling', 'De betrokken klachtenfunctionaris draagt zorg voor een behoorlijke behandeling van de klacht met inachtneming van de onderhavige klachtenregeling.'],
      ['Geheimhouding', 'Geheimhouding dient onder alle omstandigheden te zijn gewaarborgd.'],
      ['Beslissing meedelen', 'De beslissing op de klacht wordt aan de belanghebbende(n) medegedeeld.'],
      ['Geschillencommissie', 'Wanneer in het contact met de belanghebbende(n) de klacht niet tot tevredenheid wordt afgehandeld kan de vermeende klacht door de belanghebbende(n) worden voorgelegd aan de Geschillencommissie.'],
    ])),
    section('COMPLAINTS-3', 'Registratie en classificatie van de klacht', undefined, requirements('COMPLAINTS-3', [
      ['Registratie', 'Alle klachten worden geregistreerd volgens het digitale klachtenregistratieformulier.'],
      ['Registratie en classificatie door de kwaliteitsmanager', 'De kwaliteitsmanager registreert en classificeert de klacht.'],
      ['Classificatie naar aard', 'De klacht wordt geclassificeerd naar aard van de klacht: werkwijze van/bejegening door de incassomedewerker; juridisch-inhoudelijke aspecten van de dienstverlening; financiële aspecten van de dienstverlening; uitvoering in het algemeen.'],
      ['Meerdere klassen', 'Een klacht kan in meerdere klassen worden ingedeeld.'],
    ])),
    section('COMPLAINTS-4', 'Verantwoordelijkheden', undefined, requirements('COMPLAINTS-4', [
      ['Behandeling en afhandeling', 'De behandelend klachtenfunctionaris is verantwoordelijk voor de behandeling en afhandeling van de klachten.'],
      ['Volledig registratieformulier', 'De medewerker die de klacht in ontvangst heeft genomen is verantwoordelijk voor een volledige invulling van het klachtenregistratieformulier.'],
      ['Bevestiging binnen vier werkdagen', 'Ontvangst van de klacht dient binnen vier werkdagen schriftelijk door het kantoor te zijn bevestigd.'],
      ['Afhandeling binnen veertien dagen', 'De klacht dient binnen veertien dagen schriftelijk door het kantoor te zijn afgehandeld.'],
      ['Reactie naar de klager', 'De behandelend klachtenfunctionaris zorgt voor een reactie naar de klager.'],
    ])),
    section('COMPLAINTS-5', 'Analyse van de klachten', undefined, requirements('COMPLAINTS-5', [
      ['Formulieren verzamelen', 'De klachtenregistratieformulieren worden na afhandeling van de klacht verzameld bij de kwaliteitsmanager.'],
      ['Verslag in kantooroverleg', 'Voor zover dat opportuun is doet de kwaliteitsmanager tijdens regulier kantooroverleg verslag van de afhandeling van klachten.'],
      ['Jaarlijkse analyse', 'De kwaliteitsmanager verwerkt de gegevens en maakt jaarlijks een analyse.'],
      ['Aanbevelingen', 'De kwaliteitsmanager doet aanbevelingen ter voorkoming van nieuwe klachten, alsmede ter verbetering van procedures.'],
    ])),
    section('COMPLAINTS-6', 'Intern bespreken', undefined, requirements('COMPLAINTS-6', [
      ['Jaarlijkse bespreking', 'Eenmaal per jaar worden de klachtengegevens op basis van een analyse tijdens kantooroverleg besproken.'],
      ['Verbetermaatregelen plannen', 'Maatregelen ter verbetering worden voorbereid en gepland.'],
      ['Voorbereiding door de kwaliteitsmanager', 'De kwaliteitsmanager is verantwoordelijk voor het voorbereiden van deze vergadering en het maken van een analyse.'],
    ])),
    section('COMPLAINTS-7', 'Preventieve actie', undefined, requirements('COMPLAINTS-7', [
      ['Besluit van de directie', 'Op grond van de jaarlijkse analyse van de kwaliteitsmanager beslist de directie over de te nemen preventieve maatregelen ter verbetering van de kwaliteit van de dienstverlening.'],
      ['Presentatie in kantooroverleg', 'De te nemen maatregelen worden gezamenlijk met de analyse gepresenteerd tijdens periodiek gehouden kantooroverleg.'],
    ])),
  ],
};

export const FINAUT_AUTHORISATION: CatalogueFramework = {
  key: 'FINAUT',
  title: 'FinAut — autorisasjonsordning for inkasso',
  description:
    'Autorisasjonsordningen for rådgivere som jobber med håndtering av inkassosaker i dialog med sluttkunder (under utvikling). ' +
    'Krav til autorisasjon skal sikre en helhetlig basiskompetanse med fagkompetanse, kommunikasjon og etikk, med krav til yrkesrelevant ' +
    'praksis og årlig oppdatering.',
  language: 'no',
  nodes: [
    section('FINAUT-1', 'Krav til autorisasjon', 'Krav til autorisasjon skal sikre en helhetlig basiskompetanse med fagkompetanse, kommunikasjon og etikk. I tillegg er det krav til yrkesrelevant praksis og årlig oppdatering.', requirements('FINAUT-1', [
      ['Fagkompetanse', 'Rådgiveren har den fagkunnskapen fagplanen for inkasso spesifiserer, både innhold, omfang og nivå.'],
      ['Kommunikasjon', 'Rådgiveren mestrer kommunikasjon med sluttkunder i inkassosaker.'],
      ['Etikk', 'Rådgiveren mestrer etikk og God skikk for inkasso.'],
      ['Yrkesrelevant praksis', 'Rådgiveren har yrkesrelevant praksis.'],
      ['Årlig oppdatering', 'Den autoriserte gjennomfører årlig oppdatering.'],
    ])),
    section('FINAUT-2', 'Prøver', undefined, requirements('FINAUT-2', [
      ['Kunnskapsprøve', 'Kunnskapsprøven dokumenterer det teoretiske grunnlaget for den enkelte autorisasjonsordning. Kandidatene må vise at de har nødvendig fagkunnskap, og må bestå kunnskapsprøven i fagområdet inkasso.'],
      ['Etikkprøve', 'Etikkprøven gjennomføres i et digitalt simuleringsprogram og er utviklet med utgangspunkt i det etiske verktøyet Navigasjonshjulet og dilemmahåndtering.'],
      ['Praktisk prøve', 'I praktisk prøve skal kandidatene vise at de mestrer rådgivning med fagkunnskap, kommunikasjon og God skikk for inkasso i praksis.'],
    ])),
    section('FINAUT-3', 'Bedriftens ansvar', undefined, requirements('FINAUT-3', [
      ['Opplæringsløp', 'Utvelgelse av kandidater, planlegging og gjennomføring av opplæringsløp, nødvendig opplæring, læremateriell og kurs er bedriftenes ansvar.'],
      ['Medlemskap i FinAut', 'Inkassoselskapet søker om medlemskap i FinAut (forenklet medlemsavtale for medlemmer av Finans Norge).'],
    ])),
    section('FINAUT-4', 'Roller og rutiner i bedriften', undefined, requirements('FINAUT-4', [
      ['Kandidater', 'Bedriften kartlegger hvilke ansatte som skal autoriseres.'],
      ['Kontaktperson ledelse og avtale', 'Bedriften beslutter hvem i ledelsen som skal være ansvarlig for medlemsavtalen med FinAut.'],
      ['Bedriftsansvarlig', 'Bedriften beslutter hvem som skal administrere kandidater for autorisasjon i inkasso.'],
      ['Complianceansvarlig', 'Bedriften beslutter hvem som skal sikre etterlevelse av FinAuts regelverk.'],
      ['Kontaktperson læring', 'Bedriften beslutter hvem som skal være kontaktperson for opplæring for alle ansatte.'],
      ['Interne rutiner', 'Bedriften vurderer om alle interne rutiner for etterlevelse av FinAuts regelverk er på plass og supplerer eventuelt med nye.'],
    ])),
  ],
};

/** Every catalogue, in display order. */
export const NORM_CATALOGUE: readonly CatalogueFramework[] = [ISO_10001, SRCM, COMPLAINTS_PROCEDURE, FINAUT_AUTHORISATION];
