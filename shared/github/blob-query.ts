/** One file to read through GraphQL: `object(expression: "<rev>:<path>")` in a repository. */
export interface BlobRequest {
  readonly owner: string;
  readonly repo: string;
  /** A Git revision expression, e.g. `<sha>:<path>`. */
  readonly expression: string;
}

/** What GitHub's GraphQL `Blob` returns for a file (https://docs.github.com/en/graphql/reference/objects#blob). */
export interface BlobNode {
  readonly oid: string;
  readonly byteSize: number;
  /** Null when GitHub cannot tell. */
  readonly isBinary: boolean | null;
  /** True when `text` was cut by GitHub; load the blob by `oid` instead. */
  readonly isTruncated: boolean;
  /** Null for binary files. */
  readonly text: string | null;
}

/** A GraphQL document and its variables, ready for `octokit.graphql(query, variables)`. */
export interface BlobQuery {
  readonly query: string;
  readonly variables: Readonly<Record<string, string>>;
  /** Response paths of each request, in request order: `[repositoryAlias, objectAlias]`. */
  readonly paths: readonly (readonly [string, string])[];
}

/** Default number of files per query: one request reads this many blobs. */
export const DEFAULT_BLOBS_PER_QUERY = 500;

/**
 * Builds one GraphQL query reading many blobs by alias (`f0: object(expression: $e0)`),
 * grouped by repository. Every owner, name and expression is a variable, never text
 * pasted into the document, so a file name cannot change the query.
 */
export function buildBlobQuery(requests: readonly BlobRequest[]): BlobQuery {
  const repos = new Map<string, { alias: string; owner: string; repo: string; fields: string[] }>();
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const paths: (readonly [string, string])[] = [];
  requests.forEach((request, i) => {
    const key = `${request.owner}/${request.repo}`;
    let repo = repos.get(key);
    if (!repo) {
      const n = repos.size;
      repo = { alias: `r${n}`, owner: request.owner, repo: request.repo, fields: [] };
      repos.set(key, repo);
      variables[`o${n}`] = request.owner;
      variables[`n${n}`] = request.repo;
      declarations.push(`$o${n}: String!`, `$n${n}: String!`);
    }
    variables[`e${i}`] = request.expression;
    declarations.push(`$e${i}: String!`);
    repo.fields.push(`f${i}: object(expression: $e${i}) { ...blob }`);
    paths.push([repo.alias, `f${i}`]);
  });
  const body = [...repos.values()].map((r, n) => `${r.alias}: repository(owner: $o${n}, name: $n${n}) { ${r.fields.join(' ')} }`).join(' ');
  const query = `query TollgateBlobs(${declarations.join(', ')}) { ${body} } fragment blob on Blob { oid byteSize isBinary isTruncated text }`;
  return { query, variables, paths };
}

/**
 * Reads the blobs of a {@link buildBlobQuery} response in request order: `null` for a
 * path that does not exist at that revision (or is not a blob: a submodule, a tree)
 * or a repository GitHub would not resolve.
 */
export function readBlobResponse(data: unknown, query: BlobQuery): (BlobNode | null)[] {
  const root = (data ?? {}) as Record<string, Record<string, unknown> | null | undefined>;
  return query.paths.map(([repo, field]) => {
    const node = root[repo]?.[field] as Partial<BlobNode> | null | undefined;
    if (!node || typeof node.oid !== 'string' || typeof node.byteSize !== 'number') return null;
    return {
      oid: node.oid,
      byteSize: node.byteSize,
      isBinary: typeof node.isBinary === 'boolean' ? node.isBinary : null,
      isTruncated: node.isTruncated === true,
      text: typeof node.text === 'string' ? node.text : null,
    };
  });
}

/** Splits `items` into chunks of at most `size` (default {@link DEFAULT_BLOBS_PER_QUERY}). */
export function chunk<T>(items: readonly T[], size: number = DEFAULT_BLOBS_PER_QUERY): T[][] {
  const n = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
