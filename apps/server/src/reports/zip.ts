import zlib from 'node:zlib';

/**
 * A minimal zip writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; no
 * zip64, no encryption), enough for an .xlsx package. Entries are deflated unless deflating
 * would not make them smaller.
 */
export type ZipEntry = { name: string; data: Buffer };

/** An entry already deflated (raw deflate) with the CRC-32 and length of its bytes. */
export type DeflatedEntry = { name: string; deflated: Buffer; crc: number; size: number };

const PIECE = 4 << 20;

/**
 * Text as UTF-8 in 4 MB pieces, each deflated as soon as it fills: a big sheet is tens of MB
 * of XML, never held whole. Pieces end on a sync flush (an empty stored block, not final), so
 * their outputs joined are one deflate stream, ended by the last piece.
 */
export class DeflatingSink {
  private readonly buf = Buffer.allocUnsafe(PIECE);
  private pos = 0;
  private crc = 0;
  private size = 0;
  private readonly parts: Buffer[] = [];
  constructor(private readonly level = 1) {}
  add(s: string): void {
    if (this.pos + s.length * 3 > PIECE) {
      this.piece(this.buf.subarray(0, this.pos), false);
      this.pos = 0;
      if (s.length * 3 > PIECE) {
        this.piece(Buffer.from(s, 'utf8'), false);
        return;
      }
    }
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }
  private piece(b: Buffer, last: boolean) {
    this.crc = zlib.crc32(b, this.crc);
    this.size += b.length;
    const finishFlush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    this.parts.push(zlib.deflateRawSync(b, { level: this.level, finishFlush }));
  }
  entry(name: string): DeflatedEntry {
    this.piece(this.buf.subarray(0, this.pos), true);
    this.pos = 0;
    return { name, deflated: Buffer.concat(this.parts), crc: this.crc >>> 0, size: this.size };
  }
}

const dosTime = (d: Date) => {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2);
  const date = ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return { time, date };
};

/** Level 1: the big sheets are repetitive XML; level 6 costs about twice the time for ~10 % less. */
export const zip = (entries: (ZipEntry | DeflatedEntry)[], when = new Date(), level = 1): Buffer => {
  const { time, date } = dosTime(when);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const d = 'deflated' in e ? e : undefined;
    const data = 'data' in e ? e.data : Buffer.alloc(0);
    const crc = d ? d.crc : zlib.crc32(data) >>> 0;
    const deflated = d ? d.deflated : zlib.deflateRawSync(data, { level });
    const size = d ? d.size : data.length;
    const stored = !d && deflated.length >= data.length;
    const body = stored ? data : deflated;
    if (offset + body.length > 0xffffffff || size > 0xffffffff) throw new Error('zip: over 4 GB needs zip64');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // flag bit 11: the name is UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(stored ? 0 : 8, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(date, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    // extra, comment, disk start, internal and external attributes: all zero
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const dirSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
};
