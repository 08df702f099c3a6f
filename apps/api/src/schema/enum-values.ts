/**
 * GraphQL enum values from a domain list: the code is the value, the zh + en labels its
 * description. Typed so Pothos keeps the union of codes.
 */
export function describedValues<K extends string>(
  list: Readonly<Record<K, { readonly label: string; readonly labelEn: string }>>,
): Record<K, { description: string }> {
  return Object.fromEntries(
    (Object.entries(list) as [K, { label: string; labelEn: string }][]).map(([code, e]) => [
      code,
      { description: `${e.label}。${e.labelEn}` },
    ]),
  ) as Record<K, { description: string }>;
}
