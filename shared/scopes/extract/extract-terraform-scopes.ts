import { emptyExtraction, shortExpression, type Extraction } from './extraction.js';

/**
 * Extracts IAM grants from Terraform (`.tf`) with a line-oriented reader (no HCL
 * parser here): `actions = [...]` / `not_actions` of `aws_iam_policy_document`,
 * `Action = [...]` inside `jsonencode`, GCP `role = "roles/..."` and Azure
 * `role_definition_name = "..."`. Interpolated strings (`"${...}"`) are dynamic.
 * Limits: lists split over lines are read up to the closing `]`; heredoc JSON
 * policies are read by the policy-document extractor only when in `.json` files.
 */
export function extractTerraformScopes(path: string, text: string): Extraction {
  const out = emptyExtraction();
  const listRe = /\b(actions|not_actions|Action|NotAction)\s*=\s*(\[[^\]]*\]|"[^"\n]*")/g;
  for (let m = listRe.exec(text); m; m = listRe.exec(text)) {
    const body = m[2] as string;
    const bodyStart = m.index + m[0].length - body.length;
    const strRe = /"([^"\n]*)"/g;
    for (let s = strRe.exec(body); s; s = strRe.exec(body)) {
      const start = bodyStart + s.index + 1;
      const value = s[1] as string;
      if (value.includes('${')) out.dynamic.push({ path, start, end: start + value.length, reason: 'template', provider: 'aws', expression: shortExpression(value) });
      else out.scopes.push({ path, start, end: start + value.length, scope: value, provider: 'aws', source: 'terraform', ...(m[1]?.startsWith('not') || m[1]?.startsWith('Not') ? { inverted: true } : {}) });
    }
  }
  const roleRe = /\b(role|role_definition_name)\s*=\s*"([^"\n]*)"/g;
  for (let m = roleRe.exec(text); m; m = roleRe.exec(text)) {
    const value = m[2] as string;
    const start = m.index + m[0].length - value.length - 1;
    const provider = m[1] === 'role' ? 'gcp' : 'azure';
    if (m[1] === 'role' && !value.startsWith('roles/') && !value.includes('${')) continue;
    if (value.includes('${')) out.dynamic.push({ path, start, end: start + value.length, reason: 'template', provider, expression: shortExpression(value) });
    else out.scopes.push({ path, start, end: start + value.length, scope: value, provider, source: 'terraform' });
  }
  return out;
}
