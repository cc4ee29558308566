import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectInventory } from '../../../shared/scopes/collect-inventory.js';
import { readTree } from '../../support/read-tree.js';

/**
 * The held-out evaluation set (holdout/files, labels in holdout/labels.json):
 * connector files kept apart from the fixtures, labelled by hand from the vendor
 * pages before the extractors were run on them. The bar: at least 95% of
 * the labelled scopes found, at least 95% of those with the right access class,
 * and no scope reported where there is none.
 */
const HOLDOUT = join(fileURLToPath(new URL('.', import.meta.url)), 'holdout');

interface Label {
  path: string;
  line: number;
  provider: string;
  scope: string;
  access: 'read' | 'write' | 'admin';
}

describe('scopes hold-out set', () => {
  it('finds >= 95% of the scopes, >= 95% with the right access class, and invents none', async () => {
    const { labels } = JSON.parse(readFileSync(join(HOLDOUT, 'labels.json'), 'utf8')) as { labels: Label[] };
    const files = readTree(join(HOLDOUT, 'files'));
    const inventory = await collectInventory(files, [...files.keys()].sort());
    const key = (path: string, line: number, scope: string): string => `${path}:${line}:${scope}`;
    const found = new Map(inventory.entries.map((e) => [key(e.path, e.line, e.scope), e]));
    const labelled = new Set(labels.map((l) => key(l.path, l.line, l.scope)));

    const missed = labels.filter((l) => !found.has(key(l.path, l.line, l.scope)));
    const hits = labels.filter((l) => found.has(key(l.path, l.line, l.scope)));
    const wrongAccess = hits.filter((l) => found.get(key(l.path, l.line, l.scope))?.access !== l.access);
    const wrongProvider = hits.filter((l) => found.get(key(l.path, l.line, l.scope))?.provider !== l.provider);
    const invented = inventory.entries.filter((e) => !labelled.has(key(e.path, e.line, e.scope)));

    const recall = hits.length / labels.length;
    const accessAccuracy = (hits.length - wrongAccess.length) / Math.max(1, hits.length);
    // Printed so a run shows the figures, not only pass/fail.
    console.log(
      `scopes hold-out: ${labels.length} labelled, recall ${(recall * 100).toFixed(1)}%, access ${(accessAccuracy * 100).toFixed(1)}%, invented ${invented.length}`,
    );
    if (process.env.HOLDOUT_DEBUG)
      console.log(
        JSON.stringify(
          {
            missed: missed.map((l) => key(l.path, l.line, l.scope)),
            wrongAccess: wrongAccess.map((l) => `${key(l.path, l.line, l.scope)} ${l.access} vs ${found.get(key(l.path, l.line, l.scope))?.access}`),
            wrongProvider: wrongProvider.map((l) => key(l.path, l.line, l.scope)),
          },
          null,
          1,
        ),
      );
    expect(invented.map((e) => key(e.path, e.line, e.scope))).toEqual([]);
    expect({ recall: recall >= 0.95, missed: missed.map((l) => key(l.path, l.line, l.scope)) }).toMatchObject({ recall: true });
    expect({
      accessAccuracy: accessAccuracy >= 0.95,
      wrong: wrongAccess.map((l) => `${key(l.path, l.line, l.scope)} expected ${l.access}, got ${found.get(key(l.path, l.line, l.scope))?.access}`),
    }).toMatchObject({ accessAccuracy: true });
    expect(
      wrongProvider.map((l) => `${key(l.path, l.line, l.scope)} expected ${l.provider}, got ${found.get(key(l.path, l.line, l.scope))?.provider}`),
    ).toEqual([]);
  });
});
