import type { ConventionClass, ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const DOCS = 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html';
const MANAGED = 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html';
const ACCESS_LEVELS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html';

// IAM actions with their access level from the Service Authorization Reference.
// "Permissions management" actions are `admin`: they change who may do what.
// Breadth of an action comes from the statement's `Resource` (`*` is workspace), not from here.
const ROWS: CatalogRow[] = [
  ['*', 'admin', 'workspace', [], 'every action of every service: a full-account grant'],
  ['s3:GetObject', 'read', 'resource'],
  ['s3:GetObjectVersion', 'read', 'resource'],
  ['s3:ListBucket', 'read', 'resource'],
  ['s3:ListAllMyBuckets', 'read', 'workspace'],
  ['s3:GetBucketLocation', 'read', 'resource'],
  ['s3:GetObjectAcl', 'read', 'resource'],
  ['s3:GetBucketAcl', 'read', 'resource'],
  ['s3:GetBucketPolicy', 'read', 'resource'],
  ['s3:PutObject', 'write', 'resource'],
  ['s3:DeleteObject', 'write', 'resource'],
  ['s3:AbortMultipartUpload', 'write', 'resource'],
  ['s3:CreateBucket', 'write', 'resource'],
  ['s3:DeleteBucket', 'write', 'resource'],
  ['s3:PutBucketPolicy', 'admin', 'resource', [], 'permissions management'],
  ['s3:DeleteBucketPolicy', 'admin', 'resource', [], 'permissions management'],
  ['s3:PutBucketAcl', 'admin', 'resource', [], 'permissions management'],
  ['s3:PutObjectAcl', 'admin', 'resource', [], 'permissions management'],
  ['s3:PutBucketPublicAccessBlock', 'admin', 'resource', [], 'permissions management'],
  ['dynamodb:GetItem', 'read', 'resource'],
  ['dynamodb:BatchGetItem', 'read', 'resource'],
  ['dynamodb:Query', 'read', 'resource'],
  ['dynamodb:Scan', 'read', 'resource'],
  ['dynamodb:DescribeTable', 'read', 'resource'],
  ['dynamodb:PutItem', 'write', 'resource'],
  ['dynamodb:UpdateItem', 'write', 'resource'],
  ['dynamodb:DeleteItem', 'write', 'resource'],
  ['dynamodb:BatchWriteItem', 'write', 'resource'],
  ['sqs:SendMessage', 'write', 'resource'],
  ['sqs:ReceiveMessage', 'read', 'resource'],
  ['sqs:DeleteMessage', 'write', 'resource'],
  ['sqs:GetQueueAttributes', 'read', 'resource'],
  ['sqs:GetQueueUrl', 'read', 'resource'],
  ['sns:Publish', 'write', 'resource'],
  ['ses:SendEmail', 'write', 'resource'],
  ['ses:SendRawEmail', 'write', 'resource'],
  ['lambda:InvokeFunction', 'write', 'resource'],
  ['lambda:UpdateFunctionCode', 'write', 'resource'],
  ['lambda:AddPermission', 'admin', 'resource', [], 'permissions management'],
  ['logs:CreateLogGroup', 'write', 'resource'],
  ['logs:CreateLogStream', 'write', 'resource'],
  ['logs:PutLogEvents', 'write', 'resource'],
  ['logs:GetLogEvents', 'read', 'resource'],
  ['logs:FilterLogEvents', 'read', 'resource'],
  ['cloudwatch:PutMetricData', 'write', 'workspace'],
  ['cloudwatch:GetMetricData', 'read', 'workspace'],
  ['secretsmanager:GetSecretValue', 'read', 'resource'],
  ['secretsmanager:DescribeSecret', 'read', 'resource'],
  ['secretsmanager:PutSecretValue', 'write', 'resource'],
  ['secretsmanager:CreateSecret', 'write', 'resource'],
  ['secretsmanager:PutResourcePolicy', 'admin', 'resource', [], 'permissions management'],
  ['ssm:GetParameter', 'read', 'resource'],
  ['ssm:GetParameters', 'read', 'resource'],
  ['ssm:GetParametersByPath', 'read', 'resource'],
  ['ssm:PutParameter', 'write', 'resource'],
  ['kms:Decrypt', 'write', 'resource', [], 'AWS classifies cryptographic operations as Write'],
  ['kms:Encrypt', 'write', 'resource'],
  ['kms:GenerateDataKey', 'write', 'resource'],
  ['kms:DescribeKey', 'read', 'resource'],
  ['kms:CreateGrant', 'admin', 'resource', [], 'permissions management'],
  ['kms:PutKeyPolicy', 'admin', 'resource', [], 'permissions management'],
  ['bedrock:InvokeModel', 'read', 'resource'],
  ['bedrock:InvokeModelWithResponseStream', 'read', 'resource'],
  ['bedrock:Converse', 'read', 'resource'],
  ['bedrock:ConverseStream', 'read', 'resource'],
  ['bedrock:ListFoundationModels', 'read', 'workspace'],
  ['sagemaker:InvokeEndpoint', 'read', 'resource'],
  ['execute-api:Invoke', 'write', 'resource'],
  ['ecr:GetAuthorizationToken', 'read', 'workspace'],
  ['ecr:BatchGetImage', 'read', 'resource'],
  ['ecr:GetDownloadUrlForLayer', 'read', 'resource'],
  ['ecr:PutImage', 'write', 'resource'],
  ['sts:GetCallerIdentity', 'read', 'workspace'],
  ['sts:AssumeRole', 'write', 'resource', [], 'gains every permission of the role it assumes'],
  ['sts:AssumeRoleWithWebIdentity', 'write', 'resource'],
  [
    'iam:PassRole',
    'write',
    'resource',
    [],
    'AWS access level Write, but a privilege-escalation path: limit it with `iam:PassedToService` and a role ARN',
  ],
  ['iam:CreateUser', 'write', 'workspace'],
  ['iam:CreateAccessKey', 'admin', 'resource', [], 'mints long-lived credentials for an IAM user: a privilege-escalation path'],
  ['iam:CreateRole', 'write', 'resource'],
  ['iam:CreatePolicy', 'admin', 'resource'],
  ['iam:CreatePolicyVersion', 'admin', 'resource'],
  ['iam:AttachRolePolicy', 'admin', 'resource'],
  ['iam:AttachUserPolicy', 'admin', 'resource'],
  ['iam:PutRolePolicy', 'admin', 'resource'],
  ['iam:PutUserPolicy', 'admin', 'resource'],
  ['iam:UpdateAssumeRolePolicy', 'admin', 'resource'],
  ['iam:AddUserToGroup', 'write', 'resource'],
  ['iam:GetRole', 'read', 'resource'],
  ['iam:ListRoles', 'read', 'workspace'],
  ['organizations:*', 'admin', 'workspace'],
  ['ec2:DescribeInstances', 'read', 'workspace'],
  ['ec2:RunInstances', 'write', 'resource'],
  ['ec2:TerminateInstances', 'write', 'resource'],
  // Amazon Polly (Service Authorization Reference: SynthesizeSpeech is Read).
  ['polly:SynthesizeSpeech', 'read', 'resource'],
  ['polly:DescribeVoices', 'read', 'workspace'],
  // Amazon Cognito user pools: Admin* actions manage users of one pool (Write), not IAM.
  ['cognito-idp:AdminGetUser', 'read', 'resource'],
  ['cognito-idp:AdminListGroupsForUser', 'read', 'resource'],
  ['cognito-idp:AdminInitiateAuth', 'write', 'resource'],
  ['cognito-idp:AdminRespondToAuthChallenge', 'write', 'resource'],
  ['cognito-idp:AdminCreateUser', 'write', 'resource'],
  ['cognito-idp:AdminDeleteUser', 'write', 'resource'],
  ['cognito-idp:AdminSetUserPassword', 'write', 'resource'],
  ['cognito-idp:AdminUpdateUserAttributes', 'write', 'resource'],
  ['cognito-idp:AdminConfirmSignUp', 'write', 'resource'],
  ['cognito-idp:AdminAddUserToGroup', 'write', 'resource'],
  ['cognito-idp:AdminRemoveUserFromGroup', 'write', 'resource'],
  ['cognito-idp:AdminDisableUser', 'write', 'resource'],
  ['cognito-idp:AdminEnableUser', 'write', 'resource'],
  ['cognito-idp:AdminResetUserPassword', 'write', 'resource'],
  ['cognito-idp:AdminUserGlobalSignOut', 'write', 'resource'],
  ['cognito-idp:SignUp', 'write', 'resource'],
  ['cognito-idp:ConfirmSignUp', 'write', 'resource'],
  ['cognito-idp:InitiateAuth', 'write', 'resource'],
  ['cognito-idp:RespondToAuthChallenge', 'write', 'resource'],
  ['cognito-idp:ForgotPassword', 'write', 'resource'],
  ['cognito-idp:ConfirmForgotPassword', 'write', 'resource'],
  ['cognito-idp:GlobalSignOut', 'write', 'resource'],
  ['cognito-idp:ListUsers', 'read', 'resource'],
  // AWS managed policies, attached by ARN: the class of what the policy allows
  // (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html).
  ['arn:aws:iam::aws:policy/AdministratorAccess', 'admin', 'workspace', [], 'every action on every resource'],
  ['arn:aws:iam::aws:policy/PowerUserAccess', 'admin', 'workspace', [], 'every action but IAM and Organizations management: a near-wildcard'],
  ['arn:aws:iam::aws:policy/IAMFullAccess', 'admin', 'workspace'],
  ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'read', 'workspace'],
  ['arn:aws:iam::aws:policy/ViewOnlyAccess', 'read', 'workspace'],
  ['arn:aws:iam::aws:policy/SecurityAudit', 'read', 'workspace'],
  ['arn:aws:iam::aws:policy/AmazonS3FullAccess', 'admin', 'workspace', ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'], 's3:* on every bucket'],
  ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', 'read', 'workspace'],
  ['arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess', 'admin', 'workspace'],
  ['arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess', 'read', 'workspace'],
  ['arn:aws:iam::aws:policy/AmazonSQSFullAccess', 'admin', 'workspace'],
  ['arn:aws:iam::aws:policy/AmazonSNSFullAccess', 'admin', 'workspace'],
  ['arn:aws:iam::aws:policy/AmazonEC2FullAccess', 'admin', 'workspace'],
  ['arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess', 'read', 'workspace'],
  ['arn:aws:iam::aws:policy/AmazonBedrockFullAccess', 'admin', 'workspace'],
  ['arn:aws:iam::aws:policy/AWSLambda_FullAccess', 'admin', 'workspace'],
  ['arn:aws:iam::aws:policy/SecretsManagerReadWrite', 'admin', 'workspace'],
  ['arn:aws:iam::aws:policy/CloudWatchLogsFullAccess', 'admin', 'workspace'],
  ['arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy', 'write', 'workspace', [], 'puts metrics and logs; reads its own SSM configuration'],
  ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore', 'write', 'workspace', [], 'lets SSM manage the instance (Session Manager, Run Command)'],
  ['arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly', 'read', 'workspace'],
  [
    'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    'write',
    'workspace',
    [],
    'creates log groups and streams and writes log events',
  ],
  ['arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole', 'write', 'workspace'],
  ['arn:aws:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole', 'write', 'workspace'],
  ['arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole', 'write', 'workspace'],
];

const READ_VERBS = /^(Get|List|Describe|BatchGet|Query|Scan|Search|Select|Lookup|View|Head|Check)(?=[A-Z*]|$)/;
const WRITE_VERBS =
  /^(Create|Delete|Put|Update|Modify|Start|Stop|Send|Publish|Invoke|Terminate|Run|Tag|Untag|BatchWrite|BatchDelete|Add|Remove|Attach|Detach|Set|Reset|Enable|Disable|Register|Deregister|Upload|Import|Export|Restore|Copy|Reboot|Associate|Disassociate|Cancel|Complete|Execute|Change|Replace|Restore|Submit|Write|Post|Receive|Purge|Rotate|Encrypt|Decrypt|Generate|Sign|Verify|Retire|Revoke|Accept|Reject|Deploy|Release|Request|Apply|Assume)(?=[A-Z*]|$)/;
const PERMISSION_NOUNS =
  /(Policy|Policies|Permission|Permissions|Grant|Acl|PassRole|AccessKey|LoginProfile|ServiceLinkedRole|Role$|User$|Group$|PublicAccessBlock)/;

/** AWS IAM actions, `service:Action`, wildcards allowed. */
export const awsCatalog: ProviderCatalog = {
  provider: 'aws',
  title: 'AWS IAM',
  docsUrl: DOCS,
  // Action names are case-insensitive in IAM.
  caseSensitive: false,
  entries: catalogRows(ROWS),
  family: (s) => (s === '*' ? '*' : s.startsWith('arn:') ? 'managed-policy' : (s.split(':')[0] ?? s).toLowerCase()),
  isWildcard: (s) => s.includes('*') || s.includes('?'),
  // AWS names actions verb-first (Get/List/Describe read; Put/Create/Delete write);
  // the Service Authorization Reference lists the access level per action and puts
  // policy, grant and ACL actions under "Permissions management".
  convention: (s): ConventionClass | undefined => {
    const managed = /^arn:aws[\w-]*:iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/.exec(s);
    if (managed) {
      // AWS names managed policies by what they allow: `*ReadOnlyAccess` reads, `*FullAccess` is a service wildcard.
      const name = managed[1] as string;
      if (/ReadOnly(Access)?$/.test(name)) return { access: 'read', breadth: 'workspace', docsUrl: MANAGED };
      if (/FullAccess$/.test(name)) return { access: 'admin', breadth: 'workspace', docsUrl: MANAGED };
      return undefined;
    }
    const m = /^([a-z0-9-]+):([A-Za-z0-9*?]+)$/.exec(s);
    if (!m) return undefined;
    const action = m[2] as string;
    if (action === '*' || action.startsWith('*')) return { access: 'admin', breadth: 'workspace', docsUrl: ACCESS_LEVELS };
    const service = m[1] as string;
    // A wildcard confined to a read verb (`s3:Get*`, `ec2:Describe*`) matches only reads.
    if (READ_VERBS.test(action) && !/Policy|Acl/.test(action)) return { access: 'read', breadth: 'resource', docsUrl: ACCESS_LEVELS };
    if (action.includes('*') || action.includes('?')) return { access: 'admin', breadth: 'resource', docsUrl: ACCESS_LEVELS };
    if (service === 'organizations' || service === 'sso' || service === 'identitystore') {
      return READ_VERBS.test(action)
        ? { access: 'read', breadth: 'workspace', docsUrl: ACCESS_LEVELS }
        : { access: 'admin', breadth: 'workspace', docsUrl: ACCESS_LEVELS };
    }
    if (service === 'iam' && /Policy|Policies|Permission/.test(action) && !READ_VERBS.test(action))
      return { access: 'admin', breadth: 'workspace', docsUrl: ACCESS_LEVELS };
    if (WRITE_VERBS.test(action)) {
      const noun = action.replace(WRITE_VERBS, '');
      return {
        access: PERMISSION_NOUNS.test(noun) && /^(Put|Create|Delete|Attach|Detach|Update|Add|Remove|Set)/.test(action) ? 'admin' : 'write',
        breadth: 'resource',
        docsUrl: ACCESS_LEVELS,
      };
    }
    return undefined;
  },
};
