import Hummingbird
import SetaraDomain
import SetaraStore

/// Who is signed in, for one request.
public struct SignedIn: Sendable {
    public var account: WebAccount
    public var session: WebSession
    /// An officer's or supervisor's labour office, read with the session; nil for an employer
    /// and for staff not yet placed at an office.
    public var office: LabourOffice?
}

/// The request context of every page: the language, the signed-in account (if any), the form
/// the request posted and the CSRF token its pages put in their forms.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var language: Language = .id
    public var user: SignedIn?
    /// The posted form, read and checked (CSRF) by `SessionMiddleware` before any handler runs.
    public var form = FormData()
    /// The token every form of the page carries: the session's, or before signing in the one of
    /// the `setara_pre` cookie (double submit).
    public var csrfToken = ""

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}

/// A form posted as application/x-www-form-urlencoded: every value of each name, in order
/// (check boxes send one name many times).
public struct FormData: Sendable {
    public var values: [String: [String]] = [:]

    public init(values: [String: [String]] = [:]) { self.values = values }

    public subscript(name: String) -> String? { values[name]?.first }

    /// The trimmed value, nil when absent or blank.
    public func text(_ name: String) -> String? {
        guard let value = values[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    public func all(_ name: String) -> [String] { values[name] ?? [] }

    public static func parse(_ body: String) -> FormData {
        var form = FormData()
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let name = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            form.values[name, default: []].append(value)
        }
        return form
    }
}
