import { decodeForAnalysis } from '../shared/files/decode-for-analysis.js';
import { buildBlobQuery, chunk, readBlobResponse, type BlobNode, type BlobRequest } from '../shared/github/blob-query.js';
import type { SourceText } from '../shared/review/change-source.js';
import type { Octokit } from './octokit-type.js';

/** A file's text, or why it is not analyzed, or `undefined` when it does not exist. */
export type LoadedText = SourceText;

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
  const budget = { binaryChecks: BINARY_CHECKS };
  for (const batch of chunk(requests, options.blobsPerQuery)) {
    const query = buildBlobQuery(batch);
    let data: unknown;
    try {
      data = await octokit.graphql(query.query, { ...query.variables });
    } catch (error) {
      // Partial answers (an organisation `.github` repository the App cannot see) still carry data.
      if ((error as { name?: string }).name === 'GraphqlResponseError' && (error as { data?: unknown }).data)
        data = (error as { data: unknown }).data;
      else throw error;
    }
    const nodes = readBlobResponse(data, query);
    for (let i = 0; i < batch.length; i++) out.push(await toText(octokit, batch[i] as BlobRequest, nodes[i] ?? null, options.maxBytes, budget));
  }
  return out;
}

/** Binary files read through REST per load to check what they are (one request each). */
const BINARY_CHECKS = 20;

async function toText(
  octokit: Octokit,
  request: BlobRequest,
  node: BlobNode | null,
  maxBytes: number,
  budget: { binaryChecks: number },
): Promise<LoadedText | undefined> {
  if (!node) return undefined;
  if (node.byteSize > maxBytes) return { ok: false, reason: 'too-large', detail: `${node.byteSize} bytes is over the ${maxBytes}-byte limit` };
  if (!node.isTruncated && node.text !== null && node.isBinary !== true) {
    const decoded = decodeForAnalysis(Buffer.from(node.text, 'utf8'), Number.POSITIVE_INFINITY);
    return decoded.text !== undefined ? { ok: true, text: node.text, bytes: node.byteSize } : { ok: false, reason: 'binary' };
  }
  // GitHub calls a file binary on a single NUL byte or invalid UTF-8: read a few such
  // files whole to see what they are (text with a planted NUL is still scanned); past
  // the budget they are reported as not analyzed, never as clean.
  if (node.isBinary === true) {
    if (budget.binaryChecks <= 0) return { ok: false, reason: 'binary', detail: 'not inspected: too many binary files in this change' };
    budget.binaryChecks -= 1;
  }
  const { data } = await octokit.rest.git.getBlob({ owner: request.owner, repo: request.repo, file_sha: node.oid });
  const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
  const decoded = decodeForAnalysis(bytes, Number.POSITIVE_INFINITY);
  if (decoded.text === undefined)
    return {
      ok: false,
      reason: 'binary',
      ...(decoded.notAnalyzed?.format ? { detail: decoded.notAnalyzed.format, format: decoded.notAnalyzed.format } : {}),
    };
  return { ok: true, text: decoded.text, bytes: bytes.length };
}
