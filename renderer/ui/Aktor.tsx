/** Who did a step: the person's name, with the account's username on hover; a process (cli:…, sistem) by its own name. */
export function Aktor({ aktor, nama }: { aktor: string; nama: string | null | undefined }) {
  return <span title={nama ? `Nama pengguna: ${aktor}` : undefined}>{nama ?? aktor}</span>;
}
