import Foundation
import GRDB
import SetaraDomain

extension SQLiteStore: AccountStore {
    /// A write that is not a change to the records: it leaves a pure demo a pure demo (an
    /// officer signing in to the demo database does not make it an office's database).
    func accountWriting<T>(_ body: (Database) throws -> T) throws -> T {
        // Forgotten once the write has ended: a request after it reads what it wrote.
        defer { keptSessions.forgetAll() }
        do { return try db.write(body) } catch let error as DatabaseError { throw StoreError(error, path: path) }
    }

    private static func time(_ date: Date) -> String { AuditEntry.timestamp(date) }
    private static func date(_ text: String) -> Date { Timestamp.date(text) ?? .distantPast }

    /// An account's columns, in the order `account(_:at:)` reads them by position.
    private static let accountColumns = ["username", "password_hash", "role", "employer_id", "created_at", "disabled"]
    private static let accountSelection = accountColumns.joined(separator: ", ")

    /// An account from `accountColumns` selected from column `first` on.
    private static func account(_ row: Row, at first: Int = 0) -> WebAccount {
        WebAccount(username: row[first], passwordHash: row[first + 1], role: AccountRole(rawValue: row[first + 2]) ?? .employer,
                   employerID: row[first + 3], createdAt: date(row[first + 4]), disabled: row[first + 5] as Bool)
    }

    public func account(_ username: String) throws -> WebAccount? {
        try reading { db in
            try Row.fetchOne(db, kept: "SELECT \(Self.accountSelection) FROM web_account WHERE username = ?",
                             arguments: [username]).map { Self.account($0) }
        }
    }

    public func accounts() throws -> [WebAccount] {
        try reading { db in
            try Row.fetchAll(db, kept: "SELECT \(Self.accountSelection) FROM web_account ORDER BY username")
                .map { Self.account($0) }
        }
    }

    public func addAccount(_ account: WebAccount) throws -> Bool {
        try accountWriting { db in try Self.insert(account, db) }
    }

    private static func insert(_ account: WebAccount, _ db: Database) throws -> Bool {
        if try Bool.fetchOne(db, kept: "SELECT 1 FROM web_account WHERE username = ?", arguments: [account.username]) != nil {
            return false
        }
        try db.execute(sql: """
            INSERT INTO web_account (username, password_hash, role, employer_id, created_at, disabled)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [account.username, account.passwordHash, account.role.rawValue, account.employerID,
                             time(account.createdAt), account.disabled])
        return true
    }

    public func setPassword(username: String, hash: String) throws {
        try accountWriting { db in
            try db.execute(sql: "UPDATE web_account SET password_hash = ? WHERE username = ?", arguments: [hash, username])
            // A new password signs every session out.
            try db.execute(sql: "DELETE FROM web_session WHERE username = ?", arguments: [username])
        }
    }

    public func setEmployer(username: String, employerID: String) throws {
        try accountWriting { db in
            try db.execute(sql: "UPDATE web_account SET employer_id = ? WHERE username = ?", arguments: [employerID, username])
        }
    }

    public func addSession(_ session: WebSession) throws {
        try accountWriting { db in
            try db.execute(sql: """
                INSERT INTO web_session (token_hash, username, csrf_token, draft, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [session.tokenHash, session.username, session.csrfToken, session.draft,
                                 Self.time(Date()), Self.time(session.expiresAt)])
        }
    }

    public func keptSignedIn(tokenHash: String, now: Date) -> (WebSession, WebAccount, LabourOffice?)? {
        keptSessions.found(tokenHash, now: now)
    }

    public func signedIn(tokenHash: String, now: Date) throws -> (WebSession, WebAccount, LabourOffice?)? {
        if let kept = keptSessions.found(tokenHash, now: now) { return kept }
        let generation = keptSessions.generation
        let found = try readSignedIn(tokenHash: tokenHash, now: now)
        if let found { keptSessions.keep(found, for: tokenHash, readAt: now, generation: generation) }
        return found
    }

