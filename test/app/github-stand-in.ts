/**
 * A stateful stand-in for the parts of GitHub's REST and GraphQL APIs the App calls,
 * on a loopback port: repositories with commits (path -> content), pull requests
 * whose file lists and patches are computed from their commits, check runs,
 * comments, labels and review requests. Every request is recorded (method, route,
 * body) so tests can assert what the App sent; faults (5xx, timeouts, secondary
 * rate limits with `retry-after`) can be injected per endpoint; every answer can be
 * delayed (the benchmark uses 30 ms). Response shapes are typed against
 * `@octokit/openapi-types`.
 */
import { createHash, createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@octokit/openapi-types';

type Schemas = components['schemas'];
type DiffEntry = Schemas['diff-entry'];
type CheckRunOut = Pick<Schemas['check-run'], 'id' | 'head_sha' | 'name' | 'status' | 'conclusion' | 'started_at' | 'completed_at'> & {
  output: Pick<Schemas['check-run']['output'], 'title' | 'summary' | 'text' | 'annotations_count'>;
  app: { id: number; slug: string } | null;
};
type CommentOut = Pick<Schemas['issue-comment'], 'id' | 'body' | 'created_at' | 'updated_at'> & { user: { login: string; type: string } };

/** One recorded request. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the `/api/v3` prefix and without the query. */
  readonly path: string;
  /** `METHOD /route/{param}`; GraphQL queries are `POST /graphql`. */
  readonly route: string;
  readonly query: string;
  readonly body: string;
  readonly status: number;
  readonly startedAt: number;
  readonly endedAt: number;
}

/** A fault to inject: the next `times` requests matching `method` and `route` fail so. */
export interface Fault {
  readonly method?: string;
  /** Matched against the route (`/repos/{owner}/{repo}/check-runs`) or the raw path. */
  readonly route: string | RegExp;
  readonly kind: 'status' | 'secondary-rate-limit' | 'timeout';
  /** For `status`: 500, 502, ... */
  readonly status?: number;
  /** `retry-after` header in seconds (secondary rate limits). */
  readonly retryAfter?: number;
  /** For `timeout`: how long to hold the answer, in ms. */
  readonly holdMs?: number;
  /** Only requests about this repository (its name in the path or the GraphQL variables). */
  readonly repo?: string;
  /** Perform the request, then answer with the fault (a write GitHub did apply). */
  readonly applyFirst?: boolean;
  times: number;
}

/** A file's content in a commit: text, or bytes for binary files. */
export type Content = string | Uint8Array;

interface Repo {
  owner: string;
  name: string;
  defaultBranch: string;
  branches: Map<string, string>;
}

export interface Pull {
  repoKey: string;
  number: number;
  state: 'open' | 'closed';
  head: string;
  base: string;
  baseRef: string;
  author: string;
  labels: string[];
  requestedUsers: string[];
  requestedTeams: string[];
  /** Paths whose patch GitHub leaves out (a diff too large to show). */
  omitPatch: Set<string>;
  /** Reviews, oldest first (`GET .../reviews`). */
  reviews: { id: number; user: { login: string; type: string }; state: string; commit_id: string; submitted_at: string; body: string }[];
}

export interface CheckRun extends CheckRunOut {
  repoKey: string;
  annotations: unknown[];
  actions: unknown[];
  updates: number;
}

/** An issue (not a pull request) in the stand-in. */
export interface Issue {
  repoKey: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: { login: string; type: string };
  updates: number;
}

export interface Comment extends CommentOut {
  repoKey: string;
  issue: number;
}

/** Options of {@link startGitHubStandIn}. */
export interface StandInOptions {
  /** Delay before every answer, in ms. Default 0. */
  readonly latencyMs?: number;
  /** PEM public key of the App, to verify its JWTs. */
  readonly appPublicKey?: string;
  readonly appId?: number;
  /** GraphQL `Blob.text` is cut beyond this many bytes (`isTruncated`). Default 512 KiB. */
  readonly graphqlTextLimit?: number;
}

const gitBlobSha = (bytes: Uint8Array): string => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
const toBytes = (c: Content): Uint8Array => (typeof c === 'string' ? new TextEncoder().encode(c) : c);
const isBinary = (c: Content): boolean => typeof c !== 'string' || c.slice(0, 8000).includes('\0');

