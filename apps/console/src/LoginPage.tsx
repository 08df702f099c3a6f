import { Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { Login, LoginForm } from 'react-admin';

/** react-admin's sign-in page, saying which product this is (帮扶 · 困难职工解困脱困建档立卡). */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Typography
        variant="h6"
        component="h1"
        align="center"
        sx={{ px: 2, pb: 1 }}
        data-testid="product-name"
      >
        {translate('bangfu.title')}
      </Typography>
      <LoginForm />
    </Login>
  );
}
