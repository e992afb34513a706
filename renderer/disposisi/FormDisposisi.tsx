import { useEffect } from 'react';
import { api, type Disposisi, type Jabatan } from '../../shared/api';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Area, GrupCentang, KetBidang, Pilihan, TandaWajib, Tanggal, useBidang } from '../ui/bidang';
import type { Formulir } from '../ui/form';
import { FormAksi } from '../ui/FormAksi';
import { hariIni, jabatanPimpinan, namaJabatan } from '../ui/label';
import { belumSiap } from '../ui/Pesan';

interface Nilai {
  dariJabatanId: string;
  tanggal: string;
  penerima: string[];
  utama: string;
  instruksi: string[];
  catatan: string;
  batasWaktu: string;
}

const daftar = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' && v ? [v] : []);

/** Recipients as checkboxes, each with its own "utama" radio: the leading unit is marked 1 on paper. */
function PilihPenerima({ form, kandidat }: { form: Formulir<Nilai>; kandidat: Jabatan[] }) {
  const { id, galat } = useBidang(form, 'penerima');
  const dipilih = daftar(form.watch('penerima'));
  const utama = form.watch('utama');

  // Exactly one leading recipient whenever any is chosen: the first one ticked, until changed.
  useEffect(() => {
    if (dipilih.length === 0 ? utama !== '' : !dipilih.includes(utama)) form.setValue('utama', dipilih[0] ?? '');
  }, [dipilih.join(','), utama]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <fieldset className={`grup-centang${galat ? ' bidang--galat' : ''}`} aria-describedby={`${id}-petunjuk${galat ? ` ${id}-galat` : ''}`}>
      <legend>
        Diteruskan kepada
        <TandaWajib />
      </legend>
      <table className="penerima-disposisi">
        <tbody>
          {kandidat.map((j) => {
            const cid = `${id}-${j.id}`;
            return (
              <tr key={j.id}>
                <td>
                  <input id={cid} type="checkbox" value={String(j.id)} {...form.register('penerima')} />{' '}
                  <label htmlFor={cid} style={{ display: 'inline' }}>
                    {namaJabatan(j)}
                  </label>
                </td>
                <td>
                  <input id={`${cid}-utama`} type="radio" value={String(j.id)} disabled={!dipilih.includes(String(j.id))} {...form.register('utama')} />{' '}
                  <label htmlFor={`${cid}-utama`} style={{ display: 'inline' }}>
                    Utama<span className="sr-only"> — {j.nama}</span>
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <KetBidang id={id} galat={galat} petunjuk="Centang penerima; tandai satu sebagai penanggung jawab utama." />
    </fieldset>
  );
}

/**
 * A new disposisi on a letter, or — with `asal` — a recipient passing theirs on down the line
 * (Kabid → Kasi). Validated by the same schema as disposisi.create in the core.
 */
export function FormDisposisi({
  suratMasukId,
  asal,
  onSelesai,
  onBatal,
}: {
  suratMasukId: number;
  asal?: { penerimaId: number; jabatanId: number; jabatan: string };
  onSelesai: (pesan: string) => void;
  onBatal: () => void;
}) {
  const jabatan = useMuat('jabatan.list', {});
  const instruksi = useMuat('instruksi.list', {});
  const belum = belumSiap(jabatan, instruksi);
  if (belum) return belum;

  const semua = jabatan.data!.filter((j) => j.aktif).sort((a, b) => a.urutan - b.urutan);
  const dariAwal = asal?.jabatanId ?? jabatanPimpinan(semua)?.id;
  return (
    <FormAksi<Nilai, Disposisi>
      judul={asal ? `Teruskan disposisi ${asal.jabatan}` : 'Disposisikan surat'}
      skema={api['disposisi.create'].input}
      bawaan={{ dariJabatanId: dariAwal ? String(dariAwal) : '', tanggal: hariIni(), penerima: [], utama: '', instruksi: [], catatan: '', batasWaktu: '' }}
      keApi={(v) => ({
        suratMasukId,
        dariJabatanId: v.dariJabatanId,
        ...(asal ? { asalPenerimaId: asal.penerimaId } : {}),
        tanggal: v.tanggal,
        penerima: daftar(v.penerima).map((j) => ({ jabatanId: Number(j), utama: j === v.utama })),
        instruksi: daftar(v.instruksi),
        catatan: v.catatan,
        batasWaktu: v.batasWaktu,
      })}
      tombol={[{ label: asal ? 'Teruskan disposisi' : 'Kirim disposisi' }]}
      jalankan={(v) => call('disposisi.create', v)}
      onSelesai={(d) => onSelesai(`Disposisi ${asal ? 'diteruskan' : 'dikirim'} kepada ${d.penerima.map((p) => p.jabatan + (p.utama ? ' (utama)' : '')).join(', ')}.`)}
      onBatal={onBatal}
    >
      {(form) => (
        <>
          {asal ? (
            <p className="bidang">
              <span className="samar">Dari</span> <strong>{asal.jabatan}</strong>
            </p>
          ) : (
            <Pilihan form={form} nama="dariJabatanId" label="Dari jabatan" wajib autoFocus pilihan={semua.map((j) => ({ nilai: j.id, label: namaJabatan(j) }))} />
          )}
          <Tanggal form={form} nama="tanggal" label="Tanggal disposisi" wajib />
          <Tanggal form={form} nama="batasWaktu" label="Batas waktu" petunjuk="Kosongkan bila tidak ada." />
          <PilihPenerima form={form} kandidat={semua.filter((j) => String(j.id) !== form.watch('dariJabatanId'))} />
          <GrupCentang
            form={form}
            nama="instruksi"
            label="Instruksi"
            pilihan={instruksi.data!.filter((i) => i.aktif).sort((a, b) => a.urutan - b.urutan).map((i) => ({ nilai: i.teks, label: i.teks }))}
          />
          <Area form={form} nama="catatan" label="Catatan disposisi" className="bidang--lebar" rows={2} />
        </>
      )}
    </FormAksi>
  );
}
