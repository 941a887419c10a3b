import { Field, Int, ObjectType } from 'type-graphql';

/** A level of the SRCM maturity model. */
@ObjectType({ description: 'A level of the SRCM maturity model (1–5); level 1 means the norm part is not met.' })
export class MaturityLevel {
  @Field(() => Int)
  level: number;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field({ description: 'Whether a part at this level meets the norm (every level but 1).' })
  meetsNorm: boolean;
}

/**
 * The SRCM maturity model: five growth levels per norm part. An organisation scoring no higher than
 * level 1 on a part does not meet the SRCM norm on that part.
 */
export const SRCM_MATURITY_LEVELS: readonly MaturityLevel[] = [
  { level: 1, name: 'Reactief', description: 'Geen aandacht voor het onderdeel; invulling hangt af van de (toevallige) inzet van een medewerker.', meetsNorm: false },
  { level: 2, name: 'Beheerst', description: 'Het onderdeel is belegd en wordt beheerst uitgevoerd.', meetsNorm: true },
  { level: 3, name: 'Gedefinieerd', description: 'De werkwijze is vastgelegd en organisatiebreed gedefinieerd.', meetsNorm: true },
  { level: 4, name: 'Gemanaged', description: 'De werkwijze wordt gemeten en bijgestuurd.', meetsNorm: true },
  { level: 5, name: 'Geoptimaliseerd', description: 'Gerichte innovatie en structurele samenwerking met derden.', meetsNorm: true },
];

/** The named level of a maturity score (1–5). */
export const maturityLevel = (level: number): MaturityLevel => SRCM_MATURITY_LEVELS[Math.min(Math.max(level, 1), 5) - 1];
