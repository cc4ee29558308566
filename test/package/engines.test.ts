import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// Tollgate runs on Node 20.19+, 22 and 24 (package.json `engines`). Every package it
// installs at run time must say so too, or `npm install` warns EBADENGINE and the
// dependency may use what Node 20 lacks (content-type 3 did; see the override).

interface LockPackage {
  dev?: boolean;
  devOptional?: boolean;
  engines?: { node?: string } | string[];
}

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, LockPackage> };
const SUPPORTED = ['20.19.0', '22.12.0', '24.0.0'];

describe('engines', () => {
  it('declares the Node versions Tollgate supports', () => {
    for (const version of SUPPORTED) expect(semver.satisfies(version, pkg.engines.node), version).toBe(true);
    expect(semver.satisfies('20.18.0', pkg.engines.node)).toBe(false);
  });

  it('installs no run-time dependency that refuses a supported Node version', () => {
    const refusing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path === '' || entry.dev || path.startsWith('extension')) continue;
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (!range) continue;
      for (const version of SUPPORTED) if (!semver.satisfies(version, range)) refusing.push(`${path} (${range}) refuses ${version}`);
    }
    expect(refusing).toEqual([]);
  });
});
