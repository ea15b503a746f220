import Foundation
import SetaraDomain

/// A web account's role. What each may see and do is in docs/web.md.
public enum AccountRole: String, CaseIterable, Sendable {
    case admin, officer, supervisor, employer
}

/// One person who may sign in to the web pages.
public struct WebAccount: Sendable, Equatable {
    public var username: String
    /// bcrypt, as hummingbird-auth writes it; never the password.
    public var passwordHash: String
    public var role: AccountRole
    /// An employer account's company, once registered.
    public var employerID: String?
    public var createdAt: Date
    public var disabled: Bool

    public init(username: String, passwordHash: String, role: AccountRole, employerID: String? = nil,
                createdAt: Date = Date(), disabled: Bool = false) {
        self.username = username
        self.passwordHash = passwordHash
        self.role = role
        self.employerID = employerID
        self.createdAt = createdAt
        self.disabled = disabled
    }
}

/// A signed-in session, found by the SHA-256 of its cookie's token.
public struct WebSession: Sendable, Equatable {
    public var tokenHash: String
    public var username: String
    public var csrfToken: String
    /// A form in progress, as JSON.
    public var draft: String
    public var expiresAt: Date

    public init(tokenHash: String, username: String, csrfToken: String, draft: String = "{}", expiresAt: Date) {
        self.tokenHash = tokenHash
        self.username = username
        self.csrfToken = csrfToken
        self.draft = draft
        self.expiresAt = expiresAt
    }
}

/// An invitation for an employer's HR officer to make an account, found by its token's SHA-256.
public struct WebInvitation: Sendable, Equatable {
    public var tokenHash: String
    /// The company the account will act for; nil when the HR officer registers a new one.
    public var employerID: String?
    public var createdBy: String
    public var expiresAt: Date
    public var usedBy: String?

    public init(tokenHash: String, employerID: String?, createdBy: String, expiresAt: Date, usedBy: String? = nil) {
        self.tokenHash = tokenHash
        self.employerID = employerID
        self.createdBy = createdBy
        self.expiresAt = expiresAt
        self.usedBy = usedBy
    }
}

/// What the web front end keeps about accounts. Kept apart from `RecordStore`: accounts and
/// sessions are not records of the office's work, and writing them does not end a pure demo.
public protocol AccountStore: Sendable {
    func account(_ username: String) throws -> WebAccount?
    func accounts() throws -> [WebAccount]
    /// Adds an account; false when the username is taken.
    func addAccount(_ account: WebAccount) throws -> Bool
    func setPassword(username: String, hash: String) throws
    func setEmployer(username: String, employerID: String) throws

    func addSession(_ session: WebSession) throws
    /// The session and its account, when the session has not expired at `now` and the account is
    /// not disabled, with the labour office the account works at when it is an officer's
    /// (`setara office officer`): what every signed-in request needs, in one read.
    func signedIn(tokenHash: String, now: Date) throws -> (WebSession, WebAccount, LabourOffice?)?
    /// `signedIn`'s answer when it is kept in memory (read less than a second ago, and nothing
    /// written by this store since), without touching the database; nil otherwise.
    func keptSignedIn(tokenHash: String, now: Date) -> (WebSession, WebAccount, LabourOffice?)?
    func saveDraft(tokenHash: String, draft: String) throws
    func deleteSession(tokenHash: String) throws
    /// Removes expired sessions and old failed sign-ins.
    func purgeExpired(now: Date) throws

    func addInvitation(_ invitation: WebInvitation) throws
    func invitation(tokenHash: String) throws -> WebInvitation?
    /// Uses an invitation and adds the account in one transaction; false when the invitation is
    /// gone, used or expired, or the username is taken.
    func accept(invitationHash: String, account: WebAccount, now: Date) throws -> Bool

    func recordLoginFailure(username: String, at: Date) throws
    /// Failed sign-ins of a username since a moment.
    func loginFailures(username: String, since: Date) throws -> Int
    func clearLoginFailures(username: String) throws
}
