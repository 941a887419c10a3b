import { registerEnumType } from 'type-graphql';

/** What a member of an organisation may do (DESIGN §1). */
export enum Role {
  TOP_MANAGEMENT = 'TOP_MANAGEMENT',
  QUALITY_MANAGER = 'QUALITY_MANAGER',
  COMPLAINT_OFFICER = 'COMPLAINT_OFFICER',
  STAFF = 'STAFF',
  AUDITOR = 'AUDITOR',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a member of an organisation may do.',
  valuesConfig: {
    TOP_MANAGEMENT: { description: 'Approves and publishes code versions, decides preventive actions, signs the management review.' },
    QUALITY_MANAGER: { description: 'Drafts codes and promises, defines KPIs, maps norms, runs the annual complaint analysis.' },
    COMPLAINT_OFFICER: { description: 'Registers, handles and resolves complaints; opens corrective actions.' },
    STAFF: { description: 'Reads codes; manages their own training records.' },
    AUDITOR: { description: 'Reads everything except complainants\' personal data.' },
  },
});

export const ALL_ROLES = Object.values(Role);
