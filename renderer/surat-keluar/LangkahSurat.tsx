import { useState, type ReactNode } from 'react';
import { api, type Jabatan, type Register, type SuratKeluarDetail } from '../../shared/api';
import { formatTanggal, tahunDari } from '../../shared/format/tanggal';
import { CARA_KIRIM_LABEL } from '../../shared/surat/enums';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { nomorTerakhir, pratinjauNomor } from '../register/pratinjau';
import { Area, Centang, Pilihan, Tanggal, Teks } from '../ui/bidang';
import { FormAksi } from '../ui/FormAksi';
import { FormAlasan } from '../ui/FormAlasan';
import { hariIni, namaJabatan, opsiDari } from '../ui/label';
import { pemarafBerikutnya, rantaiParaf } from './paraf';

/** What a step reports to the detail screen: its message; the screen then reloads the letter. */
export type Selesai = (pesan: ReactNode) => void;

const opsiJabatan = (jabatan: Jabatan[]) => jabatan.filter((j) => j.aktif).map((j) => ({ nilai: j.id, label: namaJabatan(j) }));

export function LangkahParaf({ s, jabatan, onSelesai }: { s: SuratKeluarDetail; jabatan: Jabatan[]; onSelesai: Selesai }) {
  const rantai = rantaiParaf(jabatan, s);
  const berikut = pemarafBerikutnya(rantai, s);
  return (
    <FormAksi<{ jabatanId: string; jenis: string; catatan: string; hasil: string }, SuratKeluarDetail>
      judul="Paraf konsep"
      keterangan={
        rantai.length > 0 ? (
          <>Urutan paraf yang disarankan: {rantai.map((j) => j.singkatan ?? j.nama).join(' → ')}, lalu tanda tangan.</>
        ) : (
          'Paraf berjenjang dari pejabat pengonsep sampai di bawah penandatangan.'
        )
      }
      skema={api['suratKeluar.paraf'].input}
      bawaan={{ jabatanId: berikut ? String(berikut.id) : '', jenis: 'hierarki', catatan: '', hasil: 'setuju' }}
      keApi={(v) => ({ id: s.id, ...v })}
      tombol={[{ label: 'Paraf', nilai: { hasil: 'setuju' } }, { label: 'Kembalikan', nilai: { hasil: 'dikembalikan' }, bahaya: true }]}
      jalankan={(v) => call('suratKeluar.paraf', v)}
      onSelesai={(d) => {
        const p = d.paraf[d.paraf.length - 1];
        onSelesai(p?.hasil === 'dikembalikan' ? `Konsep dikembalikan oleh ${p.jabatan} untuk diperbaiki.` : `Diparaf oleh ${p?.jabatan ?? ''}.`);
      }}
    >
      {(form) => (
        <>
          <Pilihan form={form} nama="jabatanId" label="Jabatan pemaraf" wajib kosong="— Pilih jabatan —" pilihan={opsiJabatan(jabatan)} />
          <Pilihan
            form={form}
            nama="jenis"
            label="Jenis paraf"
            pilihan={[
              { nilai: 'hierarki', label: 'Hierarki (atasan langsung)' },
              { nilai: 'koordinasi', label: 'Koordinasi (unit lain)' },
            ]}
          />
          <Area form={form} nama="catatan" label="Catatan" className="bidang--lebar" rows={2} petunjuk="Wajib bila konsep dikembalikan: tuliskan yang perlu diperbaiki." />
        </>
      )}
    </FormAksi>
  );
}

