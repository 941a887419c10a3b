/** A cause → effect link between two KPIs, by id. */
export interface KpiEdge {
  causeId: string;
  effectId: string;
}

/**
 * The cycle that adding `cause → effect` to an acyclic graph would close, as the KPI ids along it
 * starting and ending with `cause` (`[cause, effect, …, cause]`), or null when the link keeps the
 * graph acyclic. A self-link is the cycle `[cause, cause]`. Breadth-first, so the cycle reported
 * is a shortest one.
 */
export function cycleClosedBy(edges: readonly KpiEdge[], cause: string, effect: string): string[] | null {
  if (cause === effect) return [cause, cause];
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.causeId, [...(next.get(e.causeId) ?? []), e.effectId]);
  const cameFrom = new Map<string, string>([[effect, '']]);
  const queue = [effect];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === cause) {
      const path = [at];
      for (let p = cameFrom.get(at)!; p; p = cameFrom.get(p)!) path.unshift(p);
      return [cause, ...path];
    }
    for (const to of next.get(at) ?? []) {
      if (!cameFrom.has(to)) {
        cameFrom.set(to, at);
        queue.push(to);
      }
    }
  }
  return null;
}
