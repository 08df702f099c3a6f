import PrintIcon from '@mui/icons-material/Print';
import { Button } from '@mui/material';
import { useAuthenticated, useTranslate } from 'ra-core';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import './paper.css';

/**
 * A print view outside the console's layout: a toolbar (back, print, and whatever the page adds)
 * above the A4 sheet; only the sheet is printed. The document title names the PDF a browser saves.
 */
export function PaperPage({
  title,
  back,
  tools,
  children,
}: {
  title: string;
  back: string;
  tools?: ReactNode;
  children: ReactNode;
}) {
  useAuthenticated();
  const translate = useTranslate();
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
  return (
    <div className="paper-desk">
      <div className="paper-toolbar" role="toolbar">
        <Button component={Link} to={back}>
          {translate('bangfu.print.back')}
        </Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('bangfu.print.print')}
        </Button>
        {tools}
        <span className="paper-hint">{translate('bangfu.print.hint')}</span>
      </div>
      {children}
    </div>
  );
}