    /// The session with its account and office: the session's four columns, `accountColumns`
    /// and the office's three, read by position.
    private static let signedInSQL = """
        SELECT s.token_hash, s.csrf_token, s.draft, s.expires_at, \(accountColumns.map { "a." + $0 }.joined(separator: ", ")),
               o.id, o.name, o.regency_code
        FROM web_session s JOIN web_account a ON a.username = s.username
        LEFT JOIN officer f ON f.username = a.username LEFT JOIN labour_office o ON o.id = f.office_id
        WHERE s.token_hash = ? AND s.expires_at > ? AND NOT a.disabled
        """

    private func readSignedIn(tokenHash: String, now: Date) throws -> (WebSession, WebAccount, LabourOffice?)? {
        try reading { db in
            // A statement kept prepared on each connection: every signed-in page asks it. The
            // officer's office comes in the same read: a read of its own was a tenth of a page.
            // Its columns are read by position, as a seeker's are (SeekerColumn).
            let statement = try db.cachedStatement(sql: Self.signedInSQL)
            guard let row = try Row.fetchOne(statement, arguments: [tokenHash, Self.time(now)]) else { return nil }
            let account = Self.account(row, at: 4)
            let o = 4 + Self.accountColumns.count
            let office = (row[o] as String?).map { LabourOffice(id: $0, name: row[o + 1], regencyCode: row[o + 2]) }
            return (WebSession(tokenHash: row[0], username: account.username, csrfToken: row[1], draft: row[2],
                               expiresAt: Self.date(row[3])), account, office)
        }
    }

    public func saveDraft(tokenHash: String, draft: String) throws {
        try accountWriting { db in
            try db.execute(sql: "UPDATE web_session SET draft = ? WHERE token_hash = ?", arguments: [draft, tokenHash])
        }
    }

    public func deleteSession(tokenHash: String) throws {
        try accountWriting { db in try db.execute(sql: "DELETE FROM web_session WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func purgeExpired(now: Date) throws {
        try accountWriting { db in
            try db.execute(sql: "DELETE FROM web_session WHERE expires_at <= ?", arguments: [Self.time(now)])
            try db.execute(sql: "DELETE FROM web_login_failure WHERE at <= ?", arguments: [Self.time(now.addingTimeInterval(-86_400))])
        }
    }

    public func addInvitation(_ invitation: WebInvitation) throws {
        try accountWriting { db in
            try db.execute(sql: """
                INSERT INTO web_invitation (token_hash, employer_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [invitation.tokenHash, invitation.employerID, invitation.createdBy, Self.time(Date()),
                                 Self.time(invitation.expiresAt)])
        }
    }

    public func invitation(tokenHash: String) throws -> WebInvitation? {
        try reading { db in
            try Row.fetchOne(db, kept: "SELECT * FROM web_invitation WHERE token_hash = ?", arguments: [tokenHash]).map { row in
                WebInvitation(tokenHash: row["token_hash"], employerID: row["employer_id"], createdBy: row["created_by"],
                              expiresAt: Self.date(row["expires_at"]), usedBy: row["used_by"])
            }
        }
    }

    public func accept(invitationHash: String, account: WebAccount, now: Date) throws -> Bool {
        try accountWriting { db in
            let open = try Bool.fetchOne(db, kept: """
                SELECT 1 FROM web_invitation WHERE token_hash = ? AND used_by IS NULL AND expires_at > ?
                """, arguments: [invitationHash, Self.time(now)]) != nil
            guard open, try Self.insert(account, db) else { return false }
            try db.execute(sql: "UPDATE web_invitation SET used_by = ? WHERE token_hash = ?", arguments: [account.username, invitationHash])
            return true
        }
    }

    public func recordLoginFailure(username: String, at: Date) throws {
        try accountWriting { db in
            try db.execute(sql: "INSERT INTO web_login_failure (username, at) VALUES (?, ?)", arguments: [username, Self.time(at)])
        }
    }

    public func loginFailures(username: String, since: Date) throws -> Int {
        try reading { db in
            try Int.fetchOne(db, kept: "SELECT count(*) FROM web_login_failure WHERE username = ? AND at > ?",
                             arguments: [username, Self.time(since)]) ?? 0
        }
    }

    public func clearLoginFailures(username: String) throws {
        try accountWriting { db in try db.execute(sql: "DELETE FROM web_login_failure WHERE username = ?", arguments: [username]) }
    }
}
