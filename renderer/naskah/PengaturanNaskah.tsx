import { KakiSimpan } from '../ui/KakiSimpan';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, type Register, type TataLetakJenis, type TemplateNaskah } from '../../shared/api';
import { formatWaktu } from '../../shared/format/tanggal';
import { POSISI_PARAF, type PengaturanNaskah as Pengaturan } from '../../shared/naskah/pengaturan';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { keBase64 } from '../ui/berkas';
import { Centang, GrupCentang, Pilihan, Teks } from '../ui/bidang';
import { useFormKontrak, usePengiriman } from '../ui/form';
import { Halaman } from '../ui/Halaman';
import { ukuranBerkas } from '../ui/label';
import { belumSiap, Pesan } from '../ui/Pesan';
import { Tabel } from '../ui/Tabel';

const FONT: Record<string, string> = { arial: 'Arial', bookman: 'Bookman Old Style' };
const PARAF: Record<(typeof POSISI_PARAF)[number], string> = {
  'kiri-ttd': 'Di sebelah kiri tanda tangan',
  bawah: 'Di bawah, sesudah tanda tangan',
  tidak: 'Tidak dicetak',
};
/** The bridge takes 40 MB per request; base64 adds a third (the contract allows 30 MB of text). */
const BATAS = 20 * 1024 * 1024;

const kurung = (p: string) => `{${p}}`;

/** Upload a Word template; the core checks every placeholder and answers in Indonesian when one is unknown. */
function UnggahTemplat({ onTerunggah }: { onTerunggah: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [nama, setNama] = useState('');
  const [berkas, setBerkas] = useState<File | null>(null);
  const kirim = usePengiriman();

  const unggah = async (e: FormEvent) => {
    e.preventDefault();
    if (!berkas) return kirim.setGalat('Pilih berkas templat .docx lebih dahulu.');
    if (!/\.docx$/i.test(berkas.name)) return kirim.setGalat(`${berkas.name} bukan dokumen Word .docx.`);
    if (berkas.size > BATAS) return kirim.setGalat(`${berkas.name} lebih dari ${ukuranBerkas(BATAS)}.`);
    const namaTemplat = nama.trim() || berkas.name.replace(/\.docx$/i, '');
    const r = await kirim.jalankan(async () => call('naskah.template.upload', { nama: namaTemplat, isiBase64: await keBase64(berkas) }), {
      sukses: (t) => `Templat “${t.nama}” diunggah dengan ${t.placeholder.length} placeholder.`,
    });
    if (r) {
      setNama('');
      setBerkas(null);
      if (input.current) input.current.value = '';
      onTerunggah();
    }
  };

  return (
    <form className="formulir" noValidate aria-label="Unggah templat" onSubmit={(e) => void unggah(e)}>
      <div className="bidang">
        <span className="bidang__label">
          <label htmlFor={`${id}-nama`}>Nama templat</label>
        </span>
        <input id={`${id}-nama`} type="text" maxLength={200} value={nama} onChange={(e) => setNama(e.target.value)} aria-describedby={`${id}-nama-petunjuk`} />
        <div id={`${id}-nama-petunjuk`} className="petunjuk">
          Kosongkan untuk memakai nama berkas.
        </div>
      </div>
      <div className="bidang">
        <span className="bidang__label">
          <label htmlFor={`${id}-berkas`}>Berkas templat (.docx)</label>
        </span>
        <input
          ref={input}
          id={`${id}-berkas`}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => setBerkas(e.target.files?.[0] ?? null)}
        />
      </div>
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
      <div className="baris-tombol">
        <button type="submit" className="tombol tombol--utama" disabled={kirim.sedang}>
          {kirim.sedang ? 'Mengunggah…' : 'Unggah templat'}
        </button>
      </div>
    </form>
  );
}

interface NilaiTataLetak {
  kertas: string;
  atas: string;
  bawah: string;
  kiri: string;
  kanan: string;
  font: string;
  ukuranPt: string;
  spasi: string;
  nomorHalaman: boolean;
  templateId: string;
}

const nilaiTataLetak = (j: TataLetakJenis): NilaiTataLetak => ({
  kertas: j.tataLetak.kertas,
  atas: String(j.tataLetak.margin.atas),
  bawah: String(j.tataLetak.margin.bawah),
  kiri: String(j.tataLetak.margin.kiri),
  kanan: String(j.tataLetak.margin.kanan),
  font: j.tataLetak.font,
  ukuranPt: String(j.tataLetak.ukuranPt),
  spasi: String(j.tataLetak.spasi),
  nomorHalaman: j.tataLetak.nomorHalaman,
  templateId: j.templateId === null ? '' : String(j.templateId),
});

