import { passwordProblem, renderFieldError } from '@bangfu/domain';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useAuthenticated, useAuthProvider, useGetIdentity, useLocaleState } from 'ra-core';
import { Form, Notification, PasswordInput, SaveButton, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { PasswordFieldError } from '../data/auth-provider.js';

/*
 * 修改密码: where someone signed in with a password an admin issued is kept until they choose
 * their own (CONTRACT.md: the console insists), and where anyone may change theirs. The policy
 * is checked here as typed (packages/domain), and again by the API, whose refusals show under
 * the matching input.
 */

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

interface PasswordAuth {
  changePassword(current: string, next: string): Promise<PasswordFieldError[]>;
  logout(params: unknown): Promise<void>;
}

export default function ChangePasswordPage() {
  useAuthenticated();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const auth = useAuthProvider() as unknown as PasswordAuth;
  const { identity } = useGetIdentity();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const username = String(identity?.username ?? '');

  const validate = (values: Partial<Values>) => {
    const errors: Partial<Record<keyof Values, string>> = {};
    if (!values.currentPassword) errors.currentPassword = translate('bangfu.password.required');
    const problem = values.newPassword ? passwordProblem(values.newPassword, username) : null;
    if (!values.newPassword) errors.newPassword = translate('bangfu.password.required');
    else if (problem) errors.newPassword = locale === 'en' ? problem.messageEn : problem.message;
    if (values.repeat !== values.newPassword) errors.repeat = translate('bangfu.password.mismatch');
    return errors;
  };

  const submit = async (values: Partial<Values>) => {
    const refused = await auth.changePassword(values.currentPassword!, values.newPassword!);
    if (refused.length === 0) {
      // The layout reads the flag from the permissions: read them again before going there.
      await queryClient.refetchQueries({ queryKey: ['auth'] });
      return void navigate('/');
    }
    // react-admin puts each message under its input (a returned object of field errors).
    return Object.fromEntries(
      refused.map((e) => [e.path[e.path.length - 1], renderFieldError(e, locale)]),
    );
  };

  return (
    <Box
      sx={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: '100vh' }}
    >
      <Card sx={{ width: 420, maxWidth: '100%' }}>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('bangfu.password.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('bangfu.password.why')}
          </Typography>
          <Form<Values> validate={validate} onSubmit={submit} mode="onSubmit">
            <PasswordInput
              source="currentPassword"
              label="bangfu.password.current"
              autoComplete="current-password"
              fullWidth
            />
            <PasswordInput
              source="newPassword"
              label="bangfu.password.new"
              autoComplete="new-password"
              helperText="bangfu.password.rule"
              fullWidth
            />
            <PasswordInput
              source="repeat"
              label="bangfu.password.repeat"
              autoComplete="new-password"
              fullWidth
            />
            <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
              <SaveButton label="bangfu.password.save" alwaysEnable />
            </Box>
          </Form>
          <Typography
            variant="body2"
            sx={{ mt: 2, cursor: 'pointer', textDecoration: 'underline' }}
            role="button"
            onClick={() => void auth.logout({}).then(() => navigate('/login'))}
          >
            {translate('ra.auth.logout')}
          </Typography>
        </CardContent>
      </Card>
      <Notification />
    </Box>
  );
}
