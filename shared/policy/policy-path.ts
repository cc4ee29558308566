/** Where the repository policy lives, relative to the repository root (read from the base branch in reviews). */
export const POLICY_PATH = '.github/tollgate.yml';