function FormTataLetak({ jenis, templat, onTersimpan, onTutup }: { jenis: TataLetakJenis; templat: TemplateNaskah[]; onTersimpan: () => void; onTutup: () => void }) {
  const judulId = useId();
  const form = useFormKontrak<NilaiTataLetak>({
    skema: api['naskah.tataLetak.save'].input,
    bawaan: nilaiTataLetak(jenis),
    keApi: (v) => ({
      jenisNaskah: jenis.jenisNaskah,
      kertas: v.kertas,
      margin: { atas: Number(v.atas), bawah: Number(v.bawah), kiri: Number(v.kiri), kanan: Number(v.kanan) },
      font: v.font,
      ukuranPt: Number(v.ukuranPt),
      spasi: Number(v.spasi),
      nomorHalaman: v.nomorHalaman,
      templateId: v.templateId ? Number(v.templateId) : null,
    }),
  });
  const kirim = usePengiriman();
  // The form opens under a long table: bring it into view with the first field focused.
  useEffect(() => form.setFocus('kertas'), [form]);
  const selesai = (r: TataLetakJenis | undefined) => {
    if (!r) return;
    form.reset(nilaiTataLetak(r));
    onTersimpan();
  };
  const simpan = form.handleSubmit(async (v) => {
    selesai(await kirim.jalankan(() => call('naskah.tataLetak.save', v as never), { form, sukses: (r: TataLetakJenis) => `Tata letak ${r.nama} tersimpan.` }));
  }, kirim.tidakSah);
  // Back to the built-in page setup and the built-in DOCX layout (no template).
  const bawaan = async () => {
    selesai(await kirim.jalankan(() => call('naskah.tataLetak.save', { jenisNaskah: jenis.jenisNaskah, bawaan: true, templateId: null }), { sukses: (r) => `Tata letak ${r.nama} kembali ke bawaan.` }));
  };

  return (
    <form className="formulir kartu" noValidate aria-labelledby={judulId} onSubmit={(e) => void simpan(e)}>
      <h3 id={judulId} className="bidang-lebar">
        Tata letak {jenis.nama}
      </h3>
      <Pilihan form={form} nama="kertas" label="Kertas" pilihan={[{ nilai: 'F4', label: 'F4 (215 × 330 mm)' }, { nilai: 'A4', label: 'A4 (210 × 297 mm)' }]} />
      <Pilihan form={form} nama="font" label="Huruf" pilihan={Object.entries(FONT).map(([nilai, label]) => ({ nilai, label }))} />
      <Teks form={form} nama="ukuranPt" label="Ukuran huruf (pt)" type="number" min={9} max={16} step={0.5} />
      <Teks form={form} nama="spasi" label="Spasi baris" type="number" min={1} max={2.5} step={0.05} petunjuk="Kelipatan ukuran huruf, mis. 1,15." />
      <Teks form={form} nama="atas" label="Margin atas (mm)" type="number" min={5} max={60} />
      <Teks form={form} nama="bawah" label="Margin bawah (mm)" type="number" min={5} max={60} />
      <Teks form={form} nama="kiri" label="Margin kiri (mm)" type="number" min={5} max={60} />
      <Teks form={form} nama="kanan" label="Margin kanan (mm)" type="number" min={5} max={60} />
      <Pilihan
        form={form}
        nama="templateId"
        label="Templat Word"
        kosong="Tanpa templat (bawaan aplikasi)"
        pilihan={templat.filter((t) => t.aktif || String(t.id) === form.getValues('templateId')).map((t) => ({ nilai: String(t.id), label: t.nama }))}
        petunjuk="Dipakai untuk berkas DOCX jenis naskah ini; PDF tetap memakai tata letak di atas."
      />
      <Centang form={form} nama="nomorHalaman" label="Nomor halaman mulai halaman 2" />
      <Pesan galat={kirim.galat} sukses={kirim.sukses} />
      <div className="baris-tombol">
        <button type="submit" className="tombol tombol--utama" disabled={kirim.sedang}>
          Simpan tata letak
        </button>
        <button type="button" className="tombol" disabled={kirim.sedang || (!jenis.disesuaikan && jenis.templateId === null)} onClick={() => void bawaan()}>
          Kembalikan ke bawaan
        </button>
        <button type="button" className="tombol" onClick={onTutup}>
          Tutup
        </button>
      </div>
    </form>
  );
}

