import { Button, useMediaQuery, type Theme } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * MUI's button, not react-admin's: react-admin's shows only the icon on a phone, and three
 * icons side by side (导入模板, 导出, 导入) cannot be told apart. On a phone the words are
 * short; the full name is the button's accessible name on every screen.
 */
export function SpreadsheetButton({
  label,
  short = label,
  icon,
  disabled,
  onClick,
}: {
  label: string;
  /** The words on a phone (a part of `label`, so the name heard is the name seen). */
  short?: string;
  icon: ReactNode;
  disabled?: boolean;
  onClick: () => void;
}) {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <Button
      size="small"
      startIcon={icon}
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
      sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      {phone ? short : label}
    </Button>
  );
}
