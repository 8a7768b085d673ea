// The browser's storage keys and versions, apart from the shapes (stored-shapes.ts): the stores name them without
// loading the schemas that read them back.

export const PROGRESS_STORAGE_KEY = 'qidong-targets.progress'
export const PROGRESS_STORE_VERSION = 1
export const ASSIGNMENTS_STORAGE_KEY = 'qidong-targets.assignments'
export const ASSIGNMENTS_STORE_VERSION = 1
export const BULLETINS_STORAGE_KEY = 'qidong-targets.bulletins'
export const BULLETINS_STORE_VERSION = 1
export const SUPERVISIONS_STORAGE_KEY = 'qidong-targets.supervisions'
export const BULLETIN_SETTINGS_STORAGE_KEY = 'qidong-targets.bulletin-settings'
export const SETTINGS_STORAGE_KEY = 'qidong-targets.monitor-settings'
