import react from '@bangfu/eslint-config/react';

export default [...react, { ignores: ['src/generated/**'] }];
