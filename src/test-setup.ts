// Files marked `// @vitest-environment node` (pure logic) skip the browser setup and jsdom's start-up cost.
if (typeof window !== 'undefined') await import('./test-setup-dom')
