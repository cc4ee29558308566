import { entryForHost } from '../flows/catalog/find-catalog-entry.js';
import type { AgentAccess } from './agent-model.js';

/** What a tool's handler does, as far as its calls show. */
export interface ToolClass {
  readonly access: AgentAccess;
  /** Systems reached (flows catalog ids, hosts, or words such as `shell`, `filesystem`). */
  readonly systems: readonly string[];
  /** Runs arbitrary shell commands or code. */
  readonly shell: boolean;
  /** Why the access class was given (the call or word that set it). */
  readonly reason: string;
}

const RANK: Readonly<Record<AgentAccess, number>> = { read: 0, write: 1, destructive: 2 };

/** The higher of two access classes. */
export function maxAccess(a: AgentAccess, b: AgentAccess): AgentAccess {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Whether `access` is at least `min`. */
export function accessAtLeast(access: AgentAccess, min: AgentAccess): boolean {
  return RANK[access] >= RANK[min];
}

/** Shell and code execution: arbitrary commands. */
const SHELL_CALL =
  /\bshell\s*=\s*True|shlex\.split\s*\(|create_subprocess_shell|\bos\.(?:system|popen)\s*\(|\bsubprocess\.(?:run|call|Popen|check_output|check_call|getoutput|getstatusoutput)\s*\(\s*(?!\[)[A-Za-z_][\w.]*\s*[,)]|\b(?:execSync|exec|spawn|spawnSync|execa|execaCommand)\s*\(\s*(?!["'`[])[A-Za-z_][\w.]*\s*[,)]|\beval\s*\(\s*[A-Za-z_]|\bexec\s*\(\s*(?:code|command|cmd|script|source)\b|pexpect\.spawn|\brun_shell\b|\brunCommand\b|\brun_command\b/;
/** Runs a fixed program (not arbitrary commands): a write, like any side effect on the machine. */
const PROGRAM_CALL = /\bsubprocess\.\w+\s*\(|\bexecFile(?:Sync)?\s*\(|\bspawn(?:Sync)?\s*\(|\bexecSync\s*\(/;
/** Arbitrary SQL from the tool's input. */
const RAW_SQL =
  /\b(?:cursor|conn|connection|db|session|engine|client|pool)\.(?:execute|executescript|exec|query|raw|run)\s*\(\s*(?:sql|query|statement|stmt|q|command)\b|\.(?:execute|query)\s*\(\s*(?:text\()?\s*(?:sql|query)\s*\)|\$queryRawUnsafe|\$executeRawUnsafe/;
/** Calls that delete, cancel, or move money. */
const DESTRUCTIVE_CALL =
  /\.(?:delete\w*|remove\w*|destroy\w*|drop\w*|purge\w*|truncate|cancel\w*|refund\w*|charge\w*|transfer\w*|withdraw\w*|payout\w*|pay|sendTransaction|send_transaction|unlink\w*|rmdir|rm|rmtree|kill|terminate\w*)\s*\(|\b(?:deleteMany|deleteOne|findOneAndDelete|rmSync|unlinkSync|shutil\.rmtree|os\.remove|os\.unlink|transferFrom|sendTransaction|refunds\.create|payouts\.create|transfers\.create|paymentIntents\.create|charges\.create)\b|method\s*[:=]\s*["']DELETE["']|\.delete\s*\(|requests\.delete|axios\.delete|\bDELETE\s+FROM\b|\bDROP\s+TABLE\b/i;
/** Calls that create, update or send. */
const WRITE_CALL =
  /\.(?:create\w*|insert\w*|update\w*|upsert\w*|save\w*|put\w*|patch\w*|post\w*|send\w*|write\w*|publish\w*|upload\w*|commit|modify\w*|edit\w*|assign\w*|invite\w*|book\w*|reserve\w*|submit\w*|enqueue\w*|notify\w*|reply\w*|set(?:[A-Z]\w*)?Record|add(?:Comment|Label|Member|Row|Item|Record)\w*)\s*\(|\b(?:writeFile\w*|appendFile\w*|write_text|write_bytes|mkdir\w*|makedirs|copyFile\w*|rename\w*|sendMail|sendEmail|send_email|send_message|chat_postMessage|messages\.create|emails\.send)\b|open\([^)]*,\s*["'][wa]b?\+?["']|method\s*[:=]\s*["'](?:POST|PUT|PATCH)["']|requests\.(?:post|put|patch)|axios\.(?:post|put|patch)|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b/i;

const DESTRUCTIVE_WORDS = new Set([
  'delete',
  'remove',
  'destroy',
  'drop',
  'purge',
  'wipe',
  'cancel',
  'refund',
  'transfer',
  'pay',
  'payment',
  'charge',
  'withdraw',
  'payout',
  'transaction',
  'swap',
  'bridge',
  'trade',
  'kill',
  'terminate',
  'bash',
  'shell',
  'exec',
  'execute',
  'command',
  'sql',
  'run',
]);
const WRITE_WORDS = new Set([
  'send',
  'create',
  'update',
  'write',
  'post',
  'put',
  'patch',
  'insert',
  'upsert',
  'save',
  'book',
  'reserve',
  'submit',
  'publish',
  'upload',
  'email',
  'notify',
  'message',
  'reply',
  'assign',
  'invite',
  'edit',
  'modify',
  'set',
  'convert',
  'schedule',
  'order',
  'buy',
  'purchase',
  'deploy',
  'move',
  'rename',
  'commit',
  'merge',
  'approve',
  'close',
]);
const READ_VERBS = new Set([
  'get',
  'list',
  'read',
  'fetch',
  'search',
  'find',
  'lookup',
  'look',
  'query',
  'show',
  'view',
  'describe',
  'check',
  'simulate',
  'estimate',
  'preview',
  'count',
  'ask',
  'greet',
  'explain',
  'summarize',
  'validate',
  'calculate',
  'compute',
  'random',
  'faq',
  'retrieve',
  'load',
  'download',
  'inspect',
  'analyze',
  'echo',
  'ping',
  'add',
  'sum',
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Access class the tool's name claims: its first verb, or any strong word in it. */
function nameAccess(name: string): AgentAccess | 'read-verb' | undefined {
  const w = words(name);
  const first = w[0];
  if (first !== undefined && READ_VERBS.has(first)) return 'read-verb';
  if (w.some((x) => DESTRUCTIVE_WORDS.has(x))) return 'destructive';
  if (w.some((x) => WRITE_WORDS.has(x))) return 'write';
  return undefined;
}

const SYSTEM_WORDS: readonly [RegExp, string][] = [
  [/stripe|payment|refund|charge|invoice/i, 'payments'],
  [/slack/i, 'slack'],
  [/resend|sendgrid|smtp|nodemailer|sendMail|send_email|email/i, 'email'],
  [/twilio|sms/i, 'sms'],
  [/subprocess|child_process|execSync|os\.system|create_subprocess|spawn/i, 'shell'],
  [/writeFile|readFile|open\(|pathlib|os\.path|fs\.|shutil/i, 'filesystem'],
  [/cursor\.|sqlite|SELECT\s|INSERT\s|prisma|knex|sequelize|\bdb\./i, 'database'],
  [/ethers|web3|viem|wallet|transaction/i, 'blockchain'],
  [/github|octokit/i, 'github'],
  [/\berp\b/i, 'erp'],
];

/** A matched call as messages quote it: at most 40 characters, `.create(` closed as `.create()`. */
function callText(match: string): string {
  const text = match.trim().slice(0, 40);
  return text.endsWith('(') ? `${text})` : text;
}

/**
 * Classifies a tool from its handler's calls (HTTP methods, SDK method names,
 * shell and SQL execution) and its name: `destructive` for deletes, cancels,
 * payments and transfers, arbitrary shell or SQL; `write` for creates, updates and
 * sends; otherwise `read`. A name that starts with a read verb (`get_`, `list`,
 * `simulate`) is trusted unless the handler's calls say otherwise.
 */
export function classifyTool(name: string, handler: string): ToolClass {
  const systems = new Set<string>();
  for (const [re, system] of SYSTEM_WORDS) if (re.test(handler)) systems.add(system);
  for (const m of handler.matchAll(/https?:\/\/([A-Za-z0-9.-]+)/g)) {
    const host = (m[1] as string).toLowerCase();
    systems.add(entryForHost(host)?.id ?? host);
  }
  const shell = SHELL_CALL.test(handler);
  let access: AgentAccess = 'read';
  let reason = 'no call that writes';
  const destructive = shell ? SHELL_CALL.exec(handler) : (RAW_SQL.exec(handler) ?? DESTRUCTIVE_CALL.exec(handler));
  const write = WRITE_CALL.exec(handler) ?? PROGRAM_CALL.exec(handler);
  if (destructive) {
    access = 'destructive';
    reason = callText(destructive[0]);
  } else if (write) {
    access = 'write';
    reason = callText(write[0]);
  }
  const claimed = nameAccess(name);
  if (claimed !== undefined && claimed !== 'read-verb' && RANK[claimed] > RANK[access]) {
    access = claimed;
    reason = `its name, ${name}`;
  }
  return { access, systems: [...systems].sort(), shell, reason };
}
