import { globMatcher } from '../policy/glob-matcher.js';
import { defineAnalyzer, type AnalyzerContext, type AnalyzerResult } from '../analyzer/analyzer.js';
import type { PerFilePhase } from '../analyzer/per-file-phase.js';
import { runPerFile } from '../analyzer/run-per-file.js';
import { isRawFinding, type RawFinding } from '../model/finding.js';
import type { Policy } from '../policy/policy-schema.js';
import { ruleMatches } from '../suppressions/find-inline-suppressions.js';
import { createKeywordMatcher } from '../text/keyword-matcher.js';
import { fileKindOf } from './file-kind.js';
import { falsePositiveReason } from './is-false-positive.js';
import { maskSecret } from './mask-secret.js';
import { committedDotenv } from './rules/committed-dotenv.js';
import { genericAssignment } from './rules/generic-assignment.js';
import { hardcodedPassword } from './rules/hardcoded-password.js';
import { SECRET_DETECTORS } from './rules/index.js';
import { jwtSecret } from './rules/jwt-secret.js';
import type { ScannedFile, SecretCandidate, SecretDetector } from './secret-detector.js';
import { SECRETLINT_RULES, secretlintCandidates } from './secretlint-bridge.js';
import { TRIGGER_STRINGS } from './secretlint-triggers.js';

/** Per-analyzer data: how many candidates each filter dropped (for tuning; no values). */
export interface SecretsData {
  readonly filesScanned: number;
  readonly dropped: Readonly<Record<string, number>>;
}

interface AllowMatcher {
  rule: string | undefined;
  path: ((p: string) => boolean) | undefined;
  match: RegExp;
}

const compiledAllows = new WeakMap<Policy['allow'], AllowMatcher[]>();

/** The policy's `allow[].match` entries, compiled once per policy (the per-file phase asks for every file). */
function allowMatchers(policy: Policy): AllowMatcher[] {
  const known = compiledAllows.get(policy.allow);
  if (known) return known;
  const out: AllowMatcher[] = [];
  policy.allow.forEach((a, i) => {
    if (a.match === undefined) return;
    const match = compile(a.match, i);
    const glob = a.path ? globMatcher([a.path]) : undefined;
    out.push({ rule: a.rule, path: glob ? (p: string) => glob(p) : undefined, match });
  });
  compiledAllows.set(policy.allow, out);
  return out;
}

/**
 * Compiles an `allow[].match`. The policy schema rejects invalid ones (a policy error
 * with file, line and key), so this fails only for a policy that bypassed it; then
 * the analyzer fails loudly (the engine reports `tollgate/analyzer-failed`) rather
 * than dropping the entry in silence. The pattern itself is never quoted.
 */
function compile(source: string, index: number): RegExp {
  try {
    return new RegExp(source);
  } catch {
    throw new Error(`allow.${index}.match is not a valid regular expression; validate the policy with \`tollgate policy check\``);
  }
}

/** Detectors that judge by a variable's name or a value's entropy rather than a vendor's format. */
const NAME_BASED: ReadonlySet<SecretDetector> = new Set([genericAssignment, hardcodedPassword, jwtSecret, committedDotenv]);

/**
 * Every detector's keywords (ASCII, as declared) and the strings secretlint's triggers
 * need, found in one pass over the lower-cased text.
 */
const ASCII_KEYWORDS = createKeywordMatcher([
  ...SECRET_DETECTORS.flatMap((d) => d.keywords ?? []).filter((k) => k.length > 0 && [...k].every((c) => c.charCodeAt(0) < 128)),
  ...TRIGGER_STRINGS,
]);
const KEYWORD_IDS: ReadonlyMap<string, number> = new Map(ASCII_KEYWORDS.keywords.map((k, i) => [k, i]));

/** Each detector's keywords: indexes into {@link ASCII_KEYWORDS}, and the others (looked for with `includes`); none when it declares none. */
const DETECTOR_KEYWORDS: ReadonlyMap<SecretDetector, { readonly ids: readonly number[]; readonly others: readonly string[] }> = new Map(
  SECRET_DETECTORS.filter((d) => d.keywords).map((d) => {
    const keywords = d.keywords as readonly string[];
    const ids = keywords.map((k) => ASCII_KEYWORDS.keywords.indexOf(k)).filter((id) => id >= 0);
    return [d, { ids, others: keywords.filter((k) => !ASCII_KEYWORDS.keywords.includes(k)) }];
  }),
);

/**
 * Whether a detector is worth running: it declares no keywords, or one of them is in
 * the lower-cased text (`lower.includes(k)`, decided from the one-pass `found` flags
 * for ASCII keywords and with `includes` for any other).
 */
function keywordsPresent(detector: SecretDetector, lower: string, found: Uint8Array): boolean {
  const keywords = DETECTOR_KEYWORDS.get(detector);
  if (!keywords) return true;
  return keywords.ids.some((id) => found[id] === 1) || keywords.others.some((k) => lower.includes(k));
}

