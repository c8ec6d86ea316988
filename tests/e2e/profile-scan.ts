/**
 * Searches a browser profile on disk for a secret, in the forms it could be written in: as is,
 * base64 (standard and URL-safe, at every alignment inside a longer encoded blob), URL-encoded
 * (encodeURIComponent and form encoding), each as UTF-8 and UTF-16LE.
 *
 * Chromium keeps extension storage, IndexedDB and Local Storage in LevelDB, whose table files
 * (.ldb) are Snappy-compressed and whose write-ahead logs (.log) split records into 32 KiB blocks:
 * a plain byte search can miss a value in either. Both are decoded here, so a secret written to
 * storage.local is found before and after compaction.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The encodings under which `secret` may appear in a file. */
export function secretForms(secret: string): { name: string; text: string }[] {
  const forms = new Map<string, string>();
  // The first name given to a text wins (a secret with no special characters is its own JSON form).
  const add = (text: string, name: string) => {
    if (!forms.has(text)) forms.set(text, name);
  };
  add(secret, 'plain');
  const utf8 = Buffer.from(secret, 'utf8');
  // Inside a longer base64 blob the secret starts at one of three byte alignments; the edge
  // characters depend on the neighbours, so only the stable middle is searched.
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), utf8]);
    const b64 = padded.toString('base64');
    const start = shift === 0 ? 0 : Math.ceil((shift * 4) / 3) + 1;
    const stableEnd = Math.floor((padded.length * 4) / 3) - 1;
    const middle = b64.slice(start, Math.max(start, stableEnd));
    if (middle.length >= 16) {
      add(middle, `base64 (offset ${shift})`);
      add(middle.replace(/\+/g, '-').replace(/\//g, '_'), `base64url (offset ${shift})`);
    }
  }
  add(utf8.toString('base64'), 'base64');
  add(encodeURIComponent(secret), 'encodeURIComponent');
  add(new URLSearchParams({ s: secret }).toString().slice(2), 'form-urlencoded');
  add(JSON.stringify(secret).slice(1, -1), 'JSON string');
  return [...forms].map(([text, name]) => ({ name, text }));
}

// --- Snappy and LevelDB -------------------------------------------------------------------

function readVarint(buf: Buffer, pos: number): [number, number] {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (pos >= buf.length) throw new Error('truncated varint');
    const byte = buf[pos++] as number;
    result += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [result, pos];
    shift += 7;
    if (shift > 63) throw new Error('varint too long');
  }
}

/** Snappy raw-format decompression (the block format LevelDB uses). */
export function snappyDecompress(buf: Buffer): Buffer {
  const [length, start] = readVarint(buf, 0);
  let pos = start;
  if (length > 64 * 1024 * 1024) throw new Error('implausible snappy length');
  const out = Buffer.alloc(length);
  let op = 0;
  while (pos < buf.length) {
    const tag = buf[pos++] as number;
    const type = tag & 3;
    if (type === 0) {
      let len = tag >> 2;
      if (len >= 60) {
        const bytes = len - 59;
        len = 0;
        for (let i = 0; i < bytes; i++) len += (buf[pos++] as number) * 2 ** (8 * i);
      }
      len += 1;
      buf.copy(out, op, pos, pos + len);
      pos += len;
      op += len;
      continue;
    }
    let len: number;
    let offset: number;
    if (type === 1) {
      len = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | (buf[pos++] as number);
    } else if (type === 2) {
      len = (tag >> 2) + 1;
      offset = buf.readUInt16LE(pos);
      pos += 2;
    } else {
      len = (tag >> 2) + 1;
      offset = buf.readUInt32LE(pos);
      pos += 4;
    }
    if (offset === 0 || offset > op) throw new Error('bad snappy offset');
    for (let i = 0; i < len; i++, op++) out[op] = out[op - offset] as number;
  }
  return out.subarray(0, op);
}

const TABLE_MAGIC = Buffer.from('57fb808b247547db', 'hex');

/** A block of a LevelDB table, decompressed when its trailer says Snappy. */
function tableBlock(file: Buffer, offset: number, size: number): Buffer {
  const data = file.subarray(offset, offset + size);
  const type = file[offset + size];
  return type === 1 ? snappyDecompress(data) : data;
}

