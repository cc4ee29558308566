import type { SkipReason } from '../shared/files/file-set.js';
import { buildBlobQuery, chunk, readBlobResponse, type BlobNode, type BlobRequest } from '../shared/github/blob-query.js';
import type { Octokit } from './octokit-type.js';

/** A file's text, or why it is not analyzed, or `undefined` when it does not exist. */
export type LoadedText = { readonly ok: true; readonly text: string; readonly bytes: number } | { readonly ok: false; readonly reason: SkipReason; readonly detail?: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Loads many files' text in a few GraphQL queries (`blobsPerQuery` aliases each),
 * never one request per file. A file over `maxBytes` is `too-large` (its text is
 * dropped unread); a binary one is `binary`; a file whose text GitHub truncated in
 * GraphQL is read whole by its blob id through REST (one request each; rare, as
 * GitHub only truncates large files). Missing paths give `undefined`.
 */
export async function loadBlobs(
  octokit: Octokit,
  requests: readonly BlobRequest[],
  options: { readonly blobsPerQuery: number; readonly maxBytes: number },
): Promise<(LoadedText | undefined)[]> {
  const out: (LoadedText | undefined)[] = [];
  for (const batch of chunk(requests, options.blobsPerQuery)) {
    const query = buildBlobQuery(batch);
    let data: unknown;
    try {
      data = await octokit.graphql(query.query, { ...query.variables });
    } catch (error) {
      // Partial answers (an organisation `.github` repository the App cannot see) still carry data.
      if ((error as { name?: string }).name === 'GraphqlResponseError' && (error as { data?: unknown }).data) data = (error as { data: unknown }).data;
      else throw error;
    }
    const nodes = readBlobResponse(data, query);
    for (let i = 0; i < batch.length; i++) out.push(await toText(octokit, batch[i] as BlobRequest, nodes[i] ?? null, options.maxBytes));
  }
  return out;
}

async function toText(octokit: Octokit, request: BlobRequest, node: BlobNode | null, maxBytes: number): Promise<LoadedText | undefined> {
  if (!node) return undefined;
  if (node.byteSize > maxBytes) return { ok: false, reason: 'too-large', detail: `${node.byteSize} bytes is over the ${maxBytes}-byte limit` };
  if (node.isBinary === true) return { ok: false, reason: 'binary' };
  if (!node.isTruncated && node.text !== null) return node.text.slice(0, 8192).includes('\u0000') ? { ok: false, reason: 'binary' } : { ok: true, text: node.text, bytes: node.byteSize };
  const { data } = await octokit.rest.git.getBlob({ owner: request.owner, repo: request.repo, file_sha: node.oid });
  const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: decoder.decode(bytes), bytes: bytes.length };
  } catch {
    return { ok: false, reason: 'invalid-utf8' };
  }
}
