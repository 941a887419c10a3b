/** What the organisation commits (ISO 10001: sufficient resources to develop and maintain the code). */
export enum ResourceKind {
  PEOPLE = 'PEOPLE',
  BUDGET = 'BUDGET',
  SYSTEM = 'SYSTEM',
  TRAINING = 'TRAINING',
  TIME = 'TIME',
  OTHER = 'OTHER',
}

export enum ResourceUnit {
  FTE = 'FTE',
  PERSONS = 'PERSONS',
  HOURS = 'HOURS',
  DAYS = 'DAYS',
  EUR = 'EUR',
  NOK = 'NOK',
  LICENCES = 'LICENCES',
  ITEMS = 'ITEMS',
}

const MONEY = [ResourceUnit.EUR, ResourceUnit.NOK];

/** The units a kind of resource can be counted in; OTHER takes any. */
export const UNITS_BY_KIND: Record<ResourceKind, readonly ResourceUnit[]> = {
  [ResourceKind.PEOPLE]: [ResourceUnit.FTE, ResourceUnit.PERSONS, ResourceUnit.HOURS],
  [ResourceKind.BUDGET]: MONEY,
  [ResourceKind.SYSTEM]: [ResourceUnit.LICENCES, ResourceUnit.ITEMS, ...MONEY],
  [ResourceKind.TRAINING]: [ResourceUnit.HOURS, ResourceUnit.DAYS, ResourceUnit.PERSONS, ...MONEY],
  [ResourceKind.TIME]: [ResourceUnit.HOURS, ResourceUnit.DAYS, ResourceUnit.FTE],
  [ResourceKind.OTHER]: Object.values(ResourceUnit),
};

export function fitsKind(kind: ResourceKind, unit: ResourceUnit): boolean {
  return UNITS_BY_KIND[kind].includes(unit);
}
