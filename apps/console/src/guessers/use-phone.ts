import { useMediaQuery, type Theme } from '@mui/material';

/** A phone-sized screen (below MUI's `sm`, 600 px): one column, lists as lists, drawers. */
export function usePhone(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
}
