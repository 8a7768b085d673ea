// ESLint flat config. Kept in .ci/ because the project's top level is fixed; `npm run lint` points at it.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = new URL('..', import.meta.url).pathname
const features = readdirSync(new URL('../src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

// Imports flow one way: lib, i18n → data/dataset → monitoring → data/select, data/exchange, url-state →
// components, stores, charts → features → app. Each lower folder lists what it may not import.
const upward = {
  group: ['@/features/*', '@/app/*', '**/features/**', '**/app/**'],
  message: '下层模块不得依赖 features 或 app（依赖只能单向流动）。',
}
const shell = ['**/stores/**', '**/components/**', '**/charts/**']
const below = (folder, groups) => ({
  group: groups,
  message: `${folder} 不得导入上层模块（依赖顺序：lib、i18n → data/dataset → monitoring → data → stores、components、charts）。`,
})
const restrict = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [upward, ...patterns] }] },
})
const layering = [
  restrict(['src/{i18n,components,stores,charts}/**/*.{ts,tsx}']),
  // lib is plain helpers: nothing of the project's own above it, not even the dataset's types.
  restrict(
    ['src/lib/**/*.{ts,tsx}'],
    below('lib', ['@/*', '**/data/**', '**/monitoring/**', '**/i18n/**', ...shell]),
  ),
  // build holds vite.config.ts's plugins: it runs in Node before the app exists and may use only lib.
  restrict(['src/build/**/*.{ts,tsx}'], {
    group: ['@/*', '**/data/**', '**/monitoring/**', '**/i18n/**', ...shell],
    message: 'build 只可依赖 lib（构建插件在应用之外运行，应用代码经 runnerImport 按路径加载）。',
  }),
  restrict(
    ['src/data/dataset/**/*.{ts,tsx}'],
    below('data/dataset', ['**/monitoring/**', '**/select/**', '**/exchange/**', '**/url-state', ...shell]),
  ),
  restrict(
    ['src/monitoring/**/*.{ts,tsx}'],
    below('monitoring', ['**/data/select/**', '**/data/exchange/**', '**/url-state', ...shell]),
  ),
  restrict(['src/data/{select,exchange}/**/*.{ts,tsx}', 'src/data/*.{ts,tsx}'], below('data', shell)),
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
    ignores: [
      'dist',
      'dist-single',
      'dist-server',
      'var',
      'artifacts',
      'coverage',
      'bench-results',
      'node_modules',
      'data/*.mjs',
    ],
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
  {
    // No import cycles, type-only ones included: a cycle means two files are one idea, or one sits in the wrong layer.
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'], alias: { '@': [`${root}src`] } }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { files: ['.ci/*.js', 'public/*.js', 'tests/*.mjs'], ...tseslint.configs.disableTypeChecked },
)
