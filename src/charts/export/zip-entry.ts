// fflate marks non-ASCII names as UTF-8 (flag bit 11) but writes them as made on MS-DOS, and Info-ZIP's unzip
// (Debian's, macOS's) then reads the names as code page 437: made on Unix, with rw-r--r--, they read as written.
export const unixEntry = { os: 3, attrs: (0o100644 << 16) >>> 0 } as const