/** A minimal unified diff of two texts: common head and tail kept, one hunk for the middle. */
export function makePatch(before: string | undefined, after: string | undefined): string {
  const a = before === undefined || before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const b = after === undefined || after === '' ? [] : after.replace(/\n$/, '').split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const removed = a.slice(start, endA);
  const added = b.slice(start, endB);
  if (removed.length === 0 && added.length === 0) return '';
  const oldStart = removed.length === 0 ? start : start + 1;
  const newStart = added.length === 0 ? start : start + 1;
  return [`@@ -${oldStart},${removed.length} +${newStart},${added.length} @@`, ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)].join(
    '\n',
  );
}

/** The running stand-in. */
export interface GitHubStandIn {
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  readonly checkRuns: CheckRun[];
  readonly comments: Comment[];
  /** Issues (`GET/POST /repos/{owner}/{repo}/issues`, `PATCH .../issues/{issue_number}`). */
  readonly issues: Issue[];
  /** Repositories (`owner/name`) whose recursive tree listing answers `truncated: true`. */
  readonly truncatedTrees: Set<string>;
  /** Installations `GET /app/installations` lists; each sees every repository (`GET /installation/repositories`). */
  readonly installations: number[];
  readonly faults: Fault[];
  latencyMs: number;
  graphqlTextLimit: number;
  /** Adds a repository with an initial commit on its default branch; returns that commit. */
  createRepo(owner: string, name: string, files: Record<string, Content>, defaultBranch?: string): string;
  /** Adds a commit on top of `parent`: `null` deletes a path. Returns its sha. */
  commit(parent: string, changes: Record<string, Content | null>): string;
  /** Opens a pull request from `head` into the repository's default branch at `base`. */
  openPull(owner: string, name: string, options: { base: string; head: string; number?: number; author?: string; omitPatch?: string[] }): number;
  /** Adds a commit on the default branch (a push to it). Returns its sha. */
  pushDefault(owner: string, name: string, changes: Record<string, Content | null>): string;
  /** Moves a pull request's head (a push). */
  push(owner: string, name: string, number: number, head: string): void;
  pull(owner: string, name: string, number: number): Pull;
  labelsOf(owner: string, name: string, number: number): string[];
  /** Adds a review by `user` on the pull request's current head (or `commit`). */
  review(
    owner: string,
    name: string,
    number: number,
    user: string,
    state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED',
    commit?: string,
  ): void;
  /** Team members by `org/slug` (`GET /orgs/{org}/teams/{team_slug}/members`); a team not listed answers 404. */
  readonly teams: Map<string, string[]>;
  /** Requests the App sent, excluding token creation. */
  appRequests(): RecordedRequest[];
  addFault(fault: Fault): void;
  /** Called before each answer (tests use it to move a head mid-review). */
  onRequest?: (request: { method: string; route: string }) => void | Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

/** Starts the stand-in on a free loopback port. */
export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const commits = new Map<string, Map<string, Content>>();
  const blobs = new Map<string, Content>();
  const repos = new Map<string, Repo>();
  const pulls = new Map<string, Pull>();
  const teams = new Map<string, string[]>();
  const requests: RecordedRequest[] = [];
  const checkRuns: CheckRun[] = [];
  const comments: Comment[] = [];
  const issues: Issue[] = [];
  const installations: number[] = [];
  const truncatedTrees = new Set<string>();
  const faults: Fault[] = [];
  const tokens = new Set<string>();
  let nextId = 1000;
  let commitCounter = 0;
  const publicKey: KeyObject | undefined = options.appPublicKey ? createPublicKey(options.appPublicKey) : undefined;

  const storeCommit = (files: Map<string, Content>): string => {
    commitCounter += 1;
    const sha = createHash('sha1')
      .update(`commit ${commitCounter} ${randomBytes(8).toString('hex')}`)
      .digest('hex');
    commits.set(sha, files);
    for (const content of files.values()) blobs.set(gitBlobSha(toBytes(content)), content);
    return sha;
  };