/** The block handles an index block lists (its values). */
function indexHandles(block: Buffer): [number, number][] {
  const restarts = block.readUInt32LE(block.length - 4);
  const end = block.length - 4 - restarts * 4;
  const handles: [number, number][] = [];
  let pos = 0;
  while (pos < end) {
    let shared: number, nonShared: number, valueLength: number;
    [shared, pos] = readVarint(block, pos);
    [nonShared, pos] = readVarint(block, pos);
    [valueLength, pos] = readVarint(block, pos);
    void shared;
    pos += nonShared;
    const value = block.subarray(pos, pos + valueLength);
    pos += valueLength;
    const [offset, next] = readVarint(value, 0);
    const [size] = readVarint(value, next);
    handles.push([offset, size]);
  }
  return handles;
}

/** Every data block of a LevelDB table file, decompressed. Throws on a file that is not one. */
export function leveldbTableBlocks(file: Buffer): Buffer[] {
  if (file.length < 48 || !file.subarray(file.length - 8).equals(TABLE_MAGIC)) throw new Error('not a LevelDB table');
  const footer = file.subarray(file.length - 48);
  // Footer: metaindex handle, then index handle (varints); only the index is needed.
  const [, afterMetaOffset] = readVarint(footer, 0);
  const [, afterMetaSize] = readVarint(footer, afterMetaOffset);
  const [indexOffset, afterIndexOffset] = readVarint(footer, afterMetaSize);
  const [indexSize] = readVarint(footer, afterIndexOffset);
  const index = tableBlock(file, indexOffset, indexSize);
  return indexHandles(index).map(([offset, size]) => tableBlock(file, offset, size));
}

/** The records of a LevelDB log (write-ahead log or MANIFEST), fragments joined. */
export function leveldbLogRecords(file: Buffer): Buffer[] {
  const BLOCK = 32 * 1024;
  const records: Buffer[] = [];
  let pending: Buffer[] = [];
  let pos = 0;
  while (pos + 7 <= file.length) {
    const left = BLOCK - (pos % BLOCK);
    if (left < 7) {
      pos += left;
      continue;
    }
    const length = file.readUInt16LE(pos + 4);
    const type = file[pos + 6];
    const data = file.subarray(pos + 7, pos + 7 + length);
    pos += 7 + length;
    if (type === 0 && length === 0) {
      // Zero padding at the end of a preallocated block.
      pos += BLOCK - (pos % BLOCK || BLOCK);
      continue;
    }
    if (type === 1) records.push(data);
    else if (type === 2) pending = [data];
    else if (type === 3) pending.push(data);
    else if (type === 4) {
      pending.push(data);
      records.push(Buffer.concat(pending));
      pending = [];
    }
  }
  return records;
}

// --- The scan -----------------------------------------------------------------------------

export interface ProfileHit {
  file: string;
  form: string;
  /** 'raw' bytes, or the LevelDB structure the hit was decoded from. */
  via: 'raw' | 'leveldb-table' | 'leveldb-log';
}

export interface ScanResult {
  hits: ProfileHit[];
  /** How many files were read, and how many of them were decoded as LevelDB tables and logs. */
  files: number;
  tables: number;
  logs: number;
}

async function walk(dir: string, visit: (file: string) => Promise<void>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(p, visit);
    else if (entry.isFile()) await visit(p);
  }
}

/** Searches every file under `dir` for every form of every secret. */
export async function scanProfile(dir: string, secrets: string[]): Promise<ScanResult> {
  const needles = secrets.flatMap((s) =>
    secretForms(s).flatMap(({ name, text }) => [
      { form: `${name}, UTF-8`, bytes: Buffer.from(text, 'utf8') },
      { form: `${name}, UTF-16LE`, bytes: Buffer.from(text, 'utf16le') },
    ]),
  );
  const result: ScanResult = { hits: [], files: 0, tables: 0, logs: 0 };
  const search = (file: string, data: Buffer, via: ProfileHit['via']) => {
    for (const n of needles) if (data.includes(n.bytes)) result.hits.push({ file: path.relative(dir, file), form: n.form, via });
  };
  await walk(dir, async (file) => {
    const data = await readFile(file).catch(() => undefined);
    if (!data) return;
    result.files++;
    search(file, data, 'raw');
    const name = path.basename(file);
    if (/\.(ldb|sst)$/.test(name)) {
      try {
        for (const block of leveldbTableBlocks(data)) search(file, block, 'leveldb-table');
        result.tables++;
      } catch {
        // Not a table after all (or torn while the browser wrote it): the raw search stands.
      }
    } else if (/^(\d+\.log|MANIFEST-\d+)$/.test(name)) {
      try {
        for (const record of leveldbLogRecords(data)) search(file, record, 'leveldb-log');
        result.logs++;
      } catch {
        // As above.
      }
    }
  });
  // One hit per file and form is enough to read.
  const seen = new Set<string>();
  result.hits = result.hits.filter((h) => {
    const key = `${h.file}|${h.form}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return result;
}
