/**
 * The on-disk scanner the leak tests rely on (tests/e2e/profile-scan.ts) must find a secret in
 * every form a browser could write it in; otherwise "nothing found" would prove nothing.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leveldbLogRecords, scanProfile, secretForms, snappyDecompress } from '../e2e/profile-scan';

const SECRET = 'abc8Q~Xy12_zW.3-vUt9sRq~PoNmLkJiHgFeDcBa';

async function profileWith(name: string, data: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scan-test-'));
  await mkdir(path.join(dir, 'Default'), { recursive: true });
  await writeFile(path.join(dir, 'Default', name), data);
  return dir;
}

describe('secretForms', () => {
  it('covers plain, base64 at every alignment, URL and form encoding', () => {
    const texts = secretForms(SECRET).map((f) => f.text);
    for (const prefix of ['', 'x', 'xy', 'xyz']) {
      const blob = Buffer.from(`{"k":"${prefix}${SECRET}"}`).toString('base64');
      expect(
        texts.some((t) => blob.includes(t)),
        `base64 with ${prefix.length} leading bytes`,
      ).toBe(true);
    }
    expect(texts).toContain(encodeURIComponent(SECRET));
    expect(texts).toContain('abc8Q%7EXy12_zW.3-vUt9sRq%7EPoNmLkJiHgFeDcBa');
  });
});

describe('scanProfile', () => {
  it('finds the secret written as UTF-16 (e.g. Local Storage) and as base64 inside JSON', async () => {
    expect((await scanProfile(await profileWith('a', Buffer.from(`xx${SECRET}yy`, 'utf16le')), [SECRET])).hits).toHaveLength(1);
    const b64 = Buffer.from(JSON.stringify({ blob: Buffer.from(`..${SECRET}..`).toString('base64') }));
    expect((await scanProfile(await profileWith('b', b64), [SECRET])).hits).not.toHaveLength(0);
  });

  it('reports nothing for a profile without it (the other test is not a tautology)', async () => {
    expect((await scanProfile(await profileWith('c', Buffer.from('nothing here')), [SECRET])).hits).toEqual([]);
  });

  it('joins a LevelDB log record split across a 32 KiB block boundary', async () => {
    const BLOCK = 32 * 1024;
    const record = Buffer.from(`${'p'.repeat(100)}${SECRET}`);
    // First fragment ends mid-secret exactly at the block end.
    const firstLen = BLOCK - 7;
    const filler = Buffer.alloc(firstLen - 110, 0x61);
    const first = Buffer.concat([filler, record.subarray(0, 110)]);
    const second = record.subarray(110);
    const header = (len: number, type: number) => {
      const h = Buffer.alloc(7);
      h.writeUInt16LE(len, 4);
      h[6] = type;
      return h;
    };
    const log = Buffer.concat([header(first.length, 2), first, header(second.length, 4), second]);
    expect(log.includes(Buffer.from(SECRET))).toBe(false);
    expect(Buffer.concat(leveldbLogRecords(log)).includes(Buffer.from(SECRET))).toBe(true);
    const result = await scanProfile(await profileWith('000003.log', log), [SECRET]);
    expect(result.hits.map((h) => h.via)).toContain('leveldb-log');
  });
});

describe('snappyDecompress', () => {
  it('expands literals and back-references', () => {
    // "abcd" literal, then a copy of 8 bytes from offset 4 (type 1): "abcdabcdabcd".
    const compressed = Buffer.from([12, (4 - 1) << 2, 0x61, 0x62, 0x63, 0x64, 0x01 | ((8 - 4) << 2), 4]);
    expect(snappyDecompress(compressed).toString()).toBe('abcdabcdabcd');
  });
});
