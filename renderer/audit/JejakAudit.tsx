import { Fragment, useEffect, useId, useRef, useState } from 'react';
import type { AuditEntry, HasilVerifikasiAudit, Input } from '../../shared/api';
import { formatWaktu } from '../../shared/format/tanggal';
import { call } from '../api/client';
import { keApiError } from '../api/useMuat';
import { usePengiriman } from '../ui/form';
import { Halaman } from '../ui/Halaman';
import { angka } from '../ui/label';
import { Pesan } from '../ui/Pesan';
import { KepalaTabel } from '../ui/Tabel';
import './audit.css';

const AKSI: Record<AuditEntry['aksi'], string> = { create: 'Buat', update: 'Ubah', delete: 'Hapus' };
const UKURAN = 50;

/** Tables people are likely to ask about, as suggestions; any name can still be typed. */
const TABEL_UMUM = ['surat_keluar', 'surat_masuk', 'disposisi', 'disposisi_penerima', 'paraf', 'nomor_surat', 'ekspedisi', 'naskah_isi', 'naskah_versi', 'pengguna', 'sesi', 'jabatan', 'pegawai', 'penugasan', 'unit', 'instansi', 'register'];

type Saringan = { aktor: string; tabel: string; recordId: string; dari: string; sampai: string };
const KOSONG: Saringan = { aktor: '', tabel: '', recordId: '', dari: '', sampai: '' };

function masukan(s: Saringan, sebelumId?: number): Input<'audit.list'> {
  const isi = Object.fromEntries(Object.entries(s).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));
  return { ...isi, limit: UKURAN, ...(sebelumId ? { sebelumId } : {}) };
}

/** The stored JSON of a row (object or text), as a flat object to compare key by key. */
function keObjek(v: unknown): Record<string, unknown> {
  if (typeof v === 'string') {
    try {
      return keObjek(JSON.parse(v));
    } catch {
      return { nilai: v };
    }
  }
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
}

const tampil = (v: unknown) => (v === undefined ? '' : v === null ? '(kosong)' : typeof v === 'string' ? v : JSON.stringify(v, null, 1));

/** Only the keys whose value differs between before and after. */
export function bedanya(sebelum: unknown, sesudah: unknown): [string, unknown, unknown][] {
  const a = keObjek(sebelum);
  const b = keObjek(sesudah);
  const kunci = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return kunci.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map((k) => [k, a[k], b[k]]);
}

