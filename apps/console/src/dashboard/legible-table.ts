/*
 * Wide number tables of the home page stay legible: headers, names and numbers never wrap
 * (they did, one or two characters a line); the table scrolls inside its box when the screen
 * is narrower, the row's name held in view. A cell marked `wrap` (a note) wraps within bounds.
 */
export const LEGIBLE_TABLE = {
  '& th, & td': { whiteSpace: 'nowrap' },
  '& td.wrap': { whiteSpace: 'normal', minWidth: 160, maxWidth: 280 },
  '& tbody th': { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 },
} as const;

/**
 * The box the table scrolls in. Its width counts as nothing when the page sizes itself (width 0)
 * and is then the whole line (min-width 100%): else react-admin's layout, which grows to fit its
 * content, would widen the page to the table and scroll the page instead.
 */
export const TABLE_SCROLL = { overflowX: 'auto', width: 0, minWidth: '100%' } as const;
