import { api, type HasilMasuk } from '../../shared/api';
import { call } from '../api/client';
import { Teks } from '../ui/bidang';
import { FormAksi } from '../ui/FormAksi';

/** Sign in. The adapter keeps the session token; the screen only learns who is signed in. */
export function FormMasuk({ berakhir, onMasuk }: { berakhir: boolean; onMasuk: (h: HasilMasuk) => void }) {
  return (
    <FormAksi<{ username: string; sandi: string }, HasilMasuk>
      judul="Masuk"
      keterangan={berakhir ? 'Sesi berakhir karena lama tidak dipakai. Masuk lagi untuk melanjutkan; isian di layar tetap ada.' : 'Masuk dengan nama pengguna dan kata sandi Anda.'}
      skema={api['auth.login'].input}
      bawaan={{ username: '', sandi: '' }}
      tombol={[{ label: 'Masuk' }]}
      jalankan={(v) => call('auth.login', v)}
      onSelesai={onMasuk}
    >
      {(form) => (
        <>
          <Teks form={form} nama="username" label="Nama pengguna" wajib autoComplete="username" autoFocus className="bidang--lebar" />
          <Teks form={form} nama="sandi" label="Kata sandi" wajib type="password" autoComplete="current-password" className="bidang--lebar" />
        </>
      )}
    </FormAksi>
  );
}

/** The very first start: the first account, an admin, who then adds the others with their roles. */
export function FormSiapkanAdmin({ onMasuk }: { onMasuk: (h: HasilMasuk) => void }) {
  return (
    <FormAksi<{ username: string; nama: string; sandi: string }, HasilMasuk>
      judul="Siapkan admin pertama"
      keterangan="Belum ada pengguna. Buat akun admin; admin kemudian menambahkan agendaris, pimpinan, dan pengguna lain."
      skema={api['auth.setupAdmin'].input}
      bawaan={{ username: '', nama: '', sandi: '' }}
      tombol={[{ label: 'Buat admin dan masuk' }]}
      jalankan={(v) => call('auth.setupAdmin', v)}
      onSelesai={onMasuk}
    >
      {(form) => (
        <>
          <Teks form={form} nama="nama" label="Nama lengkap" wajib autoFocus className="bidang--lebar" />
          <Teks form={form} nama="username" label="Nama pengguna" wajib autoComplete="username" petunjuk="Huruf kecil, angka, titik; mis. admin.umpeg" className="bidang--lebar" />
          <Teks form={form} nama="sandi" label="Kata sandi" wajib type="password" autoComplete="new-password" petunjuk="Paling sedikit 8 karakter." className="bidang--lebar" />
        </>
      )}
    </FormAksi>
  );
}

/** Required after an admin reset a password: the temporary one must not stay in use. */
export function FormGantiSandi({ onSelesai }: { onSelesai: () => void }) {
  return (
    <FormAksi<{ sandiLama: string; sandiBaru: string }, { ok: true }>
      judul="Ganti kata sandi"
      keterangan="Kata sandi Anda diatur ulang oleh admin. Ganti dahulu sebelum melanjutkan."
      skema={api['auth.gantiSandi'].input}
      bawaan={{ sandiLama: '', sandiBaru: '' }}
      tombol={[{ label: 'Simpan kata sandi' }]}
      jalankan={(v) => call('auth.gantiSandi', v)}
      onSelesai={onSelesai}
    >
      {(form) => (
        <>
          <Teks form={form} nama="sandiLama" label="Kata sandi lama" wajib type="password" autoComplete="current-password" autoFocus className="bidang--lebar" />
          <Teks form={form} nama="sandiBaru" label="Kata sandi baru" wajib type="password" autoComplete="new-password" petunjuk="Paling sedikit 8 karakter." className="bidang--lebar" />
        </>
      )}
    </FormAksi>
  );
}
