import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FROM_CAPABILITIES =
  'Decide from capabilities (useApp().can / canAcross, src/lib/pages.ts, a record’s `can`), not from roles.';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Screens decide from the capabilities the API sends (`can` in /api/me and on every record),
    // never from roles: a role check copies a server rule and drifts from it.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(roles|is_admin|memberships)$/]',
          message: FROM_CAPABILITIES,
        },
        {
          selector: 'Identifier[name=/^(isStaff|isAdmin|canManage)$/]',
          message: FROM_CAPABILITIES,
        },
      ],
    },
  },
  {
    // The header's role text shows who someone is; it decides nothing.
    files: ['src/lib/roleText.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['*.config.{js,ts}', 'scripts/**/*.{js,mjs}', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
