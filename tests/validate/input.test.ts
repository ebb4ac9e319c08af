import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readValidationInput } from '../../src/validate/input.js';

const dir = mkdtempSync(join(tmpdir(), 'validate-input-'));
const write = (name: string, data: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

describe('readValidationInput', () => {
  it('reads UTF-8 and drops a byte-order mark', async () => {
    const r = await readValidationInput(write('bom.xml', '\uFEFF<TEI>é</TEI>'), 'bom.xml');
    expect(r).toEqual({ ok: true, text: '<TEI>é</TEI>' });
  });

  it('decodes UTF-16 with a byte-order mark and a declared single-byte encoding', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<TEI>Œ</TEI>', 'utf16le')]);
    expect(await readValidationInput(write('u16.xml', utf16), 'u16.xml')).toEqual({
      ok: true,
      text: '<TEI>Œ</TEI>',
      notes: [expect.objectContaining({ severity: 'info', rule: 'input-decoded', file: 'u16.xml', message: expect.stringContaining('UTF-16LE (byte-order mark)') })],
    });
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><TEI>\xe9</TEI>', 'latin1');
    const r = await readValidationInput(write('l1.xml', latin1), 'l1.xml');
    expect(r.ok && r.text.endsWith('<TEI>é</TEI>')).toBe(true);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const r = await readValidationInput(write('bad.xml', Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e])), 'bad.xml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostics[0]).toMatchObject({ rule: 'input-encoding', file: 'bad.xml' });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = write('big.xml', `<TEI>${'x'.repeat(5000)}</TEI>`);
    const r = await readValidationInput(path, 'big.xml', 1000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics[0]?.rule).toBe('input-too-large');
    expect(r.diagnostics[0]?.message).toContain('5011 bytes, more than the limit of 1000');
    expect((await readValidationInput(path, 'big.xml', 10_000)).ok).toBe(true);
  });

  it('says which file is missing or not a file', async () => {
    const r = await readValidationInput(join(dir, 'nope.xml'), 'nope.xml');
    expect(r.ok || r.diagnostics[0]).toMatchObject({
      rule: 'input-unreadable',
      message: 'cannot read the file: it does not exist (ENOENT)',
      hint: expect.stringContaining('check the path'),
    });
    const d = await readValidationInput(dir, 'dir');
    expect(d.ok || d.diagnostics[0]?.message).toBe('not a regular file');
  });
});
