import type { MethodName } from '../api';
import type { Peran } from './peran';

/**
 * Who may call what. `publik`: before login; `masuk`: any signed-in user; a list: those roles
 * (admin may do everything). Finer rules — e.g. only the addressed jabatan may follow up its own
 * disposisi — are checked in the services, which know the record.
 */
export type Izin = 'publik' | 'masuk' | readonly Peran[];

const ADMIN_ORG: readonly Peran[] = ['admin'];
const KEPEGAWAIAN: readonly Peran[] = ['admin', 'kepegawaian'];
const AGENDARIS: readonly Peran[] = ['agendaris'];
const PIMPINAN_AGENDARIS: readonly Peran[] = ['pimpinan', 'agendaris'];

export const IZIN: { [M in MethodName]?: Izin } = {
  'auth.status': 'publik',
  'auth.setupAdmin': 'publik',
  'auth.login': 'publik',
  'auth.logout': 'masuk',
  'auth.gantiSandi': 'masuk',
  'pengguna.list': ADMIN_ORG,
  'pengguna.save': ADMIN_ORG,
  'pengguna.resetSandi': ADMIN_ORG,

  'sistem.info': 'masuk',
  'instansi.get': 'masuk',
  'instansi.update': ADMIN_ORG,
  'instansi.setLogo': ADMIN_ORG,
  'unit.list': 'masuk',
  'unit.save': ADMIN_ORG,
  'jabatan.list': 'masuk',
  'jabatan.save': KEPEGAWAIAN,
  'pegawai.list': 'masuk',
  'pegawai.save': KEPEGAWAIAN,
  'penugasan.list': 'masuk',
  'penugasan.save': KEPEGAWAIAN,

  'klasifikasi.search': 'masuk',
  'klasifikasi.get': 'masuk',
  'klasifikasi.update': ['arsiparis'],
  'jenisNaskah.list': 'masuk',
  'jenisNaskah.update': ADMIN_ORG,
  'instruksi.list': 'masuk',
  'instruksi.save': ADMIN_ORG,

  'suratMasuk.create': AGENDARIS,
  'suratMasuk.update': AGENDARIS,
  'suratMasuk.attach': AGENDARIS,
  'suratMasuk.batalkan': AGENDARIS,
  'suratMasuk.get': 'masuk',
  'suratMasuk.salinLampiran': 'masuk',
  'suratMasuk.list': 'masuk',
  'suratMasuk.search': 'masuk',
  'suratMasuk.checkDuplicate': 'masuk',
  'disposisi.create': 'masuk',
  'disposisi.updateStatus': 'masuk',
  'disposisi.tarik': 'masuk',
  'disposisi.inbox': 'masuk',

  'suratKeluar.create': 'masuk',
  'suratKeluar.update': 'masuk',
  'suratKeluar.get': 'masuk',
  'suratKeluar.list': 'masuk',
  'suratKeluar.search': 'masuk',
  'suratKeluar.paraf': 'masuk',
  'suratKeluar.sign': PIMPINAN_AGENDARIS,
  'suratKeluar.assignNumber': AGENDARIS,
  'suratKeluar.cancelNumber': AGENDARIS,
  'suratKeluar.ekspedisi': AGENDARIS,
  'register.list': 'masuk',
  'register.update': ['agendaris'],
  'register.book': 'masuk',

  'laporan.export': 'masuk',
  'dashboard.get': 'masuk',
  'naskah.get': 'masuk',
  'naskah.save': 'masuk',
  'naskah.preview': 'masuk',
  'naskah.render': 'masuk',
  'naskah.versions': 'masuk',
  'naskah.versionExport': 'masuk',
  'naskah.verify': 'masuk',
  'naskah.template.list': 'masuk',
  'naskah.template.placeholders': 'masuk',
  'naskah.template.upload': ADMIN_ORG,
  'naskah.tataLetak.list': 'masuk',
  'naskah.tataLetak.save': ADMIN_ORG,
  'naskah.pengaturan.get': 'masuk',
  'naskah.pengaturan.save': ADMIN_ORG,

  'cadangan.list': 'masuk',
  'cadangan.verify': 'masuk',
  'cadangan.create': ['agendaris', 'arsiparis'],
  'cadangan.settings.get': 'masuk',
  'cadangan.settings.update': ADMIN_ORG,

  'audit.list': ['pimpinan'],
  'audit.verify': ['pimpinan'],
};

export function bolehMemanggil(method: MethodName, peran: readonly Peran[] | null): boolean {
  const izin = IZIN[method] ?? ADMIN_ORG;
  if (izin === 'publik') return true;
  if (!peran) return false;
  if (izin === 'masuk' || peran.includes('admin')) return true;
  return izin.some((p) => peran.includes(p));
}
