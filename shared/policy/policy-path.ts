/**
 * The names the repository policy may have, relative to the repository root, in the
 * order they win: when both exist, `.github/tollgate.yml` is the policy and
 * `.github/tollgate.yaml` is ignored (docs/policy.md). The App, `tollgate` and the
 * language server all read this one list. Reviews read it from the base commit.
 */
export const POLICY_PATHS: readonly string[] = ['.github/tollgate.yml', '.github/tollgate.yaml'];

/** The policy's preferred name: what `tollgate init` writes and messages suggest. */
export const POLICY_PATH = '.github/tollgate.yml';
