// ESLint flat config. Kept in .ci/ because the project's top level is fixed; `npm run lint` points at it.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = new URL('..', import.meta.url).pathname
const features = readdirSync(new URL('../src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

// Imports flow one way: lib, data, i18n, components, stores, charts → features → app.
const upward = {
  group: ['@/features/*', '@/app/*', '**/features/**', '**/app/**'],
  message: '下层模块不得依赖 features 或 app（依赖只能单向流动）。',
}
const layering = [
  {
    files: ['src/{lib,data,i18n,components,stores,charts}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [upward] }] },
  },
  ...features.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Test fixtures live in tests/fixtures, outside src: the one relative path a feature may take.
              regex: '^(@/app/|\\.\\./(?!(\\.\\./)*tests/fixtures/))',
              message: '功能模块不得依赖 app；跨目录导入请用 @/ 别名。',
            },
            {
              group: ['@/features/*', `!@/features/${name}`],
              message: '一个功能模块不得导入另一个功能模块。',
            },
          ],
        },
      ],
    },
  })),
]

export default tseslint.config(
  {
    ignores: ['dist', 'dist-single', 'artifacts', 'coverage', 'bench-results', 'node_modules', 'data/*.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['.ci/*.js', 'public/*.js', 'tests/*.mjs'] },
        tsconfigRootDir: root,
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: '禁止 dangerouslySetInnerHTML：数据与用户文本一律按文本渲染。',
        },
        { selector: "MemberExpression[property.name='innerHTML']", message: '禁止 innerHTML：按文本渲染。' },
      ],
    },
  },
  ...layering,
  { files: ['.ci/*.js', 'public/*.js', 'tests/*.mjs'], ...tseslint.configs.disableTypeChecked },
)