interface NilaiUmum {
  kertasBawaan: string;
  qrRegister: string[];
  paraf: string;
  tembusanYth: boolean;
  alamatTujuan: string;
  penetapanPangkatNip: boolean;
  namaKapital: boolean;
}

const nilaiUmum = (p: Pengaturan): NilaiUmum => ({
  kertasBawaan: p.kertasBawaan,
  qrRegister: [...p.qrRegister],
  paraf: p.paraf,
  tembusanYth: p.tembusanYth,
  alamatTujuan: p.alamatTujuan,
  penetapanPangkatNip: p.ttd.penetapanPangkatNip,
  namaKapital: p.ttd.namaKapital,
});

function FormUmum({ awal, register, onTersimpan }: { awal: Pengaturan; register: Register[]; onTersimpan: (p: Pengaturan) => void }) {
  const form = useFormKontrak<NilaiUmum>({
    skema: api['naskah.pengaturan.save'].input,
    bawaan: nilaiUmum(awal),
    keApi: (v) => ({
      kertasBawaan: v.kertasBawaan,
      // A lone checkbox reads as a boolean in react-hook-form; the array default keeps it a list.
      qrRegister: Array.isArray(v.qrRegister) ? v.qrRegister : [],
      paraf: v.paraf,
      tembusanYth: v.tembusanYth,
      alamatTujuan: v.alamatTujuan,
      ttd: { penetapanPangkatNip: v.penetapanPangkatNip, namaKapital: v.namaKapital },
    }),
  });
  const kirim = usePengiriman();
  const simpan = form.handleSubmit(async (v) => {
    const r = await kirim.jalankan(() => call('naskah.pengaturan.save', v as never), { form, sukses: () => 'Pengaturan naskah tersimpan.' });
    if (r) {
      form.reset(nilaiUmum(r));
      onTersimpan(r);
    }
  }, kirim.tidakSah);
  return (
    <form className="formulir kartu" noValidate aria-labelledby="judul-pengaturan-umum" onSubmit={(e) => void simpan(e)}>
      <h2 id="judul-pengaturan-umum" className="bidang-lebar">
        Pengaturan umum
      </h2>
      <Pilihan
        form={form}
        nama="kertasBawaan"
        label="Kertas bawaan"
        pilihan={[
          { nilai: 'F4', label: 'F4' },
          { nilai: 'A4', label: 'A4' },
        ]}
        petunjuk="Untuk jenis naskah yang tata letaknya belum diubah."
      />
      <Pilihan form={form} nama="paraf" label="Posisi paraf" pilihan={POSISI_PARAF.map((p) => ({ nilai: p, label: PARAF[p] }))} />
      <Pilihan
        form={form}
        nama="alamatTujuan"
        label="Letak alamat tujuan (Yth.)"
        pilihan={[
          { nilai: 'kiri', label: 'Kiri, di bawah Hal' },
          { nilai: 'kanan', label: 'Kanan (Perkada lama)' },
        ]}
      />
      {register.length > 0 ? (
        <GrupCentang
          form={form}
          nama="qrRegister"
          label="Cetak kode QR verifikasi pada surat dari register"
          pilihan={register.map((r) => ({ nilai: r.kode, label: `${r.nama} (${r.kode})` }))}
        />
      ) : (
        <p className="bidang-lebar samar">Belum ada register penomoran untuk kode QR.</p>
      )}
      <Centang form={form} nama="tembusanYth" label="Tulis “Yth.” pada setiap tembusan" className="bidang--lebar" />
      <Centang
        form={form}
        nama="penetapanPangkatNip"
        label="Cantumkan pangkat dan NIP penandatangan pada Keputusan dan naskah pengaturan"
        className="bidang--lebar"
        petunjuk="Pasal 44: bila tidak dicentang, hanya jabatan dan nama yang dicetak."
      />
      <Centang form={form} nama="namaKapital" label="Nama penandatangan dengan huruf kapital" className="bidang--lebar" />
      <KakiSimpan kirim={kirim} />
    </form>
  );
}

