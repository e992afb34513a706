import { useEffect, useId, useState } from 'react';
import type { Input, Jabatan, NaskahDetail, SuratKeluarDetail, VersiNaskah } from '../../shared/api';
import { formatWaktu } from '../../shared/format/tanggal';
import { diktumKe } from '../../shared/naskah/terbilang';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { href } from '../app/rute';
import { Kerangka } from '../ui/bidang';
import { usePengiriman } from '../ui/form';
import { Halaman } from '../ui/Halaman';
import { namaJabatan, ukuranBerkas } from '../ui/label';
import { LencanaStatus } from '../ui/Lencana';
import { belumSiap, Pesan } from '../ui/Pesan';
import { SimpanBerkas, type Tujuan } from '../ui/SimpanBerkas';
import { Tabel } from '../ui/Tabel';
import { PETUNJUK_GAYA, SuntingBlok, TeksKaya } from './SuntingBlok';
import { dariRuns, dariSunting, keRuns, keSunting, kunciBaru, perBaris, type BlokSunting } from './teks';
import './naskah.css';

interface Draf {
  judul: string;
  tujuanDi: string;
  atasNamaJabatanId: string;
  isi: BlokSunting[];
  tembusan: string;
  menimbang: string;
  mengingat: string;
  memperhatikan: string;
  menetapkan: string;
  diktum: { kunci: number; label: string; isi: BlokSunting[] }[];
  lampiran: { kunci: number; judul: string; isi: BlokSunting[] }[];
}

const dariDetail = (n: NaskahDetail): Draf => ({
  judul: n.judul ?? '',
  tujuanDi: n.tujuanDi ?? '',
  atasNamaJabatanId: n.atasNamaJabatanId ? String(n.atasNamaJabatanId) : '',
  isi: n.isi.map(keSunting),
  tembusan: n.tembusan.join('\n'),
  menimbang: n.menimbang.map(dariRuns).join('\n'),
  mengingat: n.mengingat.map(dariRuns).join('\n'),
  memperhatikan: n.memperhatikan.map(dariRuns).join('\n'),
  menetapkan: n.menetapkan ?? '',
  diktum: n.diktum.map((d) => ({ kunci: kunciBaru(), label: d.label ?? '', isi: d.isi.map(keSunting) })),
  lampiran: n.lampiran.map((l) => ({ kunci: kunciBaru(), judul: l.judul ?? '', isi: l.isi.map(keSunting) })),
});

const blokApi = (b: BlokSunting[]) => b.map(dariSunting).filter((x) => x !== null);

/** The draft as the contract's input; compared with the loaded one to send only what changed. */
function keApi(d: Draf): Omit<Input<'naskah.save'>, 'id'> {
  return {
    judul: d.judul.trim() || null,
    tujuanDi: d.tujuanDi.trim() || null,
    atasNamaJabatanId: d.atasNamaJabatanId ? Number(d.atasNamaJabatanId) : null,
    isi: blokApi(d.isi),
    tembusan: perBaris(d.tembusan),
    menimbang: perBaris(d.menimbang).map(keRuns),
    mengingat: perBaris(d.mengingat).map(keRuns),
    memperhatikan: perBaris(d.memperhatikan).map(keRuns),
    menetapkan: d.menetapkan.trim() || null,
    diktum: d.diktum.map((x) => ({ label: x.label.trim() || null, isi: blokApi(x.isi) })).filter((x) => x.isi.length),
    lampiran: d.lampiran.map((x) => ({ judul: x.judul.trim() || null, isi: blokApi(x.isi) })).filter((x) => x.isi.length || x.judul),
  };
}

function berubah(awal: Draf, kini: Draf): Partial<ReturnType<typeof keApi>> {
  const a = keApi(awal);
  const k = keApi(kini);
  return Object.fromEntries(Object.entries(k).filter(([kunci, v]) => JSON.stringify(v) !== JSON.stringify(a[kunci as keyof typeof a])));
}

