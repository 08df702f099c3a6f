import VisibilityIcon from '@mui/icons-material/Visibility';
import { Button } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { RevealTarget } from './reveal.js';
import type { useReveal } from './useReveal.js';

/** "显示完整号码" on the print toolbar, for those who may reveal and when there is something to. */
export function RevealButton({
  reveal,
  targets,
}: {
  reveal: ReturnType<typeof useReveal>;
  targets: readonly RevealTarget[];
}) {
  const translate = useTranslate();
  if (!reveal.allowed || targets.length === 0 || reveal.done) return null;
  return (
    <Button
      startIcon={<VisibilityIcon />}
      disabled={reveal.pending}
      onClick={() => void reveal.reveal(targets)}
    >
      {translate(reveal.pending ? 'bangfu.print.revealing' : 'bangfu.print.reveal')}
    </Button>
  );
}
