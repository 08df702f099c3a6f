import { Box, Card, CardContent, Typography } from '@mui/material';

/*
 * A horizontal bar chart drawn with plain boxes (no chart library): one row per code, a stacked
 * bar scaled to the largest row, and the exact numbers beside it, so the chart reads as a table.
 */

export interface BarRow {
  code: string;
  label: string;
  /** Stacked segments, one per series. */
  bars: number[];
  /** The numbers shown beside the bar, one per column. */
  cells: string[];
}

export const SERIES_COLORS = ['#1f6fb2', '#8fb9dd', '#c05a2b'];

export function BarChart({
  title,
  columns,
  rows,
}: {
  title: string;
  /** Headers of the number columns; with two or more bars they are the legend too. */
  columns: string[];
  rows: BarRow[];
}) {
  const max = Math.max(1, ...rows.map((r) => r.bars.reduce((a, b) => a + b, 0)));
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
          {title}
        </Typography>
        <Box
          component="table"
          aria-label={title}
          sx={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}
        >
          <thead>
            <tr>
              <th />
              <th />
              {columns.map((c, i) => (
                <Box
                  component="th"
                  key={c}
                  sx={{
                    textAlign: 'right',
                    fontWeight: 'normal',
                    color: 'text.secondary',
                    px: 0.5,
                    whiteSpace: 'nowrap',
                  }}
                >
                  {rows[0]?.bars.length && rows[0].bars.length > 1 && i < rows[0].bars.length ? (
                    <Box
                      component="span"
                      sx={{
                        display: 'inline-block',
                        width: 8,
                        height: 8,
                        mr: 0.5,
                        bgcolor: SERIES_COLORS[i],
                      }}
                    />
                  ) : null}
                  {c}
                </Box>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <Box
                  component="th"
                  scope="row"
                  sx={{ textAlign: 'left', fontWeight: 'normal', pr: 1, py: 0.25, width: '38%' }}
                >
                  {r.label}
                </Box>
                <Box component="td" sx={{ width: '40%' }}>
                  <Box sx={{ display: 'flex', height: 12, bgcolor: 'action.hover' }}>
                    {r.bars.map((value, i) => (
                      <Box
                        key={i}
                        sx={{ width: `${(value / max) * 100}%`, bgcolor: SERIES_COLORS[i] }}
                      />
                    ))}
                  </Box>
                </Box>
                {r.cells.map((cell, i) => (
                  <Box
                    component="td"
                    key={i}
                    sx={{ textAlign: 'right', px: 0.5, whiteSpace: 'nowrap' }}
                  >
                    {cell}
                  </Box>
                ))}
              </tr>
            ))}
          </tbody>
        </Box>
      </CardContent>
    </Card>
  );
}
