/** An AWS managed policy ARN: `arn:aws:iam::aws:policy/ReadOnlyAccess`, `.../service-role/AWSLambdaBasicExecutionRole`. */
const MANAGED_POLICY_ARN = /^arn:aws(?:-[a-z-]+)?:iam::aws:policy\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]+$/;

/**
 * Whether a string is the ARN of an AWS managed policy. Such an ARN is only ever
 * written to attach the policy (`ManagedPolicyArns`, `policy_arn`, `attach_role_policy(PolicyArn=...)`),
 * so it is a grant of what the policy allows; customer-managed policy ARNs
 * (an account id in place of `aws`) say nothing about their content and are not read.
 */
export function isManagedPolicyArn(value: string): boolean {
  return MANAGED_POLICY_ARN.test(value);
}
