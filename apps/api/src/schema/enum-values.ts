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

/** An ordering enum's values from a table of `{ description, orderBy }`. */
export function describedOrders<K extends string>(
  orders: Readonly<Record<K, { readonly description: string }>>,
): Record<K, { description: string }> {
  return Object.fromEntries(
    (Object.entries(orders) as [K, { description: string }][]).map(([k, v]) => [
      k,
      { description: v.description },
    ]),
  ) as Record<K, { description: string }>;
}
