import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { SECRETLINT_RULES } from '../secretlint-bridge.js';
import { matchAll } from './support/match-all.js';
import { parseUrlCredentials } from './support/parse-url-credentials.js';

const GO_MYSQL_DSN = /(?<![\w.+%-])([A-Za-z0-9_.-]{1,64}):([^@\s"'`/:]{3,128})@(?:tcp6?|unix)\(([^)\s]{0,255})\)\//dg;
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal)$/;

const databaseRule = SECRETLINT_RULES.find((r) => r.id === 'secrets/database-url');
const basicAuthRule = SECRETLINT_RULES.find((r) => r.id === 'secrets/basic-auth-url');
if (!databaseRule || !basicAuthRule) throw new Error('secrets/database-url and secrets/basic-auth-url must be declared by the secretlint bridge');

const WEB_SCHEMES = new Set(['http', 'https', 'ftp', 'ftps', 'ws', 'wss', 'git+https', 'webdav', 'dav']);
/** Schemes whose URLs carry login credentials (the part before any `+driver`). */
const CREDENTIAL_SCHEMES = new Set([
  'postgres',
  'postgresql',
  'pgsql',
  'mysql',
  'mysqlx',
  'mariadb',
  'mongodb',
  'redis',
  'rediss',
  'valkey',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
  'oracle',
  'clickhouse',
  'cockroachdb',
  'cockroach',
  'snowflake',
  'kafka',
  'nats',
  'mqtt',
  'mqtts',
  'ldap',
  'ldaps',
  'smtp',
  'smtps',
  'imap',
  'imaps',
  'pop3',
  'pop3s',
  'ftp',
  'ftps',
  'sftp',
  'ssh',
  'neo4j',
  'bolt',
  'couchdb',
  'cassandra',
  'elasticsearch',
  'opensearch',
  'http',
  'https',
  'ws',
  'wss',
  'git',
  'svn',
  'rtsp',
  'sip',
  'memcached',
  'influxdb',
  'redshift',
  'databricks',
  'trino',
  'presto',
  'hive',
  'db2',
  'sybase',
  'firebird',
  'tidb',
  'vertica',
  'teradata',
  'couchbase',
  'arangodb',
  'rethinkdb',
  'scylla',
  'questdb',
  'timescaledb',
  'stomp',
  'stomp+ssl',
  'activemq',
  'rabbitmq',
  'pulsar',
  'socks5',
  'socks',
  'proxy',
  'webdav',
  'dav',
  'smb',
  'cifs',
  's3',
  'minio',
  'jdbc',
]);
const isSchemeChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 46 || c === 45;
/** Where a URL ends in prose, code and config. */
const isUrlEnd = (c: number): boolean =>
  c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 92 || c === 41 || c === 93 || c === 125;

/**
 * Credentials embedded in any `scheme://user:password@host` URL: every database and
 * broker scheme, with or without a driver suffix (`postgresql+psycopg2://`,
 * `mysql+pymysql://`, `mongodb+srv://`, `rediss://`, `amqps://`, `redis://:pw@host`),
 * and passwords with any URL-safe punctuation (`.`, `~`, `!`, `%`-escapes). Web
 * URLs (`https://user:pw@host`) report as `secrets/basic-auth-url`, everything else
 * as `secrets/database-url`. The value is the whole URL, as secretlint reports it.
 * Placeholders and local-development defaults are dropped by the false-positive
 * filter (see `docs/rules/secrets/database-url.md`). Go MySQL DSNs without a scheme
 * (`user:password@tcp(host:3306)/db`) report the password, unless the host is loopback.
 */
export const connectionUrl: SecretDetector = {
  rule: databaseRule,
  keywords: ['://', '@tcp(', '@unix('],
  *detect(file) {
    const { text } = file;
    const out: SecretCandidate[] = [];
    for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
      let s = at;
      while (s > 0 && at - s < 41 && isSchemeChar(text.charCodeAt(s - 1))) s--;
      if (s === at || !/[A-Za-z]/.test(text[s] as string)) continue;
      const head = text.slice(s, Math.min(text.length, s + 1300));
      const url = parseUrlCredentials(head);
      if (!url || url.password.length < 3 || url.host.length === 0) continue;
      const base = url.scheme.split('+')[0] as string;
      if (!CREDENTIAL_SCHEMES.has(base) && !/(?:sql|db)$/.test(base)) continue;
      // Escape sequences (`pa\u00e9ss`) belong to parser tests, not to credentials.
      if (/\\[xuU0-9]/.test(url.user + url.password)) continue;
      // `http://host:8080@...` is not a credential; a bare port after the host part is.
      if (/^\d{1,5}$/.test(url.password) && url.user.length === 0) continue;
      let end = s + head.indexOf('@', url.passwordEnd) + 1 + url.host.length;
      while (end < text.length && end - s < 1300 && !isUrlEnd(text.charCodeAt(end))) end++;
      // Trailing sentence punctuation is not part of the URL.
      while (end > s && /[.,;:]/.test(text[end - 1] as string)) end--;
      const rule = WEB_SCHEMES.has(url.scheme) ? basicAuthRule : databaseRule;
      out.push({ ruleId: rule.id, messageId: 'found', start: s, end, value: text.slice(s, end), data: { scheme: url.scheme }, priority: 20 });
      at = end - 3 > at ? end - 3 : at;
    }
    // Go's MySQL driver DSN has no scheme: `user:password@tcp(host:3306)/db`.
    if (text.includes('@tcp(') || text.includes('@unix(')) {
      for (const m of matchAll(text, GO_MYSQL_DSN, 2)) {
        const host = (m.match[3] as string).replace(/:\d{1,5}$/, '');
        if (LOOPBACK_HOST.test(host)) continue;
        out.push({
          ruleId: databaseRule.id,
          messageId: 'found',
          start: m.start,
          end: m.end,
          value: m.value,
          data: { scheme: 'mysql' },
          priority: 20,
        });
      }
    }
    yield* out;
  },
};