function Beda({ e }: { e: AuditEntry }) {
  const baris = bedanya(e.sebelum, e.sesudah);
  if (baris.length === 0) return <p className="samar">Tidak ada kolom yang berubah.</p>;
  return (
    <table className="tabel tabel--bebas diff-audit" aria-label={`Perubahan entri ${e.id}`}>
      <thead>
        <tr>
          <th scope="col">Kolom</th>
          <th scope="col">Sebelum</th>
          <th scope="col">Sesudah</th>
        </tr>
      </thead>
      <tbody>
        {baris.map(([k, a, b]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td className="sebelum">{tampil(a)}</td>
            <td className="sesudah">{tampil(b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BidangSaring({ label, nilai, ubah, jenis = 'text', daftar }: { label: string; nilai: string; ubah: (v: string) => void; jenis?: string; daftar?: string }) {
  const id = useId();
  return (
    <div className="bidang">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={jenis} value={nilai} list={daftar} autoComplete="off" onChange={(e) => ubah(e.target.value)} />
    </div>
  );
}

/**
 * Who changed what, and when: the hash-chained audit trail, newest first, filtered by person,
 * table, record and period; each entry opens to the columns it changed.
 */
export function JejakAudit() {
  const [saring, setSaring] = useState<Saringan>(KOSONG);
  const [efektif, setEfektif] = useState<Saringan>(KOSONG);
  const [entri, setEntri] = useState<AuditEntry[]>([]);
  const [habis, setHabis] = useState(false);
  const [memuat, setMemuat] = useState(false);
  const [galat, setGalat] = useState<string>();
  const [buka, setBuka] = useState<Set<number>>(new Set());
  const [rantai, setRantai] = useState<HasilVerifikasiAudit | null>(null);
  const verif = usePengiriman();
  const urutan = useRef(0);
  const idDaftar = useId();

  // Typing pauses before the core is asked.
  useEffect(() => {
    const t = setTimeout(() => setEfektif(saring), 300);
    return () => clearTimeout(t);
  }, [saring]);

  const muat = (lanjut: boolean) => {
    const ke = ++urutan.current;
    const sebelumId = lanjut ? entri[entri.length - 1]?.id : undefined;
    setMemuat(true);
    call('audit.list', masukan(efektif, sebelumId)).then(
      (r) => {
        if (ke !== urutan.current) return;
        setEntri((lama) => (lanjut ? [...lama, ...r] : r));
        setHabis(r.length < UKURAN);
        setGalat(undefined);
        setMemuat(false);
      },
      (e: unknown) => {
        if (ke !== urutan.current) return;
        setGalat(keApiError(e).message);
        setMemuat(false);
      },
    );
  };

  useEffect(() => {
    setBuka(new Set());
    muat(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [efektif]);

  const ubah = (k: keyof Saringan) => (v: string) => setSaring((s) => ({ ...s, [k]: v }));
  const alih = (id: number) =>
    setBuka((b) => {
      const n = new Set(b);
      if (!n.delete(id)) n.add(id);
      return n;
    });
  const ada = Object.values(saring).some(Boolean);

  const periksaRantai = async () => {
    setRantai(null);
    const r = await verif.jalankan(() => call('audit.verify', {}));
    if (r) setRantai(r);
  };

  return (
    <Halaman
      judul="Jejak Audit"
      sub="Siapa mengubah apa dan kapan. Catatan ini berantai: satu entri yang diubah diam-diam akan ketahuan."
      aksi={
        <button type="button" className="tombol" onClick={() => void periksaRantai()} disabled={verif.sedang}>
          {verif.sedang ? 'Memeriksa…' : 'Periksa rantai audit'}
        </button>
      }
    >
      <Pesan galat={verif.galat} />
      {rantai && (
        <div role="status" className={`pesan ${rantai.ok ? 'pesan--sukses' : 'pesan--galat'}`}>
          <strong>{rantai.ok ? 'Rantai utuh. ' : 'Rantai RUSAK. '}</strong>
          {rantai.pesan} ({angka(rantai.jumlah)} entri diperiksa{rantai.rusakPada !== null ? `; rusak pada entri #${rantai.rusakPada}` : ''}.)
        </div>
      )}

      <form className="saring" role="search" aria-label="Saring jejak audit" onSubmit={(e) => e.preventDefault()}>
        <BidangSaring label="Pengguna" nilai={saring.aktor} ubah={ubah('aktor')} />
        <BidangSaring label="Tabel" nilai={saring.tabel} ubah={ubah('tabel')} daftar={idDaftar} />
        <datalist id={idDaftar}>
          {TABEL_UMUM.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <BidangSaring label="ID catatan" nilai={saring.recordId} ubah={ubah('recordId')} />
        <BidangSaring label="Dari tanggal" jenis="date" nilai={saring.dari} ubah={ubah('dari')} />
        <BidangSaring label="Sampai tanggal" jenis="date" nilai={saring.sampai} ubah={ubah('sampai')} />
        <button type="button" className="tombol" onClick={() => setSaring(KOSONG)} disabled={!ada}>
          Hapus saringan
        </button>
      </form>

      {galat && (
        <div role="alert" className="pesan pesan--galat">
          {galat}{' '}
          <button type="button" className="tombol tombol--kecil" onClick={() => muat(false)}>
            Coba lagi
          </button>
        </div>
      )}

      <div className="kartu" style={{ padding: 0, overflow: 'auto' }}>
        <table className="tabel tabel--bebas" aria-label="Entri jejak audit">
          <KepalaTabel<AuditEntry>
            kolom={['Waktu', 'Pengguna', 'Aksi', 'Tabel', 'ID catatan', 'Rincian'].map((judul) => ({ judul, sel: () => null }))}
          />
          <tbody>
            {entri.length === 0 && !memuat && (
              <tr>
                <td colSpan={6} className="tabel__kosong">
                  {ada ? 'Tidak ada entri yang cocok dengan saringan.' : 'Belum ada entri.'}
                </td>
              </tr>
            )}
            {entri.map((e) => (
              <Fragment key={e.id}>
                <tr>
                  <td>{formatWaktu(e.waktu)}</td>
                  <td>{e.aktor}</td>
                  <td>
                    <span className={`lencana lencana--${e.aksi === 'delete' ? 'bahaya' : e.aksi === 'create' ? 'baik' : 'info'}`}>{AKSI[e.aksi]}</span>
                  </td>
                  <td>
                    <code>{e.tabel}</code>
                  </td>
                  <td>{e.recordId}</td>
                  <td>
                    <button
                      type="button"
                      className="tombol tombol--kecil"
                      aria-expanded={buka.has(e.id)}
                      aria-label={`${buka.has(e.id) ? 'Tutup' : 'Lihat'} perubahan entri ${e.id}`}
                      onClick={() => alih(e.id)}
                    >
                      {buka.has(e.id) ? 'Tutup' : 'Lihat perubahan'}
                    </button>
                  </td>
                </tr>
                {buka.has(e.id) && (
                  <tr>
                    <td colSpan={6}>
                      <Beda e={e} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <div className="baris-tombol">
        <span className="samar" aria-live="polite">
          {memuat ? 'Memuat…' : `${angka(entri.length)} entri ditampilkan${habis ? '' : ', masih ada yang lebih lama'}.`}
        </span>
        {!habis && (
          <button type="button" className="tombol" disabled={memuat} onClick={() => muat(true)}>
            Muat lebih
          </button>
        )}
      </div>
    </Halaman>
  );
}
