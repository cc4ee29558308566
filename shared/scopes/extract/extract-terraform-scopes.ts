import { emptyExtraction, shortExpression, type Extraction } from './extraction.js';
import { isManagedPolicyArn } from './is-managed-policy-arn.js';

/**
 * Extracts IAM grants from Terraform (`.tf`) with a line-oriented reader (no HCL
 * parser here): `actions = [...]` / `not_actions` of `aws_iam_policy_document`,
 * `Action = [...]` inside `jsonencode`, GCP `role = "roles/..."` and Azure
 * `role_definition_name = "..."` (also `= each.key` over a `for_each` list in the same
 * resource), and AWS managed policy ARNs (`policy_arn = "arn:aws:iam::aws:policy/..."`). Interpolated strings (`"${...}"`) are dynamic.
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
      if (value.includes('${'))
        out.dynamic.push({ path, start, end: start + value.length, reason: 'template', provider: 'aws', expression: shortExpression(value) });
      else
        out.scopes.push({
          path,
          start,
          end: start + value.length,
          scope: value,
          provider: 'aws',
          source: 'terraform',
          ...(m[1]?.startsWith('not') || m[1]?.startsWith('Not') ? { inverted: true } : {}),
        });
    }
  }
  const arnRe = /"(arn:aws[\w-]*:iam::aws:policy\/[^"\n]+)"/g;
  for (let m = arnRe.exec(text); m; m = arnRe.exec(text)) {
    const value = m[1] as string;
    if (isManagedPolicyArn(value))
      out.scopes.push({ path, start: m.index + 1, end: m.index + 1 + value.length, scope: value, provider: 'aws', source: 'terraform' });
  }
  // `for_each = toset([...])` with `role = each.key`: one grant per listed role.
  const eachRe = /\b(role|role_definition_name)\s*=\s*each\.(?:key|value)\b/g;
  for (let m = eachRe.exec(text); m; m = eachRe.exec(text)) {
    const blockStart = text.lastIndexOf('resource "', m.index);
    const forEach = /\bfor_each\s*=\s*(?:toset\()?\s*(\[[^\]]*\])/g;
    forEach.lastIndex = Math.max(0, blockStart);
    const f = forEach.exec(text);
    const provider = m[1] === 'role' ? 'gcp' : 'azure';
    if (!f || f.index > m.index + 2000 || (blockStart >= 0 && f.index < blockStart)) {
      out.dynamic.push({ path, start: m.index, end: m.index + m[0].length, reason: 'variable', provider, expression: shortExpression(m[0]) });
      continue;
    }
    const body = f[1] as string;
    const bodyStart = f.index + f[0].length - body.length;
    const strRe = /"([^"\n]*)"/g;
    for (let s = strRe.exec(body); s; s = strRe.exec(body)) {
      const value = s[1] as string;
      const start = bodyStart + s.index + 1;
      if (value.includes('${'))
        out.dynamic.push({ path, start, end: start + value.length, reason: 'template', provider, expression: shortExpression(value) });
      else if (provider === 'azure' || value.startsWith('roles/'))
        out.scopes.push({ path, start, end: start + value.length, scope: value, provider, source: 'terraform' });
    }
  }
  const roleRe = /\b(role|role_definition_name)\s*=\s*"([^"\n]*)"/g;
  for (let m = roleRe.exec(text); m; m = roleRe.exec(text)) {
    const value = m[2] as string;
    const start = m.index + m[0].length - value.length - 1;
    const provider = m[1] === 'role' ? 'gcp' : 'azure';
    if (m[1] === 'role' && !value.startsWith('roles/') && !value.includes('${')) continue;
    if (value.includes('${'))
      out.dynamic.push({ path, start, end: start + value.length, reason: 'template', provider, expression: shortExpression(value) });
    else out.scopes.push({ path, start, end: start + value.length, scope: value, provider, source: 'terraform' });
  }
  return out;
}