export function LangkahTandaTangan({ s, jabatan, onSelesai }: { s: SuratKeluarDetail; jabatan: Jabatan[]; onSelesai: Selesai }) {
  return (
    <FormAksi<{ jabatanId: string; tanggal: string }, SuratKeluarDetail>
      judul="Tanda tangan"
      keterangan="Catat sesudah penandatangan menandatangani naskah; sesudah itu konsep tidak dapat diubah dan surat dapat diberi nomor."
      skema={api['suratKeluar.sign'].input}
      bawaan={{ jabatanId: s.penandatanganJabatanId ? String(s.penandatanganJabatanId) : '', tanggal: hariIni() }}
      keApi={(v) => ({ id: s.id, ...v })}
      tombol={[{ label: 'Tandatangani' }]}
      jalankan={(v) => call('suratKeluar.sign', v)}
      onSelesai={(d) => onSelesai(`Ditandatangani oleh ${d.penandatangan ?? 'penandatangan'}. Surat siap diberi nomor.`)}
    >
      {(form) => (
        <>
          <Pilihan form={form} nama="jabatanId" label="Jabatan penandatangan" wajib kosong="— Pilih jabatan —" pilihan={opsiJabatan(jabatan)} />
          <Tanggal form={form} nama="tanggal" label="Tanggal tanda tangan" wajib />
        </>
      )}
    </FormAksi>
  );
}

// The core refuses a sisipan without a reason; saying so at the field saves a round trip.
const skemaNomor = api['suratKeluar.assignNumber'].input.refine((v) => !v.sisipan || Boolean(v.alasan), {
  error: 'Nomor sisipan wajib disertai alasan.',
  path: ['alasan'],
});

function PerkiraanNomor({ s, jabatan, sisipan }: { s: SuratKeluarDetail; jabatan: Jabatan[]; sisipan: boolean }) {
  const register = useMuat('register.list', {});
  const instansi = useMuat('instansi.get', {});
  const reg: Register | undefined = register.data?.find((r) => r.kode === s.registerKode);
  if (!reg || !instansi.data) return null;
  const nomor = pratinjauNomor(reg, {
    klasifikasi: s.kodeKlasifikasi,
    urut: nomorTerakhir(reg, tahunDari(s.tanggal)) + 1,
    tanggal: s.tanggal,
    keamanan: s.klasifikasiKeamanan,
    kodeUnit: instansi.data.kodeUnit,
    kodeJabatan: jabatan.find((j) => j.id === s.penandatanganJabatanId)?.kode,
  });
  // A sisipan's number depends on the book around the letter's date, which only the core reads.
  return sisipan ? (
    <p>
      Register: <strong>{reg.nama}</strong>. Nomor sisipan menempel pada nomor terakhir yang bertanggal pada atau sebelum {formatTanggal(s.tanggal)}; bila
      tidak ada nomor yang lebih baru dari tanggal itu, surat mendapat nomor biasa <code>{nomor ?? '—'}</code>.
    </p>
  ) : (
    <p>
      Register: <strong>{reg.nama}</strong>. Nomor berikutnya: <code>{nomor ?? '—'}</code>
    </p>
  );
}

export function LangkahNomor({ s, jabatan, onSelesai }: { s: SuratKeluarDetail; jabatan: Jabatan[]; onSelesai: Selesai }) {
  return (
    <FormAksi<{ sisipan: boolean; alasan: string }, { nomor: string | null; nomorSisipan: number | null; mintaSisipan: boolean }>
      judul="Beri nomor"
      skema={skemaNomor}
      bawaan={{ sisipan: false, alasan: '' }}
      keApi={(v) => ({ id: s.id, ...v })}
      tombol={[{ label: 'Beri Nomor' }]}
      jalankan={async (v: { id: number; sisipan: boolean; alasan?: string }) => ({ ...(await call('suratKeluar.assignNumber', v)), mintaSisipan: v.sisipan })}
      onSelesai={(r) =>
        onSelesai(
          <>
            Nomor surat: <strong className="nomor-besar">{r.nomor}</strong>. Tulis nomor ini pada naskah dan pertinggal.
            {r.mintaSisipan && !r.nomorSisipan && ' Nomor sisipan tidak diperlukan: tidak ada nomor yang bertanggal sesudah surat ini, jadi surat mendapat nomor biasa.'}
          </>,
        )
      }
    >
      {(form) => (
        <>
          <div className="petunjuk bidang-lebar">
            <PerkiraanNomor s={s} jabatan={jabatan} sisipan={form.watch('sisipan')} />
          </div>
          <Centang
            form={form}
            nama="sisipan"
            label="Nomor sisipan (surat bertanggal mundur)"
            className="bidang-lebar"
            petunjuk="Bila tanggal surat lebih awal dari nomor terakhir yang sudah terbit, surat memakai nomor terakhir pada atau sebelum tanggalnya dengan akhiran, mis. 15.01, 15.02. Penghitung nomor tidak bergeser. Wajib disertai alasan dan tidak boleh bertanggal di masa depan."
          />
          {form.watch('sisipan') && <Area form={form} nama="alasan" label="Alasan nomor sisipan" wajib className="bidang--lebar" rows={2} />}
        </>
      )}
    </FormAksi>
  );
}

