// The baseline: the simplest fair Node client of POST /api/sync/stream. Node 20 fetch, JSON.parse
// per line, better-sqlite3 INSERT OR REPLACE into one table, one transaction and one ack POST per
// 5,000 rows (persist first, then ack), WAL and synchronous=NORMAL.
//
//   node stream.js BASE_URL DB_PATH TYPES      (token in TIDEMARK_SESSION_TOKEN, never in argv)
'use strict';
const Database = require('better-sqlite3');

const [base, dbPath, typesArg] = process.argv.slice(2);
const token = process.env.TIDEMARK_SESSION_TOKEN;
if (!base || !dbPath || !token) {
  console.error('usage: TIDEMARK_SESSION_TOKEN=... node stream.js BASE_URL DB_PATH [TYPES]');
  process.exit(2);
}
const types = (typesArg || 'AssetsV1').split(',');
const BATCH = 5000;

const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`CREATE TABLE IF NOT EXISTS assets (
  id TEXT PRIMARY KEY, owner_id TEXT, original_file_name TEXT, type TEXT, checksum TEXT,
  thumbhash TEXT, file_created_at TEXT, file_modified_at TEXT, local_date_time TEXT,
  visibility TEXT, is_favorite INTEGER, width INTEGER, height INTEGER)`);
const upsert = db.prepare(`INSERT OR REPLACE INTO assets VALUES
  (@id, @ownerId, @originalFileName, @type, @checksum, @thumbhash, @fileCreatedAt,
   @fileModifiedAt, @localDateTime, @visibility, @isFavorite, @width, @height)`);
const writeBatch = db.transaction((rows) => {
  for (const d of rows)
    upsert.run({
      id: d.id, ownerId: d.ownerId ?? null, originalFileName: d.originalFileName ?? null,
      type: d.type ?? null, checksum: d.checksum ?? null, thumbhash: d.thumbhash ?? null,
      fileCreatedAt: d.fileCreatedAt ?? null, fileModifiedAt: d.fileModifiedAt ?? null,
      localDateTime: d.localDateTime ?? null, visibility: d.visibility ?? null,
      isFavorite: d.isFavorite ? 1 : 0, width: d.width ?? null, height: d.height ?? null,
    });
});
const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

async function ack(a) {
  const r = await fetch(`${base}/api/sync/ack`, { method: 'POST', headers, body: JSON.stringify({ acks: [a] }) });
  if (!r.ok) throw new Error(`ack: HTTP ${r.status}`);
  await r.arrayBuffer();
}

async function main() {
  const t0 = Date.now();
  const res = await fetch(`${base}/api/sync/stream`, { method: 'POST', headers, body: JSON.stringify({ types }) });
  if (!res.ok) throw new Error(`stream: HTTP ${res.status}`);
  const decoder = new TextDecoder();
  let rest = '';
  let rows = [];
  let lastAck = null;
  let events = 0;
  let complete = false;
  const flush = async () => {
    if (rows.length) writeBatch(rows);
    rows = [];
    if (lastAck) await ack(lastAck); // only after the commit
    lastAck = null;
  };
  for await (const chunk of res.body) {
    rest += decoder.decode(chunk, { stream: true });
    let nl;
    let start = 0;
    while ((nl = rest.indexOf('\n', start)) >= 0) {
      const line = rest.slice(start, nl);
      start = nl + 1;
      if (!line) continue;
      const ev = JSON.parse(line);
      ++events;
      if (ev.type === 'AssetV1') rows.push(ev.data);
      else if (ev.type === 'SyncCompleteV1') complete = true;
      lastAck = ev.ack;
      if (rows.length >= BATCH || complete) await flush();
    }
    rest = rest.slice(start);
  }
  await flush();
  db.close();
  console.log(`node baseline: ${events} events${complete ? ' (complete)' : ''} in ${Date.now() - t0} ms`);
  if (!complete) process.exit(1);
}
main().catch((e) => { console.error(e); process.exit(1); });
