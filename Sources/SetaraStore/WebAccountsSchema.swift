import GRDB

/// The tables of the web front end's accounts, kept apart from the records: who may sign in
/// (with a bcrypt hash, never a password), their signed-in sessions, invitations for employers'
/// HR officers and failed sign-ins (to limit guessing). One migration, so that it can be
/// renumbered as a whole.
enum WebAccountsSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE web_account (
              username TEXT PRIMARY KEY,
              password_hash TEXT NOT NULL,
              role TEXT NOT NULL CHECK (role IN ('admin','officer','supervisor','employer')),
              -- An employer account's company; NULL until the HR officer registers it.
              employer_id TEXT REFERENCES employer(id) ON DELETE SET NULL,
              created_at TEXT NOT NULL,
              disabled INTEGER NOT NULL DEFAULT 0);

            -- The session cookie's token is stored only as its SHA-256: a copy of the database
            -- does not let anyone sign in as someone else.
            CREATE TABLE web_session (
              token_hash TEXT PRIMARY KEY,
              username TEXT NOT NULL REFERENCES web_account(username) ON DELETE CASCADE,
              csrf_token TEXT NOT NULL,
              -- The answers of a form in progress (one question per page), as JSON.
              draft TEXT NOT NULL DEFAULT '{}',
              created_at TEXT NOT NULL,
              expires_at TEXT NOT NULL);
            CREATE INDEX web_session_user ON web_session(username);

            CREATE TABLE web_invitation (
              token_hash TEXT PRIMARY KEY,
              employer_id TEXT REFERENCES employer(id) ON DELETE CASCADE,
              created_by TEXT NOT NULL,
              created_at TEXT NOT NULL,
              expires_at TEXT NOT NULL,
              used_by TEXT);

            CREATE TABLE web_login_failure (
              username TEXT NOT NULL,
              at TEXT NOT NULL);
            CREATE INDEX web_login_failure_user ON web_login_failure(username, at);
            """)
    }
}