export function LangkahBatalNomor({ s, onSelesai, onBatal }: { s: SuratKeluarDetail; onSelesai: Selesai; onBatal: () => void }) {
  return (
    <FormAlasan
      judul={`Batalkan nomor ${s.nomor ?? ''}`}
      keterangan="Nomor yang dibatalkan tetap tercatat di buku nomor sebagai dibatalkan dan tidak akan dipakai lagi. Surat kembali berstatus ditandatangani dan dapat diberi nomor baru."
      skema={api['suratKeluar.cancelNumber'].input}
      tombol="Batalkan nomor ini"
      id={s.id}
      jalankan={(v) => call('suratKeluar.cancelNumber', v)}
      onSelesai={() => onSelesai(`Nomor ${s.nomor ?? ''} dibatalkan.`)}
      onBatal={onBatal}
    />
  );
}

/**
 * The buku ekspedisi step. Once the letter has gone out, a further sending (another copy, a second
 * courier) is the exception: the form waits behind a button, so a stray Ctrl+Enter in a form left
 * open cannot record the same sending again.
 */
export function LangkahEkspedisi({ s, onSelesai }: { s: SuratKeluarDetail; onSelesai: Selesai }) {
  const [terbuka, setTerbuka] = useState(s.ekspedisi.length === 0);
  if (!terbuka) {
    return (
      <div className="baris-tombol">
        <button type="button" className="tombol" onClick={() => setTerbuka(true)}>
          Catat pengiriman lain
        </button>
      </div>
    );
  }
  return (
    <FormAksi<{ tanggalKirim: string; cara: string; penerimaNama: string; keterangan: string }, SuratKeluarDetail>
      judul="Catat pengiriman"
      keterangan="Buku ekspedisi: bukti surat telah dikirim dan diterima."
      skema={api['suratKeluar.ekspedisi'].input}
      bawaan={{ tanggalKirim: hariIni(), cara: 'diantar', penerimaNama: '', keterangan: '' }}
      keApi={(v) => ({ id: s.id, ...v })}
      tombol={[{ label: 'Catat Pengiriman' }]}
      jalankan={(v) => call('suratKeluar.ekspedisi', v)}
      onSelesai={() => {
        setTerbuka(false);
        onSelesai('Pengiriman dicatat.');
      }}
      onBatal={s.ekspedisi.length > 0 ? () => setTerbuka(false) : undefined}
    >
      {(form) => (
        <>
          <Tanggal form={form} nama="tanggalKirim" label="Tanggal kirim" wajib autoFocus={s.ekspedisi.length > 0} />
          <Pilihan form={form} nama="cara" label="Cara kirim" wajib pilihan={opsiDari(CARA_KIRIM_LABEL)} />
          <Teks form={form} nama="penerimaNama" label="Nama penerima" autoComplete="off" />
          <Teks form={form} nama="keterangan" label="Keterangan" autoComplete="off" />
        </>
      )}
    </FormAksi>
  );
}
