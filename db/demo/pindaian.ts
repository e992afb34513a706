/**
 * A one-page PDF standing in for a scanned letter. Attachments share a few of these: the store is
 * content-addressed, so thousands of attachment rows cost a few files on disk and every one opens.
 */
export function pdfContoh(judul: string): Buffer {
  const aman = judul.replace(/[\\()]/g, '');
  const isi = `BT /F1 16 Tf 72 770 Td (${aman}) Tj 0 -24 Td /F1 11 Tf (Data contoh aplikasi Sekretariat - bukan dokumen asli.) Tj ET`;
  const objek = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${isi.length} >>\nstream\n${isi}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let teks = '%PDF-1.4\n';
  const posisi: number[] = [];
  objek.forEach((o, i) => {
    posisi.push(teks.length);
    teks += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = teks.length;
  teks += `xref\n0 ${objek.length + 1}\n0000000000 65535 f \n${posisi.map((p) => `${String(p).padStart(10, '0')} 00000 n \n`).join('')}`;
  teks += `trailer\n<< /Size ${objek.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(teks, 'latin1');
}