/** Scans one file: secretlint's preset plus Tollgate's detectors, filtered and de-duplicated. */
export async function scanFileForSecrets(file: ScannedFile, dropped: Record<string, number> = {}): Promise<SecretCandidate[]> {
  const lower = file.text.toLowerCase();
  // One keyword pass over the lower-cased text serves the detectors and secretlint's triggers.
  const found = ASCII_KEYWORDS.find(lower);
  const candidates: SecretCandidate[] = await secretlintCandidates(file, lower, (needed) => found[KEYWORD_IDS.get(needed) ?? -1] === 1);
  for (const detector of SECRET_DETECTORS) {
    // Lockfiles are hashes and URLs: only formats a vendor defines (an npm token in a
    // `resolved` URL, say) are looked for there, never name- or entropy-based guesses.
    if (file.kind === 'lockfile' && NAME_BASED.has(detector)) continue;
    if (!keywordsPresent(detector, lower, found)) continue;
    for (const c of detector.detect(file)) candidates.push(c);
  }
  const kept: SecretCandidate[] = [];
  for (const c of candidates) {
    const reason = c.ruleId === 'secrets/committed-dotenv' ? undefined : falsePositiveReason(c, file);
    if (reason) {
      dropped[reason] = (dropped[reason] ?? 0) + 1;
      continue;
    }
    kept.push(c);
  }
  return dedupe(kept);
}

/** Keeps one candidate per overlapping span: the lowest priority value, then the earliest. */
function dedupe(candidates: SecretCandidate[]): SecretCandidate[] {
  const sorted = [...candidates].sort((a, b) => (a.priority ?? 50) - (b.priority ?? 50) || a.start - b.start || b.end - b.start - (a.end - a.start));
  const taken: SecretCandidate[] = [];
  for (const c of sorted) {
    const overlaps = taken.some(
      (t) => c.start < t.end && t.start < c.end && c.ruleId !== 'secrets/committed-dotenv' && t.ruleId !== 'secrets/committed-dotenv',
    );
    if (!overlaps) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The secrets analyzer's result for one file: findings (masked at the source) and the candidates each filter dropped. */
export interface SecretsFileResult {
  readonly findings: readonly RawFinding[];
  readonly dropped: Readonly<Record<string, number>>;
}

/**
 * Everything the secrets analyzer finds is a function of one file: its path (the
 * file kind, `allow[].path`), its text, and the policy's `allow` list (matched
 * against the raw value here, so only masked findings leave this phase). Bump
 * `cacheVersion` when a detector changes what it reports.
 */
const secretsPerFile: PerFilePhase<SecretsData, SecretsFileResult> = {
  cacheVersion: '1',
  policyKey: (policy) => policy.allow,
  async analyzeFile({ path, text }, policy) {
    const allows = allowMatchers(policy);
    const findings: RawFinding[] = [];
    const dropped: Record<string, number> = {};
    const file: ScannedFile = { path, text, kind: fileKindOf(path, text) };
    for (const c of await scanFileForSecrets(file, dropped)) {
      if (
        allows.some((a) => (a.rule === undefined || ruleMatches(a.rule, c.ruleId)) && (a.path === undefined || a.path(path)) && a.match.test(c.value))
      ) {
        dropped.allowed = (dropped.allowed ?? 0) + 1;
        continue;
      }
      findings.push({
        ruleId: c.ruleId,
        messageId: c.messageId,
        path,
        range: { start: c.start, end: c.end },
        data: { ...c.data, ...(c.keyName ? { key: c.keyName } : {}), masked: maskSecret(c.value) },
      });
    }
    return { findings, dropped };
  },
  isFileResult: (value): value is SecretsFileResult =>
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as SecretsFileResult).findings) &&
    (value as SecretsFileResult).findings.every(isRawFinding) &&
    typeof (value as SecretsFileResult).dropped === 'object' &&
    (value as SecretsFileResult).dropped !== null &&
    Object.values((value as SecretsFileResult).dropped).every((n) => typeof n === 'number'),
  combine(files, context) {
    const findings = files.flatMap((f) => f.findings);
    // Summed in file order, so the keys come in the order one pass over the files would add them.
    const dropped: Record<string, number> = {};
    for (const f of files) for (const [reason, n] of Object.entries(f.dropped)) dropped[reason] = (dropped[reason] ?? 0) + n;
    const data: SecretsData = { filesScanned: context.paths.length, dropped };
    return { findings, data };
  },
};

/** The secrets analyzer: hard-coded credentials in every kind of file an AI stack keeps. */
export const secretsAnalyzer = defineAnalyzer({
  id: 'secrets',
  description: 'Hard-coded credentials: vendor keys, tokens, private keys, connection strings and generic secret assignments.',
  // Some detectors extend a rule the bridge declares (e.g. `secrets/private-key`): list each rule once.
  rules: [...new Map([...SECRETLINT_RULES, ...SECRET_DETECTORS.map((d) => d.rule)].map((r) => [r.id, r])).values()],
  perFile: secretsPerFile,
  analyze(context: AnalyzerContext): Promise<AnalyzerResult<SecretsData>> {
    return runPerFile(secretsPerFile, 'secrets', context);
  },
});
