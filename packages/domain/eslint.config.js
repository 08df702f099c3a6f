export { default } from '@bangfu/eslint-config/base';