  const resolveRev = (repo: Repo, rev: string): Map<string, Content> | undefined => {
    if (rev === 'HEAD') return commits.get(repo.branches.get(repo.defaultBranch) ?? '');
    return commits.get(repo.branches.get(rev) ?? rev);
  };

  const fileCache = new Map<string, DiffEntry[]>();
  const pullFiles = (pull: Pull): DiffEntry[] => {
    const cacheKey = `${pull.base}..${pull.head}:${[...pull.omitPatch].join(',')}`;
    const cached = fileCache.get(cacheKey);
    if (cached) return cached;
    const computed = computePullFiles(pull);
    fileCache.set(cacheKey, computed);
    return computed;
  };
  const computePullFiles = (pull: Pull): DiffEntry[] => {
    const before = commits.get(pull.base) ?? new Map<string, Content>();
    const after = commits.get(pull.head) ?? new Map<string, Content>();
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
    const out: DiffEntry[] = [];
    for (const path of paths) {
      const a = before.get(path);
      const b = after.get(path);
      if (a !== undefined && b !== undefined && Buffer.compare(Buffer.from(toBytes(a)), Buffer.from(toBytes(b))) === 0) continue;
      const status: DiffEntry['status'] = a === undefined ? 'added' : b === undefined ? 'removed' : 'modified';
      const binary = (a !== undefined && isBinary(a)) || (b !== undefined && isBinary(b));
      const patch = binary ? undefined : makePatch(a as string | undefined, b as string | undefined);
      const additions = patch ? patch.split('\n').filter((l) => l.startsWith('+')).length : 0;
      const deletions = patch ? patch.split('\n').filter((l) => l.startsWith('-')).length : 0;
      const sha = gitBlobSha(toBytes(b ?? a ?? ''));
      out.push({
        sha,
        filename: path,
        status,
        additions,
        deletions,
        changes: binary ? 0 : additions + deletions,
        blob_url: `https://github.test/blob/${sha}/${path}`,
        raw_url: `https://github.test/raw/${sha}/${path}`,
        contents_url: `https://github.test/contents/${path}`,
        ...(patch !== undefined && !pull.omitPatch.has(path) ? { patch } : {}),
      });
    }
    return out;
  };

