/** Pixel size of a PNG or JPEG, read from its header: the DOCX needs it to keep the logo's proportions. */
export function ukuranGambar(b: Buffer): { lebar: number; tinggi: number } | null {
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR') {
    return { lebar: b.readUInt32BE(16), tinggi: b.readUInt32BE(20) };
  }
  if (b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const penanda = b[i + 1]!;
      const panjang = b.readUInt16BE(i + 2);
      // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
      if (penanda >= 0xc0 && penanda <= 0xcf && penanda !== 0xc4 && penanda !== 0xc8 && penanda !== 0xcc) {
        return { tinggi: b.readUInt16BE(i + 5), lebar: b.readUInt16BE(i + 7) };
      }
      i += 2 + panjang;
    }
  }
  return null;
}
