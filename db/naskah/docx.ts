import { AlignmentType, BorderStyle, Document, Header, ImageRun, LineRuleType, Packer, PageNumber, Paragraph, Table, TextRun } from 'docx';
import { barisNomor, type NaskahDokumen } from '../../shared/naskah/dokumen';
import type { FontNaskah, KertasNaskah } from '../../shared/naskah/pengaturan';
import { blokDocx, daftar, jarak, tabel, teks, twip, type OpsiBlok } from './docx-blok';
import { ukuranGambar } from './gambar';

/**
 * The same NaskahDokumen the HTML prints, written with the `docx` library. The fonts are named, not
 * embedded: Word on Windows has Arial and Bookman Old Style, LibreOffice maps Arial to Liberation Sans.
 */

/** Word's own page sizes in twips (engineering notes §8). */
const KERTAS: Record<KertasNaskah, { width: number; height: number }> = {
  F4: { width: 12188, height: 18708 },
  A4: { width: 11906, height: 16838 },
};
const NAMA_FONT: Record<FontNaskah, string> = { arial: 'Arial', bookman: 'Bookman Old Style' };

type Isi = (Paragraph | Table)[];

function gambar(dataUri: string | null, lebarMm: number, tinggiMaksMm: number): ImageRun | null {
  const m = dataUri && /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUri);
  if (!m) return null;
  const data = Buffer.from(m[2]!, 'base64');
  const u = ukuranGambar(data);
  if (!u) return null;
  // Pixels at 96 per inch, as the library expects; fit inside the box keeping the aspect ratio.
  const skala = Math.min(lebarMm / u.lebar, tinggiMaksMm / u.tinggi);
  const px = (mm: number) => Math.round((mm / 25.4) * 96);
  return new ImageRun({ type: m[1] === 'png' ? 'png' : 'jpg', data, transformation: { width: px(u.lebar * skala), height: px(u.tinggi * skala) } });
}

function kop(d: NaskahDokumen, lebar: number): Isi {
  const k = d.kop;
  const gabung = (b: (string | null | false)[], p: string) => b.filter(Boolean).join(p);
  const kotaPos = gabung([k.kota.toLocaleUpperCase('id-ID'), k.kodePos], ' ');
  const alamat = [gabung([k.alamat, k.telepon && `Telepon ${k.telepon}`], ', '), gabung([k.laman && `Laman ${k.laman}`, k.email && `Pos-el ${k.email}`], ', '), kotaPos].filter(Boolean);
  const baris = (s: string, pt: number, bold = false) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: s, size: pt * 2, bold })] });
  const logo = gambar(k.logoDataUri, 22, 26);
  const sisi = twip(24);
  return [
    tabel(
      [sisi, lebar - 2 * sisi, sisi],
      [
        [
          [new Paragraph({ alignment: AlignmentType.CENTER, children: logo ? [logo] : [] })],
          [
            baris(k.pemerintah.toLocaleUpperCase('id-ID'), k.pemerintahPt),
            baris(k.namaDinas.toLocaleUpperCase('id-ID'), k.dinasPt, true),
            ...alamat.map((a) => baris(a, k.alamatPt)),
          ],
          [],
        ],
      ],
    ),
    new Paragraph({
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
      spacing: { line: 80, lineRule: LineRuleType.EXACT, after: twip(5) },
      children: [],
    }),
  ];
}

function kepala(rows: [string, string][], lebar: number): Isi {
  const label = twip(24);
  const titik = twip(5);
  return [tabel([label, titik, lebar - label - titik], rows.map(([l, v]) => [[teks(l)], [teks(':', { alignment: AlignmentType.CENTER })], [teks(v)]]))];
}

