#ifndef SETARA_CSQLITESETTINGS_H
#define SETARA_CSQLITESETTINGS_H

/// Turns off SQLite's memory statistics, then initialises SQLite; returns SQLite's result code
/// for the first (SQLITE_MISUSE when SQLite was initialised already, which changes nothing).
/// `sqlite3_config` takes variable arguments, which Swift cannot call: hence this C file.
int setara_sqlite_without_memory_statistics(void);

#endif
