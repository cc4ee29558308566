import { isMap, isScalar } from 'yaml';
import { readYaml } from '../policy/read-yaml.js';
import type { ScopeProvider } from './scope-model.js';
import type { ScopeProblem } from './extract/extraction.js';
import { firstPair, mapPairs, nodeRange, offsetOfLineColumn, pairOf, scalarText, scalarValueRange, seqItems, valueOf } from './extract/yaml-nodes.js';

/** A located string value of a manifest. */
export interface LocatedValue {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** What the scopes analyzer needs from one connector manifest. */
export interface ConnectorAuth {
  readonly path: string;
  /** The folder the manifest is in: files below it belong to the connector. */
  readonly dir: string;
  /** `name`, else the folder name. */
  readonly name: string;
  readonly owner?: string;
  /** `auth.type` as written (`oauth`, `api_key`, `workload_identity`, ...). */
  readonly authType?: LocatedValue;
  /** Offsets of the `auth` key (or the file start when there is none). */
  readonly authRange: { start: number; end: number };
  readonly hasAuth: boolean;
  /** Providers the manifest names (connector name, auth type, systems' vendor and id). */
  readonly providerHints: readonly ScopeProvider[];
  /** The provider the connector's own name or auth type names, if one: its unknown scopes are that provider's. */
  readonly primaryProvider?: ScopeProvider;
  /** `auth.scopes` entries (a list, or one space/comma separated string). */
  readonly scopes: readonly LocatedValue[];
  /** Scope entries written as templates (`${SCOPE}`, `{{ scope }}`). */
  readonly dynamicScopes: readonly LocatedValue[];
  /** `auth.credential.ref` (or `auth.credential` as a string). */
  readonly credentialRef?: LocatedValue;
  readonly credentialSource?: string;
  /** `auth.credential.rotation` (or `auth.rotation`, `expiry`, `ttl`, ...). */
  readonly rotation?: LocatedValue;
  /** `environments` names. */
  readonly environments: readonly LocatedValue[];
  /** Extra code paths (globs) declared by `code` / `paths`, if the manifest has them. */
  readonly codePaths: readonly string[];
}

/** The result of reading one manifest: what could be read, and what was wrong. */
export interface ConnectorAuthRead {
  readonly connector?: ConnectorAuth;
  readonly problems: readonly ScopeProblem[];
}

const PROVIDER_WORDS: readonly (readonly [RegExp, ScopeProvider])[] = [
  [/\bslack\b/, 'slack'],
  [/\b(github|octokit)\b/, 'github'],
  [/\b(salesforce|sfdc)\b/, 'salesforce'],
  [/\bhubspot\b/, 'hubspot'],
  [/\bshopify\b/, 'shopify'],
  [/\b(atlassian|jira|confluence)\b/, 'atlassian'],
  [/\bstripe\b/, 'stripe'],
  [/\b(microsoft graph|msgraph|graph|entra|outlook|sharepoint|office ?365|m365|teams|microsoft)\b/, 'microsoft'],
  [/\b(azure)\b/, 'azure'],
  [/\b(gcp|google cloud|vertex|bigquery)\b/, 'gcp'],
  [/\b(google|gmail|workspace|gdrive|google drive|google sheets)\b/, 'google'],
  [/\b(aws|amazon|bedrock|s3)\b/, 'aws'],
  [/\b(kubernetes|k8s)\b/, 'kubernetes'],
];

const ROTATION_KEYS = [
  'rotation',
  'rotate',
  'rotationDays',
  'rotation_days',
  'expiry',
  'expires',
  'expiresIn',
  'expires_in',
  'ttl',
  'maxAge',
  'max_age',
  'lifetime',
];

/**
 * Reads the parts of a connector manifest (`connectors/<name>/connector.yml`) the
 * scopes analyzer needs: name, owner, `auth.type`, `auth.scopes`,
 * `auth.credential.{source,ref,rotation}`, `environments`. Tolerant on purpose:
 * unknown keys and other sections are ignored (the manifest schema in shared/flows/
 * validates the whole file), so a typo elsewhere does not hide the scopes. Only
 * problems in what it reads are returned, with offsets.
 *
 * @param path repository-relative path of the manifest
 * @param text its content
 */
export function readConnectorAuth(path: string, text: string): ConnectorAuthRead {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const folder = dir.slice(dir.lastIndexOf('/') + 1) || path;
  const read = readYaml(text, path);
  if (!read.ok) {
    return {
      problems: read.errors.slice(0, 1).map((e) => {
        const start = offsetOfLineColumn(text, e.line, e.column);
        const lineEnd = text.indexOf('\n', start);
        return { path, start, end: lineEnd < 0 ? text.length : lineEnd, kind: 'manifest', message: e.message, hint: e.hint };
      }),
    };
  }
  const root = read.doc.contents;
  const problems: ScopeProblem[] = [];
  if (root !== null && root !== undefined && !isMap(root)) {
    return {
      problems: [
        {
          path,
          ...nodeRange(root),
          kind: 'manifest',
          message: 'is not a mapping of keys to values',
          hint: 'Start the manifest with `name:`, `owner:`, `auth:` ... (see docs/connectors.md).',
        },
      ],
    };
  }
  const located = (node: unknown): LocatedValue | undefined => {
    const value = scalarText(node);
    return value === undefined ? undefined : { value, ...scalarValueRange(node, text) };
  };
  const name = scalarText(valueOf(root, 'name')) ?? folder;
  const owner = scalarText(valueOf(root, 'owner'));
  const authPair = pairOf(root, 'auth');
  const auth = authPair?.value;
  const authRange = authPair ? nodeRange(authPair.key) : { start: 0, end: 0 };
  if (authPair && auth !== null && auth !== undefined && !isMap(auth)) {
    problems.push({
      path,
      ...nodeRange(auth),
      kind: 'manifest',
      message: '`auth` must be a mapping (type, scopes, credential)',
      hint: 'Write `auth:` followed by indented `type:`, `scopes:` and `credential:` keys.',
    });
  }
  const authType = located(valueOf(auth, 'type'));

  const scopes: LocatedValue[] = [];
  const dynamicScopes: LocatedValue[] = [];
  const addScopeText = (node: unknown): void => {
    const v = located(node);
    if (!v) {
      problems.push({
        path,
        ...nodeRange(node),
        kind: 'manifest',
        message: 'an `auth.scopes` entry is not a string',
        hint: 'Write each scope as a plain string, as the provider spells it (e.g. `chat:write`).',
      });
      return;
    }
    if (/\$\{|\{\{|\$[A-Z_]/.test(v.value)) {
      dynamicScopes.push(v);
      return;
    }
    const re = /[^\s,]+/g;
    const raw = text.slice(v.start, v.end);
    const same = raw === v.value;
    for (let m = re.exec(v.value); m; m = re.exec(v.value)) {
      scopes.push(
        same ? { value: m[0], start: v.start + m.index, end: v.start + m.index + m[0].length } : { value: m[0], start: v.start, end: v.end },
      );
    }
  };
  const scopesNode = valueOf(auth, 'scopes') ?? valueOf(auth, 'permissions');
  if (scopesNode !== undefined && scopesNode !== null) {
    const items = seqItems(scopesNode);
    if (items) for (const item of items) addScopeText(item);
    else if (isScalar(scopesNode)) addScopeText(scopesNode);
    else if (isMap(scopesNode)) {
      // A key/level map (GitHub App style): `contents: read`.
      for (const pair of mapPairs(scopesNode) ?? []) {
        const key = scalarText(pair.key);
        const level = scalarText(pair.value);
        if (key === undefined || level === undefined) continue;
        const start = nodeRange(pair.key).start;
        scopes.push({ value: `${key}: ${level}`, start, end: nodeRange(pair.value).end });
      }
    } else
      problems.push({
        path,
        ...nodeRange(scopesNode),
        kind: 'manifest',
        message: '`auth.scopes` must be a list of strings',
        hint: 'Write one scope per line as a YAML list (`- chat:write`).',
      });
  }

  const credentialNode = valueOf(auth, 'credential');
  let credentialRef: LocatedValue | undefined;
  let credentialSource: string | undefined;
  let rotation: LocatedValue | undefined;
  if (isScalar(credentialNode)) credentialRef = located(credentialNode);
  else if (isMap(credentialNode)) {
    credentialRef = located(firstPair(credentialNode, ['ref', 'secret', 'name', 'env', 'key', 'path'])?.value);
    credentialSource = scalarText(valueOf(credentialNode, 'source'));
    rotation = located(firstPair(credentialNode, ROTATION_KEYS)?.value);
  }
  rotation ??= located(firstPair(auth, ROTATION_KEYS)?.value);

  const environments: LocatedValue[] = [];
  const envNode = valueOf(root, 'environments') ?? valueOf(auth, 'environments');
  for (const item of seqItems(envNode) ?? []) {
    const v = located(item) ?? located(valueOf(item, 'name'));
    if (v) environments.push(v);
  }
  if (isMap(envNode))
    for (const pair of mapPairs(envNode) ?? []) {
      const v = located(pair.key);
      if (v) environments.push(v);
    }

  const codePaths = (seqItems(valueOf(root, 'code') ?? valueOf(root, 'paths')) ?? []).map(scalarText).filter((v): v is string => v !== undefined);

  const words = [
    name,
    authType?.value ?? '',
    ...(seqItems(valueOf(root, 'systems')) ?? []).flatMap((s) => [scalarText(valueOf(s, 'vendor')) ?? '', scalarText(valueOf(s, 'id')) ?? '']),
  ]
    .join(' ')
    .toLowerCase()
    .replace(/[-_/]/g, ' ');
  const providerHints: ScopeProvider[] = [];
  for (const [re, provider] of PROVIDER_WORDS) if (re.test(words) && !providerHints.includes(provider)) providerHints.push(provider);
  const own = `${name} ${authType?.value ?? ''}`.toLowerCase().replace(/[-_/]/g, ' ');
  const primaryProvider = PROVIDER_WORDS.find(([re]) => re.test(own))?.[1];

  return {
    connector: {
      path,
      dir,
      name,
      ...(owner ? { owner } : {}),
      ...(authType ? { authType } : {}),
      authRange,
      hasAuth: authPair !== undefined && isMap(auth),
      providerHints,
      ...(primaryProvider ? { primaryProvider } : {}),
      scopes,
      dynamicScopes,
      ...(credentialRef ? { credentialRef } : {}),
      ...(credentialSource ? { credentialSource } : {}),
      ...(rotation ? { rotation } : {}),
      environments,
      codePaths,
    },
    problems,
  };
}

/** Whether a path is a connector manifest (`**\/connectors/<name>/connector.yml|yaml`). */
export function isConnectorManifest(path: string): boolean {
  return /(^|\/)connectors\/[^/]+\/connector\.ya?ml$/.test(path);
}
