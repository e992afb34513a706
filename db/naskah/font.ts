import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BerkasFont, FontKeluarga } from '../../shared/naskah/html';
import type { FontNaskah } from '../../shared/naskah/pengaturan';

const BERKAS: Record<FontNaskah, { keluarga: string; format: BerkasFont['format']; file: [string, string, string, string] }> = {
  arial: {
    keluarga: 'Liberation Sans',
    format: 'truetype',
    file: ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSans-Italic.ttf', 'LiberationSans-BoldItalic.ttf'],
  },
  // TrueType outlines: Chromium's PDF writer embeds CFF (.otf) fonts only as Type 3, which print poorly.
  bookman: {
    keluarga: 'Sekretariat Bonum',
    format: 'truetype',
    file: ['SekretariatBonum-Regular.ttf', 'SekretariatBonum-Bold.ttf', 'SekretariatBonum-Italic.ttf', 'SekretariatBonum-BoldItalic.ttf'],
  },
};

const cache = new Map<string, FontKeluarga>();

/** The four faces of one family as base64, read once per resources folder. */
export function fontNaskah(resourcesDir: string, font: FontNaskah): FontKeluarga {
  const kunci = `${resourcesDir}\0${font}`;
  let f = cache.get(kunci);
  if (!f) {
    const b = BERKAS[font];
    const baca = (nama: string): BerkasFont => ({ data: readFileSync(join(resourcesDir, 'fonts', nama)).toString('base64'), format: b.format });
    const [regular, bold, italic, boldItalic] = b.file.map(baca) as [BerkasFont, BerkasFont, BerkasFont, BerkasFont];
    f = { keluarga: b.keluarga, regular, bold, italic, boldItalic };
    cache.set(kunci, f);
  }
  return f;
}
