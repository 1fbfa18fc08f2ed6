import { describe, expect, it } from 'vitest';
import { Keyword, Theme } from './taxonomy.schema.js';
import { findByLabel, labelsFor, sortByLabel } from './taxonomy.rules.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const keywords = [
  Keyword.parse({ id: id(1), slug: 'zeggenschap', label: 'zeggenschap', version: 1 }),
  Keyword.parse({ id: id(2), slug: 'buurtbewoners', label: 'Buurtbewoners', version: 1 }),
  Keyword.parse({ id: id(3), slug: 'behandelaars', label: 'Behandelaars', version: 1 }),
];
const themes = [Theme.parse({ id: id(10), slug: 'open-deuren', label: 'Open deuren', version: 1 })];

describe('taxonomy', () => {
  it('sorts labels the Dutch way, ignoring case', () => {
    expect(sortByLabel(keywords).map((k) => k.label)).toEqual([
      'Behandelaars',
      'Buurtbewoners',
      'zeggenschap',
    ]);
  });
  it('finds a keyword by a loosely typed label', () => {
    expect(findByLabel(keywords, ' buurtbewoners ')?.id).toBe(id(2));
    expect(findByLabel(keywords, 'Winkeliers')).toBeUndefined();
  });
  it('looks up labels in id order, skipping unknown ids', () => {
    expect(labelsFor([...themes, ...keywords], [id(10), id(99), id(3)])).toEqual([
      'Open deuren',
      'Behandelaars',
    ]);
  });
  it('refuses an invalid slug with a Dutch message', () => {
    expect(
      Theme.safeParse({ id: id(11), slug: 'Open Deuren', label: 'x' }).error?.issues[0]?.message,
    ).toMatch(/kleine letters/);
  });
});
