import { normalizePolicyPaths } from './normalize-policy-paths.js';
import { engineRules } from '../engine/engine-rules.js';
import type { RawFinding } from '../model/finding.js';
import { createLineIndex } from '../text/line-index.js';
import { mergePolicy } from './merge-policy.js';
import { parsePolicy, type PolicyError } from './parse-policy.js';
import type { Policy, PolicyInput } from './policy-schema.js';

/** A policy file's name and text, as an adapter read it. */
export interface PolicySource {
  /** Shown in errors and reports, e.g. `.github/tollgate.yml` or `acme/.github:.github/tollgate.yml`. */
  readonly file: string;
  readonly text: string;
}

/** The policy a run uses, where it came from, and what was wrong with it. */
export interface ResolvedPolicy {
  readonly policy: Policy;
  /** Files that contributed, organisation defaults first. */
  readonly sources: readonly string[];
  readonly errors: readonly PolicyError[];
  /** The errors as engine findings, ready for `runReview`'s `engineFindings`. */
  readonly engineFindings: readonly { readonly finding: RawFinding; readonly text: string }[];
}

/**
 * Resolves the policy from optional organisation defaults and an optional
 * repository file: each is validated on its own (errors name its file, line and
 * key); valid ones are merged (organisation under repository, see `mergePolicy`);
 * an invalid one is left out, so the run continues on the rest and the defaults.
 */
export function resolvePolicy(sources: { org?: PolicySource; repository?: PolicySource }): ResolvedPolicy {
  const errors: PolicyError[] = [];
  const engineFindings: { finding: RawFinding; text: string }[] = [];
  const used: string[] = [];
  const read = (source: PolicySource | undefined): PolicyInput | undefined => {
    if (!source) return undefined;
    const result = parsePolicy(source.text, source.file);
    if (result.ok) {
      used.push(source.file);
      return result.input;
    }
    const index = createLineIndex(source.text);
    for (const error of result.errors) {
      errors.push(error);
      const start = index.offsetAt({ line: error.line, column: error.column });
      const lineEnd = index.offsetAt({ line: error.line, column: index.lineText(error.line).length + 1 });
      engineFindings.push({
        text: source.text,
        finding: {
          ruleId: engineRules.policyInvalid.id,
          messageId: 'invalid',
          path: source.file,
          range: { start, end: Math.max(start, lineEnd) },
          data: { key: error.key === '' ? 'The file' : `\`${error.key}\``, problem: error.message, hint: error.hint },
        },
      });
    }
    return undefined;
  };
  const org = read(sources.org);
  const repository = read(sources.repository);
  return { policy: normalizePolicyPaths(mergePolicy(org, repository)), sources: used, errors, engineFindings };
}
