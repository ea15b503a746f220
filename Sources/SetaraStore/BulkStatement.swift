import GRDB
import GRDBSQLite

/// A prepared statement for many rows, bound and stepped through SQLite's C API.
///
/// Used for the rows a large import writes by the hundred thousand (seekers and their ratings)
/// and for audit entries, which a server writes for every page view (ten for a match page):
/// there GRDB's type-erased, checked arguments cost more than SQLite's own work (the
/// measurements are in docs/benchmarks.md).
struct BulkStatement {
    private let statement: Statement
    private let db: Database

    /// A statement made for this transaction.
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// The statement kept prepared on the connection, in GRDB's statement cache, for rows written
    /// a few at a time by many transactions. Sharing it with GRDB is safe: GRDB resets a
    /// statement and binds its own arguments afresh each time it runs one.
    init(_ db: Database, kept sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds the values in order (1, 2, ...) and runs the statement once.
    func run(_ bind: (inout Binder) -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var binder = Binder(handle: handle)
        bind(&binder)
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }

    struct Binder {
        let handle: SQLiteStatement
        var index: Int32 = 0

        /// SQLite copies the bytes before the call returns.
        private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

        mutating func text(_ value: String?) {
            index += 1
            guard var value else { sqlite3_bind_null(handle, index); return }
            value.withUTF8 { bytes in
                _ = bytes.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), Self.transient)
                }
            }
        }

        mutating func int(_ value: Int?) {
            index += 1
            guard let value else { sqlite3_bind_null(handle, index); return }
            sqlite3_bind_int64(handle, index, sqlite3_int64(value))
        }

        mutating func bool(_ value: Bool) { int(value ? 1 : 0) }
    }
}
