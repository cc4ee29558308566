/** Extensions of files that can hold scopes; `tollgate scopes` reads no others. */
const CANDIDATE = /\.(?:[cm]?[jt]sx?|pyw?|ya?ml|json|tf)$/i;

/**
 * Whether `tollgate scopes` reads a file at all: TypeScript/JavaScript, Python,
 * YAML, JSON and Terraform files. Kept in shared/ so the corpus scorer chooses
 * files exactly as the CLI does.
 */
export function isScopeCandidate(path: string): boolean {
  return CANDIDATE.test(path);
}
