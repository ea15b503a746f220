import GRDB

// Reads whose SQL is the same every time (a record by its id, a seeker's referrals) use a
// statement prepared once per connection and kept by GRDB, not one prepared for each call.
// Preparing is not free: SQLite parses the text and GRDB's authorizer works out which tables
// and columns the statement reads. On the officer's seeker page, a dozen such reads a request,
// preparing was a tenth of the server's time (docs/web.md).
//
// Only for SQL from a bounded set of texts: GRDB keeps every text it has seen, so a text with a
// number written into it (LIMIT 20 OFFSET 40) or a list of marks of varying length is prepared
// afresh instead. A kept statement must not be read again while a cursor over it is still open;
// these helpers read their rows to the end before they return.
extension Database {
    /// The statement of `sql`, kept for the next call when `keep` is true.
    func statement(_ sql: String, keep: Bool = true) throws -> Statement {
        keep ? try cachedStatement(sql: sql) : try makeStatement(sql: sql)
    }
}

extension Row {
    static func fetchAll(_ db: Database, kept sql: String, arguments: StatementArguments = []) throws -> [Row] {
        try fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    static func fetchOne(_ db: Database, kept sql: String, arguments: StatementArguments = []) throws -> Row? {
        try fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }
}

extension DatabaseValueConvertible where Self: StatementColumnConvertible {
    static func fetchAll(_ db: Database, kept sql: String, arguments: StatementArguments = []) throws -> [Self] {
        try fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    static func fetchOne(_ db: Database, kept sql: String, arguments: StatementArguments = []) throws -> Self? {
        try fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }
}