/** A file name from the number (slashes are not allowed in names) or, before numbering, the draft id. */
const namaBerkas = (s: SuratKeluarDetail, format: string) => `${s.nomor ? s.nomor.replace(/[^A-Za-z0-9.-]+/g, '-') : `konsep-${s.id}`}.${format}`;

function BidangPolos({ label, nilai, ubah, petunjuk, ...asli }: { label: string; nilai: string; ubah: (s: string) => void; petunjuk?: string; placeholder?: string; disabled?: boolean }) {
  const id = useId();
  return (
    <Kerangka id={id} label={label} petunjuk={petunjuk}>
      <input id={id} value={nilai} onChange={(e) => ubah(e.target.value)} aria-describedby={petunjuk ? `${id}-petunjuk` : undefined} autoComplete="off" {...asli} />
    </Kerangka>
  );
}

/**
 * Compose the text of one outgoing letter: body blocks, tembusan, and for a keputusan its
 * considerations and diktum; then print it as PDF or DOCX. Every file made is kept as a numbered
 * version with its SHA-256, so the signed one can always be found again.
 */
export function SusunNaskah({ id }: { id: number }) {
  const naskah = useMuat('naskah.get', { id });
  const surat = useMuat('suratKeluar.get', { id });
  const jabatan = useMuat('jabatan.list', {});
  const versi = useMuat('naskah.versions', { id });
  const [awal, setAwal] = useState<Draf>();
  const [draf, setDraf] = useState<Draf>();
  const kirim = usePengiriman();

  useEffect(() => {
    if (naskah.data && !awal) {
      const d = dariDetail(naskah.data);
      setAwal(d);
      setDraf(d);
    }
  }, [naskah.data, awal]);

  const tunggu = belumSiap(naskah, surat, jabatan);
  if (tunggu || !draf || !awal) return tunggu ?? <p className="samar">Memuat…</p>;
  const n = naskah.data!;
  const s = surat.data!;
  const terkunci = !n.dapatDiubah;
  const ubahan = berubah(awal, draf);
  const kotor = Object.keys(ubahan).length > 0;
  const set = <K extends keyof Draf>(k: K) => (v: Draf[K]) => setDraf((d) => (d ? { ...d, [k]: v } : d));
  const keputusan = n.varian === 'keputusan';
  const judulLayout = n.layout === 'judul';

  const simpan = async () => {
    const r = await kirim.jalankan(() => call('naskah.save', { id, ...ubahan }), { sukses: () => 'Naskah tersimpan.' });
    if (!r) return false;
    naskah.setData(r);
    const d = dariDetail(r);
    setAwal(d);
    setDraf(d);
    return true;
  };

  /** Printing always uses the saved text: unsaved changes are saved first. */
  const cetak = (format: 'pdf' | 'docx') => async (tujuan: Tujuan) => {
    if (kotor && !terkunci) {
      const r = await call('naskah.save', { id, ...ubahan });
      naskah.setData(r);
      const d = dariDetail(r);
      setAwal(d);
      setDraf(d);
    }
    const r = await call('naskah.render', { id, format, ...tujuan });
    versi.muatUlang();
    return r;
  };

  const namaJenis = n.jenisNaskah.replace(/-/g, ' ');
  return (
    <Halaman
      judul={`Susun naskah: ${s.nomor ?? `konsep ${namaJenis}`}`}
      sub={
        <>
          <LencanaStatus status={s.status} /> {s.perihal}
        </>
      }
      aksi={
        <>
          <a className="tombol" href={href('surat-keluar', id)}>
            Kembali ke surat
          </a>
          <a className="tombol" href={href('periksa-qr')}>
            Periksa QR
          </a>
        </>
      }
    >
      {n.peringatan.length > 0 && (
        <div className="pesan pesan--awas" role="note" aria-label="Peringatan naskah">
          <strong>Perlu diperhatikan sebelum dicetak:</strong>
          <ul>
            {n.peringatan.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {terkunci && (
        <p className="pesan pesan--info">
          Naskah ini sudah ditandatangani: isinya tidak dapat diubah lagi. Berkas PDF/DOCX tetap dapat dicetak ulang dari isi yang tersimpan.
        </p>
      )}

      <div className="dua-kolom">
        <form className="halaman" noValidate aria-label="Isi naskah" onSubmit={(e) => (e.preventDefault(), void simpan())}>
          <section className="kartu formulir" aria-labelledby="judul-kepala">
            <h2 id="judul-kepala" className="bidang-lebar">
              Kepala dan penandatangan
            </h2>
            {judulLayout && (
              <BidangPolos label="Judul naskah" nilai={draf.judul} ubah={set('judul')} petunjuk="Kosongkan untuk judul bawaan sesuai jenis naskah." disabled={terkunci} />
            )}
            {!judulLayout && (
              <BidangPolos
                label="Baris “di” di bawah tujuan"
                nilai={draf.tujuanDi}
                ubah={set('tujuanDi')}
                placeholder="Tempat"
                petunjuk="Kosongkan untuk “Tempat”."
                disabled={terkunci}
              />
            )}
            <AtasNama nilai={draf.atasNamaJabatanId} ubah={set('atasNamaJabatanId')} jabatan={jabatan.data!} disabled={terkunci} />
            {n.tandaTangan && (
              <p className="petunjuk bidang-lebar">
                Blok tanda tangan yang tercetak: <strong>{[...n.tandaTangan.jabatan, n.tandaTangan.nama ?? '(nama pejabat belum ada)'].join(' ')}</strong>
              </p>
            )}
          </section>

          {keputusan && (
            <section className="kartu formulir" aria-labelledby="judul-konsiderans">
              <h2 id="judul-konsiderans" className="bidang-lebar">
                Konsiderans
              </h2>
              <p className="petunjuk bidang-lebar">Satu butir per baris; huruf a, b, c dan angka 1, 2, 3 diberikan otomatis. {PETUNJUK_GAYA}</p>
              <TeksKaya label="Menimbang" nilai={draf.menimbang} ubah={set('menimbang')} rows={4} disabled={terkunci} />
              <TeksKaya label="Mengingat" nilai={draf.mengingat} ubah={set('mengingat')} rows={4} disabled={terkunci} />
              <TeksKaya label="Memperhatikan" nilai={draf.memperhatikan} ubah={set('memperhatikan')} rows={2} disabled={terkunci} />
              <TeksKaya label="Menetapkan" nilai={draf.menetapkan} ubah={set('menetapkan')} rows={2} petunjuk="Kosongkan untuk judul keputusan beserta perihalnya." disabled={terkunci} />
            </section>
          )}

          {keputusan ? (
            <section className="kartu" aria-labelledby="judul-diktum">
              <h2 id="judul-diktum">Diktum</h2>
              {draf.diktum.map((d, i) => (
                <div key={d.kunci} className="kartu blok-grup">
                  <BidangPolos
                    label={`Label diktum ke-${i + 1}`}
                    nilai={d.label}
                    placeholder={diktumKe(i + 1)}
                    ubah={(label) => set('diktum')(draf.diktum.map((x, j) => (j === i ? { ...x, label } : x)))}
                    petunjuk={`Kosongkan untuk ${diktumKe(i + 1)}.`}
                    disabled={terkunci}
                  />
                  <SuntingBlok judul={`Isi diktum ${d.label || diktumKe(i + 1)}`} blok={d.isi} terkunci={terkunci} ubah={(isi) => set('diktum')(draf.diktum.map((x, j) => (j === i ? { ...x, isi } : x)))} />
                  {!terkunci && (
                    <button type="button" className="tombol tombol--kecil tombol--bahaya" onClick={() => set('diktum')(draf.diktum.filter((_, j) => j !== i))}>
                      Hapus diktum {d.label || diktumKe(i + 1)}
                    </button>
                  )}
                </div>
              ))}
              {!terkunci && (
                <button
                  type="button"
                  className="tombol"
                  onClick={() => set('diktum')([...draf.diktum, { kunci: kunciBaru(), label: '', isi: [{ jenis: 'paragraf', kunci: kunciBaru(), teks: '' }] }])}
                >
                  + Diktum {diktumKe(draf.diktum.length + 1)}
                </button>
              )}
            </section>
          ) : (
            <section className="kartu" aria-labelledby="judul-isi">
              <h2 id="judul-isi">Isi surat</h2>
              <p className="petunjuk">{PETUNJUK_GAYA}</p>
              <SuntingBlok judul="Isi surat" blok={draf.isi} ubah={set('isi')} terkunci={terkunci} />
            </section>
          )}

          <section className="kartu formulir" aria-labelledby="judul-tembusan">
            <h2 id="judul-tembusan" className="bidang-lebar">
              Tembusan
            </h2>
            <TeksKaya
              label="Tembusan (satu per baris)"
              nilai={draf.tembusan}
              ubah={set('tembusan')}
              rows={3}
              placeholder={'Bupati (sebagai laporan)\nSekretaris Daerah'}
              petunjuk="Nomor urut diberikan otomatis."
              disabled={terkunci}
              polos
            />
          </section>

          <section className="kartu" aria-labelledby="judul-lampiran">
            <h2 id="judul-lampiran">Lampiran naskah</h2>
            {draf.lampiran.length === 0 && <p className="samar">Tidak ada lampiran yang dicetak bersama naskah.</p>}
            {draf.lampiran.map((l, i) => (
              <div key={l.kunci} className="kartu blok-grup">
                <BidangPolos
                  label={`Judul lampiran ${i + 1}`}
                  nilai={l.judul}
                  ubah={(judul) => set('lampiran')(draf.lampiran.map((x, j) => (j === i ? { ...x, judul } : x)))}
                  disabled={terkunci}
                />
                <SuntingBlok judul={`Isi lampiran ${i + 1}`} blok={l.isi} terkunci={terkunci} ubah={(isi) => set('lampiran')(draf.lampiran.map((x, j) => (j === i ? { ...x, isi } : x)))} />
                {!terkunci && (
                  <button type="button" className="tombol tombol--kecil tombol--bahaya" onClick={() => set('lampiran')(draf.lampiran.filter((_, j) => j !== i))}>
                    Hapus lampiran {i + 1}
                  </button>
                )}
              </div>
            ))}
            {!terkunci && (
              <button type="button" className="tombol" onClick={() => set('lampiran')([...draf.lampiran, { kunci: kunciBaru(), judul: '', isi: [] }])}>
                + Lampiran
              </button>
            )}
          </section>

          {!terkunci && (
            <div className="kartu bilah-simpan">
              <Pesan galat={kirim.galat} sukses={kirim.sukses} />
              <div className="baris-tombol">
                <button type="submit" className="tombol tombol--utama" disabled={kirim.sedang || !kotor}>
                  {kirim.sedang ? 'Menyimpan…' : 'Simpan naskah'}
                </button>
                <span className={kotor ? 'teks-awas' : 'samar'} aria-live="polite">
                  {kotor ? 'Ada perubahan yang belum disimpan.' : 'Semua perubahan tersimpan.'}
                </span>
              </div>
            </div>
          )}
        </form>

        <div className="halaman">
          <section className="kartu cetak-naskah" aria-labelledby="judul-cetak">
            <h2 id="judul-cetak">Cetak dan unduh</h2>
            <p className="petunjuk">
              {s.nomor
                ? 'Naskah bernomor dicetak sebagai versi final.'
                : 'Sebelum bernomor, berkas dicetak sebagai konsep (draft) untuk diperiksa dan diparaf.'}
              {kotor && !terkunci && ' Perubahan yang belum disimpan akan disimpan dahulu.'}
            </p>
            {(['pdf', 'docx'] as const).map((f) => (
              <SimpanBerkas
                key={f}
                namaBawaan={namaBerkas(s, f)}
                ekstensi={f}
                labelBidang={`Lokasi berkas ${f.toUpperCase()}`}
                labelTombol={f === 'pdf' ? 'Cetak PDF' : 'Unduh DOCX'}
                ekspor={cetak(f)}
                pesanSukses={(r) => <PesanCetak r={r} />}
              />
            ))}
          </section>
          <DaftarVersi s={s} versi={versi.data ?? []} />
        </div>
      </div>
    </Halaman>
  );
}

function PesanCetak({ r }: { r: { path: string; versi: number; format: string; status: string; ukuran: number; baru: boolean } }) {
  return (
    <>
      {r.format.toUpperCase()} tersimpan di <code className="path">{r.path}</code> ({ukuranBerkas(r.ukuran)}).{' '}
      {r.baru ? `Disimpan sebagai versi ${r.versi} (${r.status}).` : `Isinya sama dengan versi ${r.versi}; versi itu yang disalin.`}
    </>
  );
}

function AtasNama({ nilai, ubah, jabatan, disabled }: { nilai: string; ubah: (s: string) => void; jabatan: Jabatan[]; disabled: boolean }) {
  const id = useId();
  return (
    <Kerangka id={id} label="Atas nama (a.n.) jabatan" petunjuk="Bila ditandatangani atas nama pejabat lain; u.b. mengikuti susunan atasan.">
      <select id={id} value={nilai} onChange={(e) => ubah(e.target.value)} disabled={disabled} aria-describedby={`${id}-petunjuk`}>
        <option value="">— Tanpa a.n. —</option>
        {jabatan
          .filter((j) => j.aktif || String(j.id) === nilai)
          .map((j) => (
            <option key={j.id} value={j.id}>
              {namaJabatan(j)}
            </option>
          ))}
      </select>
    </Kerangka>
  );
}

function DaftarVersi({ s, versi }: { s: SuratKeluarDetail; versi: VersiNaskah[] }) {
  const [pilih, setPilih] = useState<number | null>(null);
  const v = versi.find((x) => x.id === pilih);
  return (
    <section className="kartu" aria-labelledby="judul-versi">
      <h2 id="judul-versi">Versi tersimpan</h2>
      {versi.length === 0 ? (
        <p className="samar">Belum ada berkas yang dicetak.</p>
      ) : (
        <div className="gulir-datar">
        <Tabel
          label="Versi naskah"
          data={versi}
          kunci={(x) => x.id}
          kolom={[
            { judul: 'Versi', sel: (x) => `${x.versi} · ${x.format.toUpperCase()}` },
            { judul: 'Status', sel: (x) => (x.status === 'final' ? <span className="lencana lencana--baik">Final</span> : <span className="lencana lencana--netral">Draft</span>) },
            { judul: 'SHA-256', sel: (x) => <code title={x.sha256}>{x.sha256.slice(0, 12)}</code> },
            { judul: 'Dibuat', sel: (x) => <span className="kecil">{formatWaktu(x.createdAt)}</span> },
            {
              judul: 'Tindakan',
              sel: (x) => (
                <div className="tindakan-versi">
                  <button
                    type="button"
                    className="tombol tombol--kecil"
                    aria-pressed={pilih === x.id}
                    aria-label={`Simpan salinan versi ${x.versi} ${x.format.toUpperCase()}`}
                    onClick={() => setPilih(pilih === x.id ? null : x.id)}
                  >
                    Simpan salinan
                  </button>
                  {x.qr && (
                    <a className="tombol tombol--kecil" href={href('periksa-qr', undefined, { kode: x.qr })} aria-label={`Periksa QR versi ${x.versi}`}>
                      Periksa QR
                    </a>
                  )}
                </div>
              ),
            },
          ]}
        />
        </div>
      )}
      {v && (
        <div className="kartu">
          <h3>
            Salinan versi {v.versi} ({v.format.toUpperCase()}, {v.status})
          </h3>
          <SimpanBerkas
            key={v.id}
            namaBawaan={namaBerkas(s, `v${v.versi}.${v.format}`)}
            ekstensi={v.format}
            labelBidang="Lokasi salinan"
            labelTombol={`Simpan salinan versi ${v.versi}`}
            ekspor={(tujuan) => call('naskah.versionExport', { versiId: v.id, ...tujuan })}
          />
        </div>
      )}
    </section>
  );
}
