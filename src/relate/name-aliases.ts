/**
 * Short and long names of one country or body ("US" and "United States",
 * "UK" and "Britain"): a list of reasons names each once. The table holds the
 * names news uses most; matching keys (entities.ts) are left as they are, so
 * stored features and the candidate index do not change with it.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['united states', 'united states of america', 'us', 'u.s', 'u.s.', 'usa', 'u.s.a', 'u.s.a.', 'america'],
  ['united kingdom', 'uk', 'u.k', 'u.k.', 'britain', 'great britain'],
  ['united nations', 'un', 'u.n', 'u.n.'],
  ['european union', 'eu', 'e.u', 'e.u.'],
  ['united arab emirates', 'uae', 'u.a.e', 'u.a.e.'],
  ['soviet union', 'ussr', 'u.s.s.r', 'u.s.s.r.'],
  ['democratic republic of the congo', 'drc', 'dr congo'],
  ['republican party', 'gop', 'republican', 'republicans'],
];

const GROUP_OF = new Map<string, number>(GROUPS.flatMap((names, i) => names.map((n) => [n, i] as const)));

/** One key for every name of the same country or body, else the name's own key. */
export function aliasKey(key: string): string {
  const group = GROUP_OF.get(key.toLowerCase());
  return group === undefined ? key : `alias:${group}`;
}

/** Every name of the country or body a name key belongs to (itself included), or none when it is in no group. */
export function aliasesOf(key: string): readonly string[] {
  const group = GROUP_OF.get(key.toLowerCase());
  return group === undefined ? [] : GROUPS[group]!;
}