  const route = (method: string, path: string): { route: string; params: string[] } => {
    const patterns: [RegExp, string][] = [
      [/^\/app\/installations\/([^/]+)\/access_tokens$/, '/app/installations/{id}/access_tokens'],
      [/^\/graphql$/, '/graphql'],
      [/^\/app\/installations$/, '/app/installations'],
      [/^\/installation\/repositories$/, '/installation/repositories'],
      [/^\/repos\/([^/]+)\/([^/]+)\/branches\/([^/]+)$/, '/repos/{owner}/{repo}/branches/{branch}'],
      [/^\/repos\/([^/]+)\/([^/]+)\/issues$/, '/repos/{owner}/{repo}/issues'],
      [/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/, '/repos/{owner}/{repo}/issues/{issue_number}'],
      [/^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/, '/orgs/{org}/teams/{team_slug}/members'],
      [/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/, '/repos/{owner}/{repo}/pulls/{pull_number}'],
      [/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/, '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
      [/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/, '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
      [/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/requested_reviewers$/, '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'],
      [/^\/repos\/([^/]+)\/([^/]+)\/compare\/(.+)$/, '/repos/{owner}/{repo}/compare/{basehead}'],
      [/^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/check-runs$/, '/repos/{owner}/{repo}/commits/{ref}/check-runs'],
      [/^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/, '/repos/{owner}/{repo}/commits/{commit_sha}/pulls'],
      [/^\/repos\/([^/]+)\/([^/]+)\/check-runs$/, '/repos/{owner}/{repo}/check-runs'],
      [/^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/, '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
      [/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
      [/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
      [/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/, '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
      [/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels\/(.+)$/, '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}'],
      [/^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/([^/]+)$/, '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
      [/^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([^/]+)$/, '/repos/{owner}/{repo}/git/blobs/{file_sha}'],
    ];
    for (const [regex, name] of patterns) {
      const m = regex.exec(path);
      if (m) return { route: name, params: m.slice(1).map(decodeURIComponent) };
    }
    return { route: path, params: [] };
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(status === 204 ? undefined : JSON.stringify(body));
    return status;
  };

  const verifyJwt = (header: string | undefined): boolean => {
    if (!publicKey) return true;
    const token = header?.replace(/^bearer /i, '') ?? '';
    const [h, p, s] = token.split('.');
    if (!h || !p || !s) return false;
    const ok = verify('RSA-SHA256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url'));
    if (!ok) return false;
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as { iss?: unknown };
    return options.appId === undefined || String(claims.iss) === String(options.appId);
  };

  const checkOut = (c: CheckRun): CheckRunOut => ({
    id: c.id,
    head_sha: c.head_sha,
    name: c.name,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.started_at,
    completed_at: c.completed_at,
    output: c.output,
    app: c.app,
  });
  const issueOut = (i: Issue) => ({
    id: i.number + 500_000,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    user: i.user,
  });
  const commentOut = (c: Comment): CommentOut => ({ id: c.id, body: c.body, created_at: c.created_at, updated_at: c.updated_at, user: c.user });

  const paginate = <T>(res: ServerResponse, url: URL, items: T[], max = Infinity): number => {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const all = items.slice(0, max);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return json(res, 200, slice, headers);
  };

  const graphql = (body: { query: string; variables?: Record<string, string> }): { data: Record<string, unknown>; errors?: unknown[] } => {
    const vars = body.variables ?? {};
    const data: Record<string, unknown> = {};
    const errors: unknown[] = [];
    const tokensRe = /(\w+): repository\(owner: \$(\w+), name: \$(\w+)\)|(\w+): object\(expression: \$(\w+)\)/g;
    let current: { alias: string; repo: Repo | undefined; fields: Record<string, unknown> } | undefined;
    for (const m of body.query.matchAll(tokensRe)) {
      if (m[1]) {
        const repo = repos.get(`${vars[m[2] as string]}/${vars[m[3] as string]}`);
        current = { alias: m[1], repo, fields: {} };
        data[m[1]] = repo ? current.fields : null;
        if (!repo)
          errors.push({
            type: 'NOT_FOUND',
            path: [m[1]],
            message: `Could not resolve to a Repository with the name '${vars[m[2] as string]}/${vars[m[3] as string]}'.`,
          });
      } else if (current?.repo) {
        const expression = vars[m[5] as string] ?? '';
        const colon = expression.indexOf(':');
        const files = resolveRev(current.repo, expression.slice(0, colon));
        const content = files?.get(expression.slice(colon + 1));
        if (content === undefined) {
          current.fields[m[4] as string] = null;
          continue;
        }
        const bytes = toBytes(content);
        const binary = isBinary(content);
        const truncated = !binary && bytes.length > graphqlTextLimitRef.value;
        current.fields[m[4] as string] = {
          oid: gitBlobSha(bytes),
          byteSize: bytes.length,
          isBinary: binary,
          isTruncated: truncated,
          text: binary ? null : truncated ? Buffer.from(bytes.subarray(0, graphqlTextLimitRef.value)).toString('utf8') : (content as string),
        };
      }
    }
    return errors.length > 0 ? { data, errors } : { data };
  };
  const graphqlTextLimitRef = { value: options.graphqlTextLimit ?? 512 * 1024 };

  const handle = async (
    method: string,
    path: string,
    url: URL,
    req: IncomingMessage,
    res: ServerResponse,
    text: string,
    routeName: string,
    params: string[],
  ): Promise<number> => {
    if (routeName === '/app/installations/{id}/access_tokens' && method === 'POST') {
      if (!verifyJwt(req.headers.authorization)) return json(res, 401, { message: 'A JSON web token could not be decoded' });
      const token = `ghs_${randomBytes(18).toString('hex')}`;
      tokens.add(token);
      return json(res, 201, { token, expires_at: new Date(Date.now() + 3600_000).toISOString(), permissions: {}, repository_selection: 'all' });
    }
    if (routeName === '/app/installations' && method === 'GET') {
      if (!verifyJwt(req.headers.authorization)) return json(res, 401, { message: 'A JSON web token could not be decoded' });
      return paginate(
        res,
        url,
        installations.map((id) => ({ id, account: { login: 'acme', type: 'Organization' }, app_id: options.appId ?? 1 })),
      );
    }
    const auth = req.headers.authorization?.replace(/^(token|bearer) /i, '') ?? '';
    if (!tokens.has(auth)) return json(res, 401, { message: 'Bad credentials' });
    if (routeName === '/installation/repositories' && method === 'GET') {
      const all = [...repos.values()].map((r, i) => ({
        id: i + 1,
        name: r.name,
        full_name: `${r.owner}/${r.name}`,
        owner: { login: r.owner },
        default_branch: r.defaultBranch,
        archived: false,
        disabled: false,
      }));
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url.toString());
        next.searchParams.set('page', String(page + 1));
        next.searchParams.set('per_page', String(perPage));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      return json(res, 200, { total_count: all.length, repositories: all.slice((page - 1) * perPage, page * perPage) }, headers);
    }
    const body = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    if (routeName === '/graphql') return json(res, 200, graphql(body as { query: string; variables?: Record<string, string> }));

    if (routeName === '/orgs/{org}/teams/{team_slug}/members' && method === 'GET') {
      const members = teams.get(`${params[0]}/${params[1]}`.toLowerCase());
      if (!members) return json(res, 404, { message: 'Not Found' });
      return paginate(
        res,
        url,
        members.map((login, i) => ({ login, id: i + 1, type: 'User' })),
      );
    }
    const [owner, name, third] = params;
    const repoKey = `${owner}/${name}`;
    const repo = repos.get(repoKey);
    if (!repo) return json(res, 404, { message: 'Not Found' });
    const pullOf = (n: string | undefined): Pull | undefined => pulls.get(`${repoKey}#${n}`);
    const now = new Date().toISOString();

    switch (`${method} ${routeName}`) {
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = pullOf(third);
        if (!pull) return json(res, 404, { message: 'Not Found' });
        return json(res, 200, {
          number: pull.number,
          state: pull.state,
          user: { login: pull.author, type: 'User' },
          head: { sha: pull.head, ref: 'feature', repo: { name, owner: { login: owner } } },
          base: { sha: pull.base, ref: pull.baseRef, repo: { name, owner: { login: owner } } },
          changed_files: pullFiles(pull).length,
          labels: pull.labels.map((l, i) => ({ id: i + 1, name: l })),
          requested_reviewers: pull.requestedUsers.map((login) => ({ login })),
          requested_teams: pull.requestedTeams.map((slug) => ({ slug, name: slug })),
        });
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const pull = pullOf(third);
        if (!pull) return json(res, 404, { message: 'Not Found' });
        return paginate(res, url, pullFiles(pull), 3000);
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews':
        return paginate(res, url, pullOf(third)?.reviews ?? []);
      case 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': {
        const pull = pullOf(third);
        if (!pull) return json(res, 404, { message: 'Not Found' });
        pull.requestedUsers.push(...((body.reviewers as string[] | undefined) ?? []));
        pull.requestedTeams.push(...((body.team_reviewers as string[] | undefined) ?? []));
        return json(res, 201, { number: pull.number });
      }
      case 'GET /repos/{owner}/{repo}/compare/{basehead}': {
        const [base] = (third ?? '').split('...');
        return json(res, 200, { merge_base_commit: { sha: base }, files: [] });
      }
      case 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': {
        const name = url.searchParams.get('check_name');
        const runs = checkRuns.filter((c) => c.repoKey === repoKey && c.head_sha === third && (!name || c.name === name));
        return json(res, 200, { total_count: runs.length, check_runs: runs.map(checkOut) });
      }
      case 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls':
        return json(
          res,
          200,
          [...pulls.values()]
            .filter((p) => p.repoKey === repoKey && p.head === third)
            .map((p) => ({ number: p.number, state: p.state, head: { sha: p.head } })),
        );
      case 'POST /repos/{owner}/{repo}/check-runs': {
        const invalid = invalidCheckBody(body);
        if (invalid) return json(res, 422, { message: invalid });
        const run: CheckRun = {
          repoKey,
          id: nextId++,
          head_sha: String(body.head_sha),
          name: String(body.name),
          status: (body.status as CheckRun['status']) ?? 'queued',
          conclusion: (body.conclusion as CheckRun['conclusion']) ?? null,
          started_at: now,
          completed_at: null,
          output: { title: null, summary: null, text: null, annotations_count: 0 },
          app: { id: options.appId ?? 1, slug: 'tollgate' },
          annotations: [],
          actions: [],
          updates: 0,
        };
        applyCheckUpdate(run, body);
        checkRuns.push(run);
        return json(res, 201, checkOut(run));
      }
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = checkRuns.find((c) => c.id === Number(third));
        if (!run) return json(res, 404, { message: 'Not Found' });
        const invalid = invalidCheckBody(body);
        if (invalid) return json(res, 422, { message: invalid });
        run.updates += 1;
        applyCheckUpdate(run, body);
        return json(res, 200, checkOut(run));
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return paginate(
          res,
          url,
          comments
            .filter((c) => c.repoKey === repoKey && c.issue === Number(third))
            .sort((a, b) => Number(a.id) - Number(b.id))
            .map(commentOut),
        );
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const c: Comment = {
          repoKey,
          issue: Number(third),
          id: nextId++,
          body: String(body.body),
          created_at: now,
          updated_at: now,
          user: { login: 'tollgate[bot]', type: 'Bot' },
        };
        comments.push(c);
        return json(res, 201, commentOut(c));
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const c = comments.find((x) => x.id === Number(third) && x.repoKey === repoKey);
        if (!c) return json(res, 404, { message: 'Not Found' });
        c.body = String(body.body);
        c.updated_at = now;
        return json(res, 200, commentOut(c));
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const i = comments.findIndex((x) => x.id === Number(third) && x.repoKey === repoKey);
        if (i < 0) return json(res, 404, { message: 'Not Found' });
        comments.splice(i, 1);
        return json(res, 204, undefined);
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': {
        const pull = pullOf(third);
        if (!pull) return json(res, 404, { message: 'Not Found' });
        for (const l of (body.labels as string[] | undefined) ?? []) if (!pull.labels.includes(l)) pull.labels.push(l);
        return json(
          res,
          200,
          pull.labels.map((l) => ({ name: l })),
        );
      }
      case 'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': {
        const pull = pullOf(third);
        const label = params[3];
        if (!pull || !label || !pull.labels.includes(label)) return json(res, 404, { message: 'Label does not exist' });
        pull.labels = pull.labels.filter((l) => l !== label);
        return json(
          res,
          200,
          pull.labels.map((l) => ({ name: l })),
        );
      }
      case 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': {
        const files = resolveRev(repo, third ?? '');
        if (!files) return json(res, 404, { message: 'Not Found' });
        return json(res, 200, {
          sha: third,
          truncated: truncatedTrees.has(repoKey),
          tree: [...files.entries()].map(([p, c]) => ({
            path: p,
            mode: '100644',
            type: 'blob',
            sha: gitBlobSha(toBytes(c)),
            size: toBytes(c).length,
          })),
        });
      }
      case 'GET /repos/{owner}/{repo}/branches/{branch}': {
        const sha = repo.branches.get(third ?? '');
        if (!sha) return json(res, 404, { message: 'Branch not found' });
        return json(res, 200, { name: third, commit: { sha } });
      }
      case 'GET /repos/{owner}/{repo}/issues': {
        const state = url.searchParams.get('state') ?? 'open';
        return paginate(res, url, issues.filter((i) => i.repoKey === repoKey && (state === 'all' || i.state === state)).map(issueOut));
      }
      case 'POST /repos/{owner}/{repo}/issues': {
        if (typeof body.title !== 'string' || body.title === '') return json(res, 422, { message: 'title is required' });
        const number = 1 + issues.filter((i) => i.repoKey === repoKey).length + [...pulls.values()].filter((p) => p.repoKey === repoKey).length;
        const issue: Issue = {
          repoKey,
          number,
          title: body.title,
          body: typeof body.body === 'string' ? body.body : null,
          state: 'open',
          state_reason: null,
          user: { login: 'tollgate[bot]', type: 'Bot' },
          updates: 0,
        };
        issues.push(issue);
        return json(res, 201, issueOut(issue));
      }
      case 'PATCH /repos/{owner}/{repo}/issues/{issue_number}': {
        const issue = issues.find((i) => i.repoKey === repoKey && i.number === Number(third));
        if (!issue) return json(res, 404, { message: 'Not Found' });
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string') issue.body = body.body;
        if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
        if (typeof body.state_reason === 'string') issue.state_reason = body.state_reason;
        issue.updates += 1;
        return json(res, 200, issueOut(issue));
      }
      case 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': {
        const content = blobs.get(third ?? '');
        if (content === undefined) return json(res, 404, { message: 'Not Found' });
        const bytes = toBytes(content);
        return json(res, 200, { sha: third, size: bytes.length, encoding: 'base64', content: Buffer.from(bytes).toString('base64') });
      }
      default:
        return json(res, 404, { message: `Not Found (stand-in has no ${method} ${routeName})` });
    }
  };