/** Admin: Word templates, page setup per jenis naskah and the Pemda-wide naskah settings. */
export function PengaturanNaskah() {
  const templat = useMuat('naskah.template.list', {});
  const placeholder = useMuat('naskah.template.placeholders', {});
  const tataLetak = useMuat('naskah.tataLetak.list', {});
  const pengaturan = useMuat('naskah.pengaturan.get', {});
  const register = useMuat('register.list', {});
  const [diubah, setDiubah] = useState<string | null>(null);

  const tunggu = belumSiap(templat, placeholder, tataLetak, pengaturan, register);
  const namaTemplat = (id: number | null) => (id === null ? 'Bawaan' : (templat.data?.find((t) => t.id === id)?.nama ?? `#${id}`));
  const jenisDiubah = tataLetak.data?.find((j) => j.jenisNaskah === diubah);

  return (
    <Halaman judul="Pengaturan Naskah" sub="Templat Word, tata letak halaman per jenis naskah, dan aturan cetak naskah dinas.">
      {tunggu ?? (
        <div className="halaman">
          <section className="kartu" aria-labelledby="judul-templat">
            <h2 id="judul-templat">Templat Word</h2>
            <p className="petunjuk">
              Buat dokumen di Word dan ketik placeholder di tempat isian, mis. <code>{'{nomor}'}</code>. Templat dengan placeholder yang tidak dikenal ditolak.
            </p>
            <UnggahTemplat onTerunggah={() => (templat.muatUlang(), tataLetak.muatUlang())} />
            {templat.data!.length === 0 ? (
              <p className="samar">Belum ada templat. Tanpa templat, berkas DOCX memakai tata letak bawaan aplikasi.</p>
            ) : (
              <Tabel
                label="Daftar templat"
                data={templat.data!}
                kunci={(t) => t.id}
                kolom={[
                  { judul: 'Nama', sel: (t) => t.nama },
                  { judul: 'Placeholder', sel: (t) => <code>{t.placeholder.map(kurung).join(' ')}</code> },
                  { judul: 'Dipakai untuk', sel: (t) => t.dipakaiUntuk.map((s) => tataLetak.data!.find((j) => j.jenisNaskah === s)?.nama ?? s).join(', ') || '—' },
                  { judul: 'Diunggah', sel: (t) => `${formatWaktu(t.createdAt)} oleh ${t.aktor}` },
                ]}
              />
            )}
          </section>
          <section className="kartu" aria-labelledby="judul-placeholder">
            <h2 id="judul-placeholder">Placeholder yang tersedia</h2>
            <Tabel
              label="Placeholder yang tersedia"
              data={placeholder.data!}
              kunci={(p) => p.tulisan}
              kolom={[
                { judul: 'Tulis di Word', sel: (p) => <code>{p.tulisan}</code> },
                {
                  judul: 'Arti',
                  sel: (p) => (
                    <>
                      {p.keterangan}
                      {p.isi && (
                        <ul>
                          {p.isi.map((x) => (
                            <li key={x.nama}>
                              <code>{kurung(x.nama)}</code>: {x.keterangan}
                            </li>
                          ))}
                        </ul>
                      )}
                    </>
                  ),
                },
                { judul: 'Contoh', sel: (p) => p.contoh },
              ]}
            />
          </section>
          <section className="kartu" aria-labelledby="judul-tata-letak">
            <h2 id="judul-tata-letak">Tata letak per jenis naskah</h2>
            <Tabel
              label="Tata letak per jenis naskah"
              data={tataLetak.data!}
              kunci={(j) => j.jenisNaskah}
              kolom={[
                { judul: 'Jenis naskah', sel: (j) => j.nama },
                { judul: 'Kertas', sel: (j) => j.tataLetak.kertas },
                { judul: 'Margin (atas/bawah/kiri/kanan, mm)', sel: (j) => [j.tataLetak.margin.atas, j.tataLetak.margin.bawah, j.tataLetak.margin.kiri, j.tataLetak.margin.kanan].join(' / ') },
                { judul: 'Huruf', sel: (j) => `${FONT[j.tataLetak.font] ?? j.tataLetak.font} ${j.tataLetak.ukuranPt} pt, spasi ${j.tataLetak.spasi}` },
                { judul: 'Nomor halaman', sel: (j) => (j.tataLetak.nomorHalaman ? 'Mulai hlm. 2' : 'Tidak') },
                { judul: 'Templat', sel: (j) => namaTemplat(j.templateId) },
                {
                  judul: 'Tindakan',
                  sel: (j) => (
                    <button type="button" className="tombol tombol--kecil" aria-label={`Ubah tata letak ${j.nama}`} onClick={() => setDiubah(j.jenisNaskah)}>
                      Ubah
                    </button>
                  ),
                },
              ]}
            />
            {jenisDiubah && (
              <FormTataLetak key={jenisDiubah.jenisNaskah} jenis={jenisDiubah} templat={templat.data!} onTersimpan={() => (tataLetak.muatUlang(), templat.muatUlang())} onTutup={() => setDiubah(null)} />
            )}
          </section>
          <FormUmum awal={pengaturan.data!} register={register.data!} onTersimpan={(p) => pengaturan.setData(p)} />
        </div>
      )}
    </Halaman>
  );
}
