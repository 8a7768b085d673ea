// The operations commands (npm run user / backup / restore) land here.
export {}