function keputusan(k: NonNullable<NaskahDokumen['keputusan']>, lebar: number, o: OpsiBlok): Isi {
  const label = twip(32);
  const titik = twip(5);
  const isi = lebar - label - titik;
  const baris = (l: string, c: Isi): Isi[] => [[teks(l)], [teks(':', { alignment: AlignmentType.CENTER })], c];
  const konsiderans = [
    ...(k.menimbang.length ? [baris('Menimbang', daftar(k.menimbang, 'huruf'))] : []),
    ...(k.mengingat.length ? [baris('Mengingat', daftar(k.mengingat, 'angka'))] : []),
    ...(k.memperhatikan.length ? [baris('Memperhatikan', daftar(k.memperhatikan, 'angka'))] : []),
  ];
  const diktum = [
    baris('Menetapkan', [teks(k.menetapkan, { alignment: AlignmentType.JUSTIFIED })]),
    ...k.diktum.map((x) => baris(x.label, x.isi.flatMap((b, i) => blokDocx(b, isi, { ...o, rapat: i === x.isi.length - 1 })))),
  ];
  return [
    teks(k.pejabat, { alignment: AlignmentType.CENTER, bold: true, spacing: { before: 240, after: 240 } }),
    ...(konsiderans.length ? [tabel([label, titik, isi], konsiderans)] : []),
    teks('MEMUTUSKAN:', { alignment: AlignmentType.CENTER, bold: true, spacing: { before: 120, after: 200 } }),
    tabel([label, titik, isi], diktum),
  ];
}

function paraf(rows: NonNullable<NaskahDokumen['paraf']>['baris'], lebar: number): Isi {
  const kecil = (s: string, bold = false, tengah = bold) =>
    new Paragraph({ alignment: tengah ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { line: 220, lineRule: LineRuleType.AT_LEAST }, children: [new TextRun({ text: s, size: 16, bold })] });
  const no = twip(8);
  const kotak = twip(14);
  return (['hierarki', 'koordinasi'] as const).flatMap((jenis) => {
    const r = rows.filter((x) => x.jenis === jenis);
    if (!r.length) return [];
    const baris = [[[kecil('No.', true)], [kecil('Jabatan', true)], [kecil('Paraf', true)]], ...r.map((x, i) => [[kecil(`${i + 1}.`)], [kecil(x.jabatan)], [kecil(' ')]])];
    return [tabel([no, lebar - no - kotak, kotak], baris, { garis: true, sel: 40, judul: kecil(jenis === 'hierarki' ? 'Paraf Hierarki' : 'Paraf Koordinasi', true) }), jarak(100)];
  });
}

function tandaTangan(d: NaskahDokumen, lebar: number, dengan: { qr: boolean; paraf: boolean }): Isi {
  const b = d.ttd.blok;
  const rata = d.ttd.rata === 'kiri' ? AlignmentType.LEFT : AlignmentType.CENTER;
  const p = (s: string, o: { bold?: boolean; before?: number; underline?: boolean } = {}) =>
    new Paragraph({ alignment: rata, spacing: { before: o.before }, children: [new TextRun({ text: s, bold: o.bold, underline: o.underline ? {} : undefined })] });
  const kanan = [
    ...d.ttd.tempat.map((t) => p(t)),
    ...(b?.jabatan ?? ['(jabatan penandatangan belum dipilih),']).map((j) => p(j)),
    p(b?.nama ?? '(..............................................)', { bold: true, before: twip(24), underline: d.ttd.garisBawah }),
    ...(b?.pangkat ? [p(b.pangkat)] : []),
    ...(b?.nip ? [p(b.nip)] : []),
  ];
  const kiriLebar = Math.floor(lebar * 0.42);
  const kananLebar = Math.floor(lebar * 0.52);
  const qr = dengan.qr && d.qr ? gambar(`data:image/png;base64,${d.qr.pngBase64}`, 22, 22) : null;
  const kolomQr = twip(24);
  const kiri: Isi = [
    ...(qr
      ? [
          tabel([kolomQr, kiriLebar - kolomQr], [[[new Paragraph({ children: [qr] })], [new Paragraph({ children: [new TextRun({ text: 'Pindai untuk memeriksa keaslian naskah', size: 16 })] })]]]),
          jarak(100),
        ]
      : []),
    ...(dengan.paraf && d.paraf?.posisi === 'kiri-ttd' ? paraf(d.paraf.baris, kiriLebar) : []),
  ];
  return [jarak(twip(8)), tabel([kiriLebar, lebar - kiriLebar - kananLebar, kananLebar], [[kiri, [], kanan]])];
}

