/** A chosen file's content as base64 (what the API takes for scans and the logo). */
export function keBase64(berkas: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(new Error(`Berkas ${berkas.name} tidak dapat dibaca.`));
    r.readAsDataURL(berkas);
  });
}
