export const PERAN = ['admin', 'agendaris', 'arsiparis', 'pengurus_barang', 'kepegawaian', 'pimpinan'] as const;
export type Peran = (typeof PERAN)[number];

export const PERAN_LABEL: Record<Peran, string> = {
  admin: 'Admin',
  agendaris: 'Agendaris',
  arsiparis: 'Arsiparis',
  pengurus_barang: 'Pengurus Barang',
  kepegawaian: 'Kepegawaian',
  pimpinan: 'Pimpinan (baca dan setujui)',
};