function lampiran(d: NaskahDokumen, lebar: number, o: OpsiBlok): Isi {
  return d.lampiran.flatMap((l) => [
    ...l.kepala.map((k, i) => teks(k, { indent: { left: Math.floor(lebar / 2) }, pageBreakBefore: i === 0, spacing: { after: i === l.kepala.length - 1 ? twip(8) : 0 } })),
    ...(l.judul ? [teks(l.judul, { alignment: AlignmentType.CENTER, bold: true, spacing: { after: 240 } })] : []),
    ...l.isi.flatMap((b) => blokDocx(b, lebar, o)),
    ...tandaTangan(d, lebar, { qr: false, paraf: false }),
  ]);
}

export async function tulisDocx(d: NaskahDokumen): Promise<Buffer> {
  const h = d.halaman;
  const kertas = KERTAS[h.kertas];
  const lebar = kertas.width - twip(h.margin.kiri) - twip(h.margin.kanan);
  const tengah = { alignment: AlignmentType.CENTER };
  const o: OpsiBlok = { ukuranTabel: Math.round(h.ukuranPt * 2 * 0.92) };
  const isi: Isi = [
    ...kop(d, lebar),
    ...(d.tempatTanggal ? [teks(d.tempatTanggal, { alignment: AlignmentType.RIGHT, spacing: { after: twip(4) } })] : []),
    ...d.judul.map((j) => teks(j, { ...tengah, bold: true })),
    ...(d.judul.length && d.varian !== 'nota' ? [teks(barisNomor(d.nomor), { ...tengah, spacing: { after: d.tentang ? 0 : 300 } })] : []),
    ...(d.tentang ? [teks('TENTANG', { ...tengah, bold: true }), teks(d.tentang, { ...tengah, bold: true })] : []),
    ...(d.kepala.length ? kepala(d.kepala, lebar) : []),
    ...(d.varian === 'nota'
      ? [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } }, spacing: { line: 80, lineRule: LineRuleType.EXACT, after: twip(5) }, children: [] })]
      : []),
    ...(d.tujuan
      ? [
          jarak(twip(6)),
          ...d.tujuan.baris.map((b) => teks(b, { indent: { left: d.tujuan!.posisi === 'kanan' ? Math.floor(lebar * 0.55) : 0 } })),
          ...(d.tujuan.di ? [teks('di', { indent: { left: d.tujuan.posisi === 'kanan' ? Math.floor(lebar * 0.55) : 0 } }), teks(d.tujuan.di, { indent: { left: (d.tujuan.posisi === 'kanan' ? Math.floor(lebar * 0.55) : 0) + twip(8) } })] : []),
          jarak(twip(6)),
        ]
      : []),
    ...(d.keputusan ? keputusan(d.keputusan, lebar, o) : []),
    ...d.isi.flatMap((b) => blokDocx(b, lebar, o)),
    ...tandaTangan(d, lebar, { qr: true, paraf: true }),
    ...(d.tembusan ? [teks('Tembusan:', { spacing: { before: twip(8) } }), ...daftar(d.tembusan.butir.map((t) => [{ t }]), 'angka', false)] : []),
    ...(d.paraf?.posisi === 'bawah' ? [jarak(twip(6)), ...paraf(d.paraf.baris, Math.floor(lebar * 0.6))] : []),
    ...lampiran(d, lebar, o),
  ];
  const nomorHalaman = new Header({ children: [new Paragraph({ ...tengah, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })] });
  const doc = new Document({
    creator: 'Sekretariat',
    title: d.judulBerkas,
    styles: {
      default: {
        document: {
          run: { font: NAMA_FONT[h.font], size: Math.round(h.ukuranPt * 2) },
          paragraph: { spacing: { line: Math.round(240 * h.spasi), lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: kertas,
            margin: { top: twip(h.margin.atas), bottom: twip(h.margin.bawah), left: twip(h.margin.kiri), right: twip(h.margin.kanan), header: twip(h.margin.atas / 2), footer: twip(10) },
          },
        },
        headers: h.nomorHalaman ? { default: nomorHalaman, first: new Header({ children: [new Paragraph('')] }) } : undefined,
        children: isi,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

