import { api, type Register } from '../../shared/api';
import { sisipanFormatErrors, templateErrors } from '../../shared/surat/nomor';
import { call } from '../api/client';
import { useMuat } from '../api/useMuat';
import { Centang, Teks } from '../ui/bidang';
import { isianDari, type Formulir } from '../ui/form';
import { FormAksi } from '../ui/FormAksi';
import { hariIni } from '../ui/label';
import { nomorTerakhir, pratinjauNomor } from './pratinjau';

interface Nilai {
  kode: string;
  nama: string;
  format: string;
  padding: number;
  sisipanFormat: string;
  unit: string;
  aktif: boolean;
  ubahNomor: boolean;
  tahun: number;
  nomorTerakhir: number;
}

const BANTUAN_TOKEN: [string, string][] = [
  ['{klasifikasi}', 'kode klasifikasi surat, mis. 400.9.7'],
  ['{urut}', 'nomor urut; {urut:3} menjadi 007'],
  ['{unit}', 'kode unit register ini, atau kode unit di profil instansi'],
  ['{jabatan}', 'kode jabatan penandatangan'],
  ['{tahun}', 'tahun tanggal surat'],
  ['{bulan}', 'bulan dua angka, mis. 11'],
  ['{bulanRomawi}', 'bulan Romawi, mis. XI'],
  ['{keamanan}', 'B, T, R, atau SR'],
];

function Pratinjau({ form, reg }: { form: Formulir<Nilai>; reg?: Register }) {
  const instansi = useMuat('instansi.get', {});
  const [format, padding, sisipanFormat, unit, ubah, tahunUbah, terakhirUbah] = form.watch(['format', 'padding', 'sisipanFormat', 'unit', 'ubahNomor', 'tahun', 'nomorTerakhir']);
  const hari = hariIni();
  const tahun = Number(hari.slice(0, 4));
  const terakhir = ubah && tahunUbah === tahun ? terakhirUbah : reg ? nomorTerakhir(reg, tahun) : 0;
  const galat = [...templateErrors(format ?? ''), ...sisipanFormatErrors(sisipanFormat ?? '')];
  const gaya = { format: format ?? '', padding: Number.isInteger(padding) ? padding : 0, sisipanFormat: sisipanFormat ?? '', unit: unit || null };
  const contoh = (urut: number, sisipan = 0) =>
    pratinjauNomor(gaya, { klasifikasi: '400.9.7', urut, sisipan, tanggal: hari, keamanan: 'biasa', kodeUnit: instansi.data?.kodeUnit ?? '' });
  return (
    <div className={`pesan bidang-lebar ${galat.length ? 'pesan--galat' : 'pesan--info'}`} aria-live="polite">
      {galat.length ? (
        <>Format belum benar: {galat.join(' ')}</>
      ) : (
        <>
          Nomor berikutnya ({tahun}, kode 400.9.7): <code className="nomor-besar">{contoh(terakhir + 1)}</code>
          {terakhir > 0 && (
            <>
              {' '}
              · contoh sisipan: <code>{contoh(terakhir, 1)}</code>
            </>
          )}
        </>
      )}
    </div>
  );
}

/** Create or edit a numbering register; the preview uses the same formatter as the core. */
export function FormRegister({ reg, onSelesai, onBatal }: { reg?: Register; onSelesai: (r: Register) => void; onBatal: () => void }) {
  const tahun = Number(hariIni().slice(0, 4));
  return (
    <FormAksi<Nilai, Register>
      judul={reg ? `Ubah ${reg.nama}` : 'Register baru'}
      skema={api['register.update'].input}
      bawaan={{
        ...isianDari({ kode: '', nama: '', format: '{klasifikasi}/{urut}/{unit}/{tahun}', padding: 0, sisipanFormat: '.{n:2}', unit: '', aktif: true }, reg),
        ubahNomor: false,
        tahun,
        nomorTerakhir: reg ? nomorTerakhir(reg, tahun) : 0,
      }}
      // The counter is sent only when asked for: a stale value must never move it by accident.
      keApi={({ ubahNomor, tahun: t, nomorTerakhir: n, ...v }) => (ubahNomor ? { ...v, tahun: t, nomorTerakhir: n } : v)}
      tombol={[{ label: 'Simpan register' }]}
      jalankan={(v) => call('register.update', v)}
      onSelesai={onSelesai}
      onBatal={onBatal}
    >
      {(form) => (
        <>
          <Teks form={form} nama="kode" label="Kode register" wajib readOnly={Boolean(reg)} petunjuk={reg ? 'Kode tidak dapat diubah.' : 'Huruf kecil dan tanda hubung, mis. surat.'} />
          <Teks form={form} nama="nama" label="Nama register" />
          <Teks
            form={form}
            nama="format"
            label="Format nomor"
            wajib
            className="bidang--lebar"
            spellCheck={false}
            petunjuk={
              <>
                <ul className="bantuan-token">
                  {BANTUAN_TOKEN.map(([t, arti]) => (
                    <li key={t}>
                      <code>{t}</code> {arti}
                    </li>
                  ))}
                </ul>
                Teks lain ditulis apa adanya, mis. <code>NOMOR {'{urut}'} TAHUN {'{tahun}'}</code>.
              </>
            }
          />
          <Pratinjau form={form} reg={reg} />
          <Teks form={form} nama="padding" label="Lebar nomor urut" type="number" min={0} max={9} opsi={{ valueAsNumber: true }} petunjuk="0 = tanpa nol di depan; 3 = 007." />
          <Teks form={form} nama="sisipanFormat" label="Format sisipan" spellCheck={false} petunjuk="{n:2} → 15.01; {huruf} → 15a; {HURUF} → 15.A" />
          <Teks form={form} nama="unit" label="Kode unit register" petunjuk="Kosongkan untuk memakai kode unit di profil instansi." />
          <Centang form={form} nama="aktif" label="Register aktif" />
          <Centang
            form={form}
            nama="ubahNomor"
            label="Atur nomor terakhir (melanjutkan buku agenda kertas)"
            className="bidang-lebar"
            petunjuk="Nomor terakhir tidak dapat diturunkan di bawah nomor yang sudah terbit."
          />
          {form.watch('ubahNomor') && (
            <>
              <Teks form={form} nama="tahun" label="Tahun" type="number" opsi={{ valueAsNumber: true }} />
              <Teks form={form} nama="nomorTerakhir" label="Nomor terakhir" type="number" min={0} opsi={{ valueAsNumber: true }} />
            </>
          )}
        </>
      )}
    </FormAksi>
  );
}
