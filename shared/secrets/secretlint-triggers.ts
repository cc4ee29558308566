import { createKeywordMatcher } from '../text/keyword-matcher.js';

/** What a secretlint rule sees of a file: its text, the text lower-cased and its extension (with the dot). */
export interface TriggerInput {
  readonly text: string;
  readonly lower: string;
  readonly ext: string;
}

/**
 * For each rule of secretlint's recommended preset (11.7.1), a test that is true
 * whenever the rule can report anything on a file: every pattern the rule matches
 * contains one of these literal strings (case-insensitive patterns are tested on
 * the lower-cased text, which holds the lower-cased match: their literals are
 * ASCII). A rule whose test is false is not run on the file, and a file no rule may
 * report on is not handed to secretlint at all (its per-file set-up is most of its
 * cost). This is exact, not a heuristic: the tests only drop rules that would have
 * reported nothing, and secretlint's rules do not see each other's messages (its
 * post-processing de-duplicates equal messages of one rule and sorts by range).
 * A rule not listed here always runs, so a preset that gains a rule stays exact;
 * `test/shared/secrets/secretlint-triggers.test.ts` checks each test against the
 * rule's own output.
 */
export const SECRETLINT_TRIGGERS: Readonly<Record<string, (file: TriggerInput) => boolean>> = {
  // Access key ids (the bridge turns ID scanning on) and `aws_secret_access_key = ...`
  // in any of SECRET|secret|Secret, ACCESS|access|Access; account ids are not reported.
  '@secretlint/secretlint-rule-aws': ({ text, lower }) => /A3T|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA/.test(text) || /secret_?access/.test(lower),
  // A .p12 file is read as a whole; a .json one only matters with a `private_key_id`
  // key, spelled out or with a \u escape (the only JSON escape that yields a letter).
  '@secretlint/secretlint-rule-gcp': ({ text, ext }) =>
    ext === '.p12' || (ext === '.json' && (text.includes('private_key_id') || text.includes('\\u'))),
  '@secretlint/secretlint-rule-privatekey': ({ text }) => text.includes('-----BEGIN'),
  // A GitHub URL with the `x-oauth-basic` password, `_authToken=…`, `npm_…`.
  '@secretlint/secretlint-rule-npm': ({ text }) => text.includes('x-oauth-basic@github') || text.includes('_authToken=') || text.includes('npm_'),
  // `http(s)|ftp(s)://user:password@host`: the rule's own pattern up to the `@`.
  '@secretlint/secretlint-rule-basicauth': ({ text }) => text.includes('://') && /(?:https?|ftps?):\/\/[-\w]{1,256}:[-\w]{1,256}@/.test(text),
  // Tokens (xoxb-, xoxp-, xapp-, xoxa-, xoxo-, xoxr-) and incoming webhooks (case-insensitive).
  '@secretlint/secretlint-rule-slack': ({ text, lower }) => /xox[bpaor]-|xapp-/.test(text) || lower.includes('hooks.slack.com/services/'),
  '@secretlint/secretlint-rule-sendgrid': ({ text }) => text.includes('SG.'),
  '@secretlint/secretlint-rule-shopify': ({ text }) => /shp(?:pa|ca|at|ss)_/.test(text),
  '@secretlint/secretlint-rule-github': ({ text }) => /gh[pousr]_|github_pat_/.test(text),
  '@secretlint/secretlint-rule-openai': ({ text }) => text.includes('T3BlbkFJ'),
  '@secretlint/secretlint-rule-anthropic': ({ text }) => text.includes('sk-ant-api0'),
  '@secretlint/secretlint-rule-linear': ({ text }) => text.includes('lin_api_'),
  '@secretlint/secretlint-rule-1password': ({ text }) => text.includes('ops_ey'),
  // mongodb(+srv)://, (jdbc:)mysql(x)://, postgres(ql):// (case-insensitive).
  '@secretlint/secretlint-rule-database-connection-string': ({ lower }) => /mongodb(?:\+srv)?:\/\/|mysqlx?:\/\/|postgres(?:ql)?:\/\//.test(lower),
};

/**
 * For a trigger, lower-case strings of which the lower-cased text holds at least one
 * whenever the trigger is true (each literal its test looks for, lower-cased). One
 * pass over the text finds them all; a trigger none of whose strings is there is
 * false without running it. A trigger not listed here (gcp: by extension) runs.
 */
const TRIGGER_NEEDS: Readonly<Record<string, readonly string[]>> = {
  '@secretlint/secretlint-rule-aws': ['a3t', 'akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia', 'secretaccess', 'secret_access'],
  '@secretlint/secretlint-rule-privatekey': ['-----begin'],
  '@secretlint/secretlint-rule-npm': ['x-oauth-basic@github', '_authtoken=', 'npm_'],
  '@secretlint/secretlint-rule-basicauth': ['://'],
  '@secretlint/secretlint-rule-slack': ['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xapp-', 'hooks.slack.com/services/'],
  '@secretlint/secretlint-rule-sendgrid': ['sg.'],
  '@secretlint/secretlint-rule-shopify': ['shppa_', 'shpca_', 'shpat_', 'shpss_'],
  '@secretlint/secretlint-rule-github': ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  '@secretlint/secretlint-rule-openai': ['t3blbkfj'],
  '@secretlint/secretlint-rule-anthropic': ['sk-ant-api0'],
  '@secretlint/secretlint-rule-linear': ['lin_api_'],
  '@secretlint/secretlint-rule-1password': ['ops_ey'],
  '@secretlint/secretlint-rule-database-connection-string': ['mongodb://', 'mongodb+srv://', 'mysql://', 'mysqlx://', 'postgres://', 'postgresql://'],
};

/** Every string some trigger needs (lower-case ASCII): a caller that already makes one keyword pass over the lower-cased text can include them. */
export const TRIGGER_STRINGS: readonly string[] = [...new Set(Object.values(TRIGGER_NEEDS).flat())];

const NEEDS = createKeywordMatcher(TRIGGER_STRINGS);

/**
 * Which of secretlint's rules may report on the file: the strings the triggers need
 * are looked for in one pass (or answered by `present`, from a pass the caller made
 * over the lower-cased text with {@link TRIGGER_STRINGS} among its keywords), then
 * each trigger runs only when one of its strings is there. A rule without a trigger
 * always may.
 */
export function secretlintRulesMayReport(file: TriggerInput, present?: (needed: string) => boolean): (ruleId: string) => boolean {
  let has = present;
  if (!has) {
    const found = NEEDS.find(file.lower);
    has = (needed) => found[NEEDS.keywords.indexOf(needed)] === 1;
  }
  const isPresent = has;
  return (ruleId) => {
    const trigger = SECRETLINT_TRIGGERS[ruleId];
    if (trigger === undefined) return true;
    const needs = TRIGGER_NEEDS[ruleId];
    return (needs === undefined || needs.some(isPresent)) && trigger(file);
  };
}

/** Whether secretlint's rule `ruleId` may report on the file (always true for a rule without a trigger). */
export function secretlintRuleMayReport(ruleId: string, file: TriggerInput): boolean {
  return secretlintRulesMayReport(file)(ruleId);
}
