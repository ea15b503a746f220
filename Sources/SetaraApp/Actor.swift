import Foundation

/// Who is asking: every change is recorded under this name in the audit log. The command line
/// names the officer from `--officer` or `SETARA_OFFICER` (else the system user); the voice
/// terminal acts as the seeker signed in; a web page as the signed-in account.
public struct Actor: Sendable, Equatable {
    public enum Role: String, Sendable { case officer, seeker, employer, system }

    public var role: Role
    public var name: String

    public init(_ role: Role, _ name: String) {
        self.role = role
        self.name = name
    }

    /// As written in the audit log: `officer:rina`, `seeker:S000001`.
    public var auditName: String { "\(role.rawValue):\(name)" }
}
