/*
 * The API names its files in Content-Disposition with an ASCII fallback and the UTF-8 name
 * (RFC 6266/5987): 困难职工档案-2026-11-29.xlsx must arrive as itself.
 */

/** The file name of a Content-Disposition header: the UTF-8 `filename*` if present, else `filename`. */
export function filenameOf(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]!.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="([^"]*)"/i.exec(header);
  return plain ? plain[1]! : null;
}
