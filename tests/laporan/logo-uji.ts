import { crc32, deflateSync } from 'node:zlib';

/** A small green shield-like PNG, built by hand so the tests need no image files. */
export function logoPng(lebar = 60, tinggi = 72): Buffer {
  const chunk = (jenis: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const tipe = Buffer.from(jenis, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([tipe, data])));
    return Buffer.concat([len, tipe, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(lebar, 0);
  ihdr.writeUInt32BE(tinggi, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const baris: Buffer[] = [];
  for (let y = 0; y < tinggi; y++) {
    const b = Buffer.alloc(1 + lebar * 3);
    const sempit = y > tinggi * 0.6 ? ((y - tinggi * 0.6) / (tinggi * 0.4)) * (lebar / 2) : 0;
    for (let x = 0; x < lebar; x++) {
      const dalam = x >= sempit && x < lebar - sempit;
      b.set(dalam ? [20, 110, 60] : [255, 255, 255], 1 + x * 3);
    }
    baris.push(b);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(baris))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
