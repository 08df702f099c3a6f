import LockIcon from '@mui/icons-material/Lock';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import FilledInput from '@mui/material/FilledInput';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import Typography from '@mui/material/Typography';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { signInFailure, signInWords } from './words.js';

export interface Credentials {
  username: string;
  password: string;
}

/*
 * The sign-in page as react-admin draws it (lock on a card over the dark gradient), built from a
 * handful of MUI parts only, so it is the first thing to load and shows before the console does.
 * `signIn` rejects with the API's error; its message is shown under the button.
 */
export function SignInForm({
  locale,
  signIn,
}: {
  locale: string;
  signIn: (credentials: Credentials) => Promise<unknown>;
}) {
  const words = signInWords(locale);
  const [values, setValues] = useState<Credentials>({ username: '', password: '' });
  const [touched, setTouched] = useState({ username: false, password: false });
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const missing = (name: keyof Credentials) => touched[name] && values[name].trim() === '';
  const field = (name: keyof Credentials) => ({
    name,
    missing: missing(name),
    required: words.required,
    value: values[name],
    onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
    onBlur: () => setTouched((t) => ({ ...t, [name]: true })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched({ username: true, password: true });
    if (values.username.trim() === '' || values.password === '') return;
    setBusy(true);
    setFailure(undefined);
    signIn(values).then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        setFailure(signInFailure(error, words));
      },
    );
  };

  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        minHeight: '100vh',
        backgroundImage:
          'radial-gradient(circle at 50% 14em, #313264 0%, #00023b 60%, #00023b 100%)',
      }}
    >
      <Card sx={{ minWidth: 300, marginTop: '6em' }}>
        <Box sx={{ margin: '1em', display: 'flex', justifyContent: 'center' }}>
          <Avatar sx={{ bgcolor: 'secondary.main' }}>
            <LockIcon />
          </Avatar>
        </Box>
        {/* The page says which product this is, not only the browser tab. */}
        <Typography variant="h6" component="h1" align="center" sx={{ px: 2, maxWidth: 300 }}>
          {words.product}
        </Typography>
        <form noValidate onSubmit={submit}>
          <CardContent sx={{ width: 300, paddingBottom: 2 }}>
            <Field
              {...field('username')}
              label={words.username}
              autoComplete="username"
              autoFocus
            />
            <Field
              {...field('password')}
              label={words.password}
              type={visible ? 'text' : 'password'}
              autoComplete="current-password"
              end={
                <InputAdornment position="end">
                  <IconButton
                    aria-label={visible ? words.hidePassword : words.showPassword}
                    onClick={() => setVisible((v) => !v)}
                    size="large"
                  >
                    {visible ? <Visibility /> : <VisibilityOff />}
                  </IconButton>
                </InputAdornment>
              }
            />
            <Button
              variant="contained"
              type="submit"
              color="primary"
              disabled={busy}
              fullWidth
              sx={{ marginTop: 2 }}
            >
              {busy ? (
                <CircularProgress size={19} thickness={3} sx={{ margin: 0.3 }} />
              ) : (
                words.signIn
              )}
            </Button>
            {failure && (
              <Typography role="alert" color="error" variant="body2" sx={{ marginTop: 2 }}>
                {failure}
              </Typography>
            )}
          </CardContent>
        </form>
      </Card>
    </Box>
  );
}

/** A filled text field as react-admin's theme draws one, without TextField (which brings Select). */
function Field(props: {
  name: string;
  label: string;
  value: string;
  missing: boolean;
  required: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  type?: string;
  autoComplete: string;
  autoFocus?: boolean;
  end?: ReactNode;
}) {
  const id = useId();
  return (
    <FormControl
      variant="filled"
      margin="dense"
      size="small"
      fullWidth
      required
      error={props.missing}
    >
      <InputLabel htmlFor={id}>{props.label}</InputLabel>
      <FilledInput
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
        autoComplete={props.autoComplete}
        autoFocus={props.autoFocus}
        endAdornment={props.end}
        aria-describedby={`${id}-helper`}
      />
      <FormHelperText id={`${id}-helper`}>{props.missing ? props.required : ' '}</FormHelperText>
    </FormControl>
  );
}
