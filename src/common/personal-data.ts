const personal = new WeakMap<object, Set<string>>();

/**
 * Marks an entity property as personal data (GDPR): it never enters an audit event; the audit
 * trail records only that the field changed.
 */
export function PersonalData(): PropertyDecorator {
  return (target, property) => {
    const set = personal.get(target.constructor) ?? new Set<string>();
    set.add(String(property));
    personal.set(target.constructor, set);
  };
}

export function isPersonalData(entityClass: Function, property: string): boolean {
  for (let c: any = entityClass; c && c !== Object; c = Object.getPrototypeOf(c)) {
    if (personal.get(c)?.has(property)) return true;
  }
  return false;
}
