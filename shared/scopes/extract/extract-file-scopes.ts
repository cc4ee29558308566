import type { FileSet } from '../../files/file-set.js';
import { emptyExtraction, type Extraction } from './extraction.js';
import { resolveRelativeModule } from './resolve-relative-module.js';
import { extractKubernetesScopes } from './extract-kubernetes-scopes.js';
import { extractPolicyDocumentScopes } from './extract-policy-document-scopes.js';
import { extractConfigScopes } from './extract-config-scopes.js';
import { extractSlackManifestScopes } from './extract-slack-manifest-scopes.js';
import { extractPythonScopes } from './extract-python-scopes.js';
import { extractTerraformScopes } from './extract-terraform-scopes.js';
import { extractTypeScriptScopes, isTypeScriptLike } from './extract-typescript-scopes.js';
import { extractGitHubAppScopes, extractWorkflowScopes, isGitHubAppManifest, isWorkflowPath } from './extract-workflow-scopes.js';

/**
 * Extracts scopes from one file (not a connector manifest; see
 * `read-connector-auth.ts`), choosing the extractor by path: TypeScript/JavaScript,
 * Python, GitHub workflows, GitHub App manifests, Slack app manifests, `Scopes`
 * keys of JSON/YAML configuration, IAM policy documents and Kubernetes RBAC in
 * JSON/YAML, Terraform. With `files`, TypeScript/JavaScript constants imported from
 * relative modules in the set are followed (one level).
 */
export async function extractFileScopes(path: string, text: string, files?: FileSet): Promise<Extraction> {
  if (isTypeScriptLike(path))
    return extractTypeScriptScopes(path, text, files ? (from, specifier) => resolveRelativeModule(files, from, specifier) : undefined);
  if (/\.pyw?$/i.test(path)) return extractPythonScopes(path, text);
  if (isWorkflowPath(path)) return extractWorkflowScopes(path, text);
  if (/\.tf$/i.test(path)) return extractTerraformScopes(path, text);
  if (/\.(json|ya?ml)$/i.test(path)) {
    const out = isGitHubAppManifest(path) ? extractGitHubAppScopes(path, text) : emptyExtraction();
    for (const part of [
      extractSlackManifestScopes(path, text),
      isGitHubAppManifest(path) ? emptyExtraction() : extractConfigScopes(path, text),
      extractPolicyDocumentScopes(path, text),
      /\.ya?ml$/i.test(path) ? extractKubernetesScopes(path, text) : emptyExtraction(),
    ]) {
      out.scopes.push(...part.scopes);
      out.dynamic.push(...part.dynamic);
      out.problems.push(...part.problems);
    }
    return out;
  }
  return emptyExtraction();
}
