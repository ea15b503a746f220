#include <sqlite3.h>
#include "CSQLiteSettings.h"

// With memory statistics on (SQLite's default), every allocation and free in every connection
// takes one mutex for the whole process, to keep the totals. A server's connections work on
// several threads at once, and they queued on that mutex (docs/web.md). Setara never reads
// the totals. Allowed only before SQLite is initialised, so it initialises SQLite right after.
int setara_sqlite_without_memory_statistics(void) {
    int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3_initialize();
    return rc;
}
