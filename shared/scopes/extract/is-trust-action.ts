/**
 * Whether an IAM action, in a statement that names a `Principal`, only says who may
 * assume the role (a trust policy): `sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity`,
 * `sts:AssumeRoleWithSAML`, `sts:TagSession`, `sts:SetSourceIdentity`, `sts:SetContext`.
 * Such a statement grants the role nothing; it is not a request
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#term_trust-policy).
 */
export function isTrustAction(action: string): boolean {
  return /^sts:(AssumeRole(WithWebIdentity|WithSAML)?|TagSession|SetSourceIdentity|SetContext)$/i.test(action.trim());
}
