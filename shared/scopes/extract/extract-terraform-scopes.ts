import { emptyExtraction, shortExpression, type Extraction } from './extraction.js';
import { isManagedPolicyArn } from './is-managed-policy-arn.js';

/**
 * Ids of common built-in Azure roles (the same in every tenant), to their names
 * (https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles).
 */
const AZURE_BUILT_IN_ROLE_IDS: Readonly<Record<string, string>> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe': 'Storage Blob Data Contributor',
  '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1': 'Storage Blob Data Reader',
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b': 'Storage Blob Data Owner',
  '4633458b-17de-408a-b874-0445c86b69e6': 'Key Vault Secrets User',
  '7f951dda-4ed3-4680-a7ca-43fe172d538d': 'AcrPull',
};

/**
 * Extracts IAM grants from Terraform (`.tf`) with a line-oriented reader (no HCL
 * parser here): `actions = [...]` / `not_actions` of `aws_iam_policy_document`,
 * `Action = [...]` inside `jsonencode`, GCP `role = "roles/..."` and Azure
 * `role_definition_name = "..."` (also `= each.key` over a `for_each` list in the same
 * resource; `role_definition_id` of a built-in role by its id), and AWS managed policy ARNs (`policy_arn = "arn:aws:iam::aws:policy/..."`). Interpolated strings (`"${...}"`) are dynamic; a role given by an expression
 * (`role = var.role`) is unresolved.
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
  // A role given by an expression (`var.role`, `local.x`) in an IAM member/binding or role assignment: unresolved, never dropped.
  const exprRe = /\b(role|role_definition_name|role_definition_id)\s*=\s*([A-Za-z_][\w.[\]"-]*)/g;
  for (let m = exprRe.exec(text); m; m = exprRe.exec(text)) {
    const value = m[2] as string;
    if (/^each\.(key|value)$/.test(value)) continue;
    const block = text.slice(Math.max(0, text.lastIndexOf('resource "', m.index)), m.index);
    if (!/^resource "(google_[\w]*iam_(member|binding)|azurerm_role_assignment)"/.test(block)) continue;
    const start = m.index + m[0].length - value.length;
    out.dynamic.push({
      path,
      start,
      end: start + value.length,
      reason: 'variable',
      provider: m[1] === 'role' ? 'gcp' : 'azure',
      expression: shortExpression(value),
    });
  }
  // `role_definition_id = ".../roleDefinitions/<guid>"` of a built-in Azure role: the role it names.
  const idRe = /\brole_definition_id\s*=\s*"([^"\n]*)"/g;
  for (let m = idRe.exec(text); m; m = idRe.exec(text)) {
    const value = m[1] as string;
    const start = m.index + m[0].length - value.length - 1;
    const guid = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(value)?.[1]?.toLowerCase();
    const name = guid ? AZURE_BUILT_IN_ROLE_IDS[guid] : undefined;
    if (name) out.scopes.push({ path, start, end: start + value.length, scope: name, provider: 'azure', source: 'terraform' });
    else out.dynamic.push({ path, start, end: start + value.length, reason: 'variable', provider: 'azure', expression: shortExpression(value) });
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
