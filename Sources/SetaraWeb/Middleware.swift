import Foundation
import Hummingbird
import SetaraDomain
import SetaraStore

/// Headers on every response: a content security policy that allows nothing but this server's
/// own style sheet and images (no script at all: the pages need none), no framing, no MIME
/// sniffing, no referrer, and no caching of pages that may hold personal data.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        // A page that sets its own policy (the outcomes report's inline styles) keeps it.
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.policy }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        if !request.uri.path.hasPrefix("/static/") { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Cookie settings: HttpOnly and SameSite=Strict always; Secure when the server is behind TLS.
struct CookieSettings: Sendable {
    var secure: Bool

    static let session = "setara_session"
    static let preSession = "setara_pre"
    static let language = "setara_lang"

    func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

/// Reads the language and session cookies, and for every request that changes something reads
/// its form and refuses it (403) unless it carries the page's CSRF token. Hummingbird has no
/// CSRF protection of its own; SameSite=Strict cookies are a second line.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let accounts: Accounts
    let cookies: CookieSettings
    let pages: Pages

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        // Hummingbird parses the Cookie header again at each `request.cookies`: once is enough.
        let requestCookies = request.cookies
        context.language = requestCookies[CookieSettings.language].flatMap { Language(rawValue: $0.value) } ?? .id
        if let token = requestCookies[CookieSettings.session]?.value,
           let (session, account, office) = try await signedIn(token) {
            context.user = SignedIn(account: account, session: session, office: account.role == .employer ? nil : office)
            context.csrfToken = session.csrfToken
        }
        var newPreToken: String?
        if context.user == nil {
            if let pre = requestCookies[CookieSettings.preSession]?.value, pre.count == 43 {
                context.csrfToken = pre
            } else {
                newPreToken = Accounts.newToken()
                context.csrfToken = newPreToken!
            }
        }
        if request.method != .get && request.method != .head {
            let body = try await request.collectBody(upTo: 256 * 1024)
            context.form = FormData.parse(String(buffer: body))
            guard newPreToken == nil, let sent = context.form["csrf"], Accounts.same(sent, context.csrfToken) else {
                let title = pages.word("csrf_title", context.language)
                return pages.render("refused", title: title, context: context, request: request,
                                    data: ["message": pages.word("csrf_message", context.language)], status: .forbidden)
            }
        }
        var response = try await next(request, context)
        if let newPreToken { response.setCookie(cookies.cookie(CookieSettings.preSession, newPreToken)) }
        return response
    }

    /// The session of a token: one read in the last second needs no hop to a thread that may
    /// block (`KeptSessions`); otherwise it is read from the database on such a thread.
    private func signedIn(_ token: String) async throws -> (WebSession, WebAccount, LabourOffice?)? {
        if let kept = accounts.keptSignedIn(token: token) { return kept }
        let accounts = self.accounts
        return try await offloaded { try accounts.signedIn(token: token) }
    }
}