  /** GitHub's validation of a check run's output, as far as the App could break it. */
  function invalidCheckBody(body: Record<string, unknown>): string | undefined {
    const output = body.output as { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] } | undefined;
    if (!output) return undefined;
    if (output.annotations && output.annotations.length > 50) return 'Only 50 annotations are allowed per request';
    if (output.annotations && (!output.title || !output.summary)) return 'output.title and output.summary are required with annotations';
    if (Buffer.byteLength(output.summary ?? '') > 65535 || Buffer.byteLength(output.text ?? '') > 65535)
      return 'output.summary is too long (maximum is 65535 characters)';
    for (const a of output.annotations ?? []) {
      if (typeof a.start_line !== 'number' || typeof a.end_line !== 'number' || a.start_line < 1 || a.end_line < a.start_line)
        return 'annotation lines are invalid';
      if (a.start_line !== a.end_line && (a.start_column !== undefined || a.end_column !== undefined))
        return 'start_column and end_column may only be used on single-line annotations';
      if (!['notice', 'warning', 'failure'].includes(String(a.annotation_level))) return 'annotation_level is invalid';
    }
    return undefined;
  }

  function applyCheckUpdate(run: CheckRun, body: Record<string, unknown>): void {
    if (body.status) run.status = body.status as CheckRun['status'];
    if (body.conclusion) {
      run.conclusion = body.conclusion as CheckRun['conclusion'];
      run.status = 'completed';
    }
    if (run.status === 'completed') run.completed_at = (body.completed_at as string | undefined) ?? new Date().toISOString();
    const output = body.output as { title?: string; summary?: string; text?: string; annotations?: unknown[] } | undefined;
    if (output) {
      run.output = {
        title: output.title ?? run.output.title,
        summary: output.summary ?? run.output.summary,
        text: output.text ?? run.output.text,
        annotations_count: run.output.annotations_count + (output.annotations?.length ?? 0),
      };
      run.annotations.push(...(output.annotations ?? []));
    }
    if (Array.isArray(body.actions)) run.actions = body.actions;
  }

  const server: Server = createServer((req, res) => {
    const startedAt = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
        const method = req.method ?? 'GET';
        let path = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
        if (path === '/api/graphql') path = '/graphql';
        const text = Buffer.concat(chunks).toString('utf8');
        const { route: routeName, params } = route(method, path);
        const record = (status: number): void => {
          requests.push({ method, path, route: `${method} ${routeName}`, query: url.search, body: text, status, startedAt, endedAt: Date.now() });
        };
        try {
          if (standIn.latencyMs > 0) await new Promise((r) => setTimeout(r, standIn.latencyMs));
          await standIn.onRequest?.({ method, route: routeName });
          const fault = faults.find(
            (f) =>
              f.times > 0 &&
              (!f.method || f.method === method) &&
              (typeof f.route === 'string' ? f.route === routeName || f.route === path : f.route.test(routeName)) &&
              (!f.repo || path.includes(`/${f.repo}/`) || path.endsWith(`/${f.repo}`) || (routeName === '/graphql' && text.includes(`"${f.repo}"`))),
          );
          if (fault) {
            fault.times -= 1;
            if (fault.applyFirst) {
              const sink = { writeHead: () => sink, end: () => undefined } as unknown as ServerResponse;
              await handle(method, path, url, req, sink, text, routeName, params);
            }
            if (fault.kind === 'timeout') {
              await new Promise((r) => setTimeout(r, fault.holdMs ?? 5000));
              if (res.destroyed || req.socket.destroyed) return record(0);
              return record(json(res, 504, { message: 'held too long' }));
            }
            if (fault.kind === 'secondary-rate-limit') {
              return record(
                json(
                  res,
                  403,
                  {
                    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
                    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
                  },
                  { 'retry-after': String(fault.retryAfter ?? 1) },
                ),
              );
            }
            return record(json(res, fault.status ?? 500, { message: fault.status === 502 ? 'Bad Gateway' : 'Server Error' }));
          }
          record(await handle(method, path, url, req, res, text, routeName, params));
        } catch (error) {
          record(json(res, 500, { message: `stand-in error: ${(error as Error).message}` }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const standIn: GitHubStandIn = {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    checkRuns,
    comments,
    issues,
    installations,
    truncatedTrees,
    faults,
    latencyMs: options.latencyMs ?? 0,
    get graphqlTextLimit() {
      return graphqlTextLimitRef.value;
    },
    set graphqlTextLimit(v: number) {
      graphqlTextLimitRef.value = v;
    },
    createRepo(owner, name, files, defaultBranch = 'main') {
      const sha = storeCommit(new Map(Object.entries(files)));
      repos.set(`${owner}/${name}`, { owner, name, defaultBranch, branches: new Map([[defaultBranch, sha]]) });
      return sha;
    },
    commit(parent, changes) {
      const files = new Map(commits.get(parent) ?? []);
      for (const [p, c] of Object.entries(changes)) {
        if (c === null) files.delete(p);
        else files.set(p, c);
      }
      return storeCommit(files);
    },
    openPull(owner, name, o) {
      const repoKey = `${owner}/${name}`;
      const repo = repos.get(repoKey);
      if (!repo) throw new Error(`no repository ${repoKey}`);
      const number = o.number ?? [...pulls.values()].filter((p) => p.repoKey === repoKey).length + 1;
      pulls.set(`${repoKey}#${number}`, {
        repoKey,
        number,
        state: 'open',
        head: o.head,
        base: o.base,
        baseRef: repo.defaultBranch,
        author: o.author ?? 'octocat',
        labels: [],
        requestedUsers: [],
        requestedTeams: [],
        omitPatch: new Set(o.omitPatch ?? []),
        reviews: [],
      });
      return number;
    },
    pushDefault(owner, name, changes) {
      const repo = repos.get(`${owner}/${name}`);
      if (!repo) throw new Error(`no repository ${owner}/${name}`);
      const sha = standIn.commit(repo.branches.get(repo.defaultBranch) ?? '', changes);
      repo.branches.set(repo.defaultBranch, sha);
      return sha;
    },
    push(owner, name, number, head) {
      const pull = pulls.get(`${owner}/${name}#${number}`);
      if (!pull) throw new Error('no such pull request');
      pull.head = head;
    },
    pull(owner, name, number) {
      const pull = pulls.get(`${owner}/${name}#${number}`);
      if (!pull) throw new Error('no such pull request');
      return pull;
    },
    labelsOf(owner, name, number) {
      return [...(pulls.get(`${owner}/${name}#${number}`)?.labels ?? [])];
    },
    review(owner, name, number, user, state, commit) {
      const pull = pulls.get(`${owner}/${name}#${number}`);
      if (!pull) throw new Error('no such pull request');
      const at = new Date(Date.parse('2026-01-01T00:00:00Z') + pull.reviews.length * 60_000).toISOString();
      pull.reviews.push({ id: nextId++, user: { login: user, type: 'User' }, state, commit_id: commit ?? pull.head, submitted_at: at, body: '' });
    },
    teams,
    appRequests() {
      return requests.filter((r) => !r.route.endsWith('/access_tokens'));
    },
    addFault(fault) {
      faults.push(fault);
    },
    reset() {
      requests.length = 0;
      faults.length = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return standIn;
}
