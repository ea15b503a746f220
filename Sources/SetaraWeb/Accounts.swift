import Crypto
import Foundation
import HummingbirdBcrypt
import SetaraDomain
import SetaraStore

/// Signing in: passwords checked with bcrypt, sessions and invitations made with random tokens
/// of which the database keeps only the SHA-256, and failed sign-ins limited per account.
public struct Accounts: Sendable {
    public let store: any AccountStore
    /// bcrypt's cost: 12 in service (about a quarter of a second), lower in tests.
    public var cost: UInt8
    /// How long a session lasts without signing in again.
    public var sessionLength: TimeInterval = 8 * 3600
    /// Failed sign-ins allowed in `lockWindow` before the account refuses even a right password
    /// until the window has passed.
    public var maxFailures = 5
    public var lockWindow: TimeInterval = 15 * 60

    /// A hash of no one's password, at the same cost as real ones.
    let decoyHash: String

    public init(store: any AccountStore, cost: UInt8 = 12) {
        self.store = store
        self.cost = cost
        self.decoyHash = Bcrypt.hash(Accounts.newToken(), cost: cost)
    }

    /// 32 random bytes, base64url: a session cookie, a CSRF token, an invitation.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    public static func hash(token: String) -> String {
        // Hex by hand: String(format:) per byte was a twenty-fifth of a page's time under load.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// Compares two secrets in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }

    /// Usernames: 3 to 40 lower-case letters, digits, dots, hyphens and underscores.
    public static func validUsername(_ name: String) -> Bool {
        (3...40).contains(name.count) && name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || ".-_".contains($0) }
    }

    /// Passwords: at least 10 characters, at most 72 bytes (bcrypt reads no further).
    public static func passwordProblem(_ password: String) -> LocalizedText? {
        if password.count < 10 {
            return LocalizedText(id: "Kata sandi paling sedikit 10 karakter.", en: "The password must have at least 10 characters.")
        }
        if password.utf8.count > 72 {
            return LocalizedText(id: "Kata sandi paling banyak 72 byte.", en: "The password must be at most 72 bytes long.")
        }
        return nil
    }

    public func hashPassword(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    /// Adds an account (the command line's `setara user add`).
    public func add(username: String, password: String, role: AccountRole, employerID: String?) throws -> Bool {
        try store.addAccount(WebAccount(username: username, passwordHash: hashPassword(password), role: role, employerID: employerID))
    }

    public enum SignIn: Sendable, Equatable {
        case signedIn(token: String, session: WebSession)
        case wrong
        case locked
    }

    /// Checks a username and password. A wrong password, an unknown or disabled username give
    /// the same answer; after `maxFailures` failures the account is locked for `lockWindow`.
    public func signIn(username: String, password: String, now: Date = Date()) throws -> SignIn {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        if try store.loginFailures(username: name, since: now.addingTimeInterval(-lockWindow)) >= maxFailures { return .locked }
        // An unknown name is checked against a hash too, so that timing does not tell which names exist.
        let account = try store.account(name)
        let hash = account?.passwordHash ?? decoyHash
        let matches = password.utf8.count <= 72 && Bcrypt.verify(password, hash: hash)
        guard matches, let account, !account.disabled else {
            try store.recordLoginFailure(username: name, at: now)
            return .wrong
        }
        try store.clearLoginFailures(username: name)
        try store.purgeExpired(now: now)
        let token = Self.newToken()
        let session = WebSession(tokenHash: Self.hash(token: token), username: account.username, csrfToken: Self.newToken(),
                                 expiresAt: now.addingTimeInterval(sessionLength))
        try store.addSession(session)
        return .signedIn(token: token, session: session)
    }

    /// The session and account of a cookie's token, when both are current.
    public func signedIn(token: String, now: Date = Date()) throws -> (WebSession, WebAccount, LabourOffice?)? {
        try store.signedIn(tokenHash: Self.hash(token: token), now: now)
    }

    /// `signedIn`'s answer when the store keeps it in memory; nil when the database must be read.
    public func keptSignedIn(token: String, now: Date = Date()) -> (WebSession, WebAccount, LabourOffice?)? {
        store.keptSignedIn(tokenHash: Self.hash(token: token), now: now)
    }

    /// An invitation for an employer's HR officer; returns the token to hand over (shown once).
    public func invite(employerID: String?, by creator: String, days: Int = 14, now: Date = Date()) throws -> String {
        let token = Self.newToken()
        try store.addInvitation(WebInvitation(tokenHash: Self.hash(token: token), employerID: employerID, createdBy: creator,
                                              expiresAt: now.addingTimeInterval(TimeInterval(days) * 86_400)))
        return token
    }

    /// The invitation of a token, when it is still open.
    public func openInvitation(_ token: String, now: Date = Date()) throws -> WebInvitation? {
        guard let invitation = try store.invitation(tokenHash: Self.hash(token: token)),
              invitation.usedBy == nil, invitation.expiresAt > now else { return nil }
        return invitation
    }

    /// Makes the employer account an invitation allows; false when it is no longer open or the
    /// username is taken.
    public func accept(_ token: String, username: String, password: String, now: Date = Date()) throws -> Bool {
        guard let invitation = try openInvitation(token, now: now) else { return false }
        let account = WebAccount(username: username, passwordHash: hashPassword(password), role: .employer,
                                 employerID: invitation.employerID, createdAt: now)
        return try store.accept(invitationHash: invitation.tokenHash, account: account, now: now)
    }
}

/// Runs slow work (bcrypt takes a quarter of a second on purpose) on a Dispatch thread, so that
/// the server's tasks and event loops go on answering other requests meanwhile.
func offloaded<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}
