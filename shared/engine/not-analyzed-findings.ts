import { globMatcher } from '../policy/glob-matcher.js';
import type { ChangeSet } from '../diff/parse-unified-diff.js';
import type { SkippedFile } from '../files/file-set.js';
import type { RawFinding, Severity } from '../model/finding.js';
import type { Policy } from '../policy/policy-schema.js';
import { engineRules } from './engine-rules.js';

const MESSAGE_BY_REASON: Readonly<Record<SkippedFile['reason'], string | undefined>> = {
  binary: 'binary',
  'too-large': 'tooLarge',
  'invalid-utf8': 'binary',
  unreadable: 'unreadable',
  'not-found': 'notFound',
  'not-listed': 'notListed',
  // Paths the policy ignores are not analyzed on purpose: no finding.
  ignored: undefined,
};

/**
 * The first step of a review's integrity: every changed file the adapter could not
 * analyze (wholly or in part) becomes a `tollgate/file-not-analyzed` finding on that
 * file, so a change never passes because Tollgate could not read it. Files the
 * policy ignores are left out; a recognised binary format (PNG, fonts, ...) is a
 * `note`; `limits.notAnalyzed` lowers (or raises) the severity per glob, the first
 * matching entry winning. Only for reviews of a change (`changes` given): a scan
 * lists skipped files in its report instead.
 */
export function notAnalyzedFindings(
  skipped: readonly SkippedFile[],
  changes: ChangeSet | undefined,
  policy: Policy,
  isIgnored: (path: string) => boolean,
): RawFinding[] {
  if (!changes) return [];
  const overrides = policy.limits.notAnalyzed.map((entry) => ({ matches: globMatcher([entry.path]), severity: entry.severity }));
  const out: RawFinding[] = [];
  for (const file of skipped) {
    const isWholeChange = file.path === '.';
    if (!isWholeChange && (!changes.has(file.path) || isIgnored(file.path))) continue;
    const base = file.format ? 'binaryFormat' : MESSAGE_BY_REASON[file.reason];
    if (base === undefined) continue;
    const override = isWholeChange ? undefined : overrides.find((o) => o.matches(file.path))?.severity;
    if (override === 'off') continue;
    const severity: Severity | undefined = override ?? (file.format ? 'note' : undefined);
    out.push({
      ruleId: engineRules.fileNotAnalyzed.id,
      messageId: base,
      path: file.path,
      range: { start: 0, end: 0 },
      data: { path: file.path, reason: file.reason, detail: file.detail ?? file.reason, ...(file.format ? { format: file.format } : {}) },
      ...(severity ? { severity } : {}),
      fingerprintHint: `${file.reason}`,
    });
  }
  return out;
}
