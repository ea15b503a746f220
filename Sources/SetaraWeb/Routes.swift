import Foundation
import Hummingbird
import SetaraApp
import SetaraCatalog
import SetaraDomain
import SetaraStore

/// Why a page was not shown.
enum WebRefusal: Error {
    /// Signed out: to the sign-in page.
    case signIn
    /// Signed in, but this role may not see it.
    case forbidden
    /// No such record, or one the account may not reach (answered alike, so ids cannot be probed).
    case notFound
    /// An officer or supervisor whose account belongs to no office.
    case noOffice
}

/// What every handler shares: the store, the accounts, the pages, the catalog.
struct Routes: Sendable {
    let store: any RecordStore
    let accounts: Accounts
    let pages: Pages
    let catalog: Catalog
    let cookies: CookieSettings
    /// Match pages kept between requests while no record changes (`RankingCache`).
    let rankings: RankingCache

    static func home(for role: AccountRole) -> String {
        switch role {
        case .admin: return "/admin"
        case .officer: return "/officer"
        case .supervisor: return "/supervisor"
        case .employer: return "/employer"
        }
    }

    /// The application layer, acting as the signed-in account (the audit log names it).
    func office(_ user: SignedIn) -> Office {
        let role: Actor.Role = user.account.role == .employer ? .employer : .officer
        let catalog = self.catalog
        return Office(store: store, actor: Actor(role, user.account.username), rankingCache: rankings, catalog: { catalog })
    }

    func word(_ key: String, _ context: WebContext) -> String { pages.word(key, context.language) }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// A handler for signed-in accounts of the given roles. Signed-out requests go to the
    /// sign-in page; other roles get 403; records out of reach 404. The handler reads and writes
    /// SQLite synchronously, so it runs off the server's event loops (`offloaded`): a slow query
    /// or a writer's lock holds one worker thread, never the loop that answers everyone else.
    func page(_ roles: Set<AccountRole>,
              _ body: @escaping @Sendable (Request, WebContext, SignedIn) throws -> Response)
        -> @Sendable (Request, WebContext) async throws -> Response {
        { request, context in
            do {
                guard let user = context.user else { throw WebRefusal.signIn }
                guard roles.contains(user.account.role) else { throw WebRefusal.forbidden }
                return try await offloaded { try body(request, context, user) }
            } catch let refusal as WebRefusal {
                return refused(refusal, request, context)
            } catch let error as AppError {
                return pages.render("refused", title: word("problem_title", context), context: context, request: request,
                                    data: ["message": error.message(context.language)], status: error.kind == .busy ? .serviceUnavailable : .badRequest)
            }
        }
    }

    func refused(_ refusal: WebRefusal, _ request: Request, _ context: WebContext) -> Response {
        switch refusal {
        case .signIn:
            return Self.redirect("/login")
        case .forbidden:
            return pages.render("refused", title: word("forbidden_title", context), context: context, request: request,
                                data: ["message": word("forbidden_message", context)], status: .forbidden)
        case .notFound:
            return pages.render("refused", title: word("not_found_title", context), context: context, request: request,
                                data: ["message": word("not_found_message", context)], status: .notFound)
        case .noOffice:
            return pages.render("refused", title: word("forbidden_title", context), context: context, request: request,
                                data: ["message": word("no_office_message", context)], status: .forbidden)
        }
    }

    /// The office of a signed-in officer or supervisor; an account of no office reaches no
    /// seeker (403 with a word on how to be attached to one).
    func staffOffice(_ user: SignedIn) throws -> LabourOffice {
        guard let office = user.office else { throw WebRefusal.noOffice }
        return office
    }

    /// A record looked up from a URL: a record missing or out of reach is "not found"; a database
    /// that cannot answer now (busy, unreadable) is said so, not hidden as a missing record.
    func found<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as AppError where error.kind == .data || error.kind == .usage { throw WebRefusal.notFound }
    }

    /// The validation issues of a use case, as errors linked to the fields of a page.
    func fieldErrors(_ error: AppError, _ context: WebContext, fieldIDs: [String: String] = [:]) -> [FieldError] {
        if error.issues.isEmpty {
            return [FieldError(field: fieldIDs.values.first ?? "main", message: error.message(context.language))]
        }
        return error.issues.map { issue in
            let root = String(issue.field.split(separator: ".").first ?? Substring(issue.field))
            let field = fieldIDs[root] ?? fieldIDs[issue.field] ?? root
            return FieldError(field: field, message: issueMessage(issue, context))
        }
    }

    /// The words of each field as a form asks for it, for messages.
    static let fieldWords: [String: String] = [
        "name": "field_name", "ownership": "company_ownership", "headcount": "company_headcount",
        "employees_with_disabilities": "company_disabled_workers", "regency": "company_region", "address": "workplace_address",
        "short_time_workers": "company_short_time", "short_time_with_disabilities": "company_short_time_disabled",
        "with_severe_disabilities": "company_severe", "short_time_with_severe_disabilities": "company_severe_short_time",
        "features": "workplace_features_short", "workplace": "vacancy_workplace_short", "title": "vacancy_title", "kbji": "vacancy_kbji",
        "openings": "vacancy_openings_short", "hours_per_week": "vacancy_hours", "min_education": "vacancy_education",
    ]

    /// A validation issue in the words of the form: the field's label where the record's file
    /// would name its column ("Nama belum diisi" rather than "name belum diisi"). The rule and
    /// the rest of the sentence are the domain's.
    func issueMessage(_ issue: ValidationIssue, _ context: WebContext) -> String {
        let root = String(issue.field.split(separator: ".").first ?? Substring(issue.field))
        var label = Self.fieldWords[root].map { word($0, context) }
        if root == "demands", let dimension = FunctionalDimension(rawValue: String(issue.field.dropFirst("demands.".count))) {
            label = catalog.reasons.what(dimension, context.language)
        }
        // The count a part is compared with, in the form's words too ("more than Number of workers (10)").
        var problem = issue.problem
        if case .moreThanWhole(let value, let whole, let limit) = problem, let words = Self.fieldWords[whole] {
            problem = .moreThanWhole(value: value, whole: "\"" + word(words, context) + "\"", limit: limit)
        }
        guard let label else { return ValidationIssue(field: issue.field, problem: problem).message(context.language) }
        let capitalised = label.prefix(1).uppercased() + label.dropFirst()
        return ValidationIssue(field: capitalised, problem: problem).message(context.language)
    }

    // MARK: Drafts (a form in progress, one question per page)

    func draft(_ context: WebContext, _ form: String) -> [String: String] {
        guard let user = context.user, let data = user.session.draft.data(using: .utf8),
              let all = try? JSONDecoder().decode([String: [String: String]].self, from: data) else { return [:] }
        return all[form] ?? [:]
    }

    func saveDraft(_ context: WebContext, _ form: String, _ values: [String: String]?) throws {
        guard let user = context.user else { return }
        var all = (user.session.draft.data(using: .utf8).flatMap { try? JSONDecoder().decode([String: [String: String]].self, from: $0) }) ?? [:]
        all[form] = values
        let text = String(data: try JSONEncoder().encode(all), encoding: .utf8) ?? "{}"
        try store(accounts) { try $0.saveDraft(tokenHash: user.session.tokenHash, draft: text) }
    }

    private func store(_ accounts: Accounts, _ body: (any AccountStore) throws -> Void) throws {
        do { try body(accounts.store) } catch let error as StoreError { throw AppError(error) }
    }

    // MARK: Building the router

    func register(on router: Router<WebContext>) {
        registerAccountRoutes(router)
        registerEmployerRoutes(router)
        registerOfficerRoutes(router)
        registerCaseworkRoutes(router)
        registerEmployerReferralRoutes(router)
        registerAdminRoutes(router)
    }
}

/// Options of `setara serve`.
public struct WebOptions: Sendable {
    public var host: String
    public var port: Int
    /// The server is reached through a TLS reverse proxy: cookies are marked Secure.
    public var behindTLS: Bool
    /// The `Web/` folder: templates, words, style sheet.
    public var folder: URL
    public var bcryptCost: UInt8

    public init(host: String = "127.0.0.1", port: Int = 8080, behindTLS: Bool = false, folder: URL, bcryptCost: UInt8 = 12) {
        self.host = host
        self.port = port
        self.behindTLS = behindTLS
        self.folder = folder
        self.bcryptCost = bcryptCost
    }

    /// `Web/` beside the program or in the working folder; SETARA_WEB overrides.
    public static func defaultFolder() -> URL {
        DataFolders.locate("Web", override: ProcessInfo.processInfo.environment["SETARA_WEB"])
    }
}

/// Setara's web front end.
public enum WebServer {
    /// The application: the router with its middleware, ready to run or to test in process.
    public static func application(store: any RecordStore & AccountStore, catalog: Catalog, options: WebOptions)
        async throws -> some ApplicationProtocol {
        let pages = try await Pages.load(folder: options.folder)
        let accounts = Accounts(store: store, cost: options.bcryptCost)
        let cookies = CookieSettings(secure: options.behindTLS)
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: FileMiddleware(options.folder.appendingPathComponent("static").path, urlBasePath: "/static",
                                              searchForIndexHtml: false))
        router.add(middleware: SessionMiddleware(accounts: accounts, cookies: cookies, pages: pages))
        Routes(store: store, accounts: accounts, pages: pages, catalog: catalog, cookies: cookies, rankings: RankingCache()).register(on: router)
        return Application(router: router, configuration: .init(address: .hostname(options.host, port: options.port),
                                                                serverName: nil))
    }
}

extension Routes {
    /// A value of the query string, decoded as a browser encodes a form sent with GET (a space as '+').
    static func query(_ request: Request, _ name: String) -> String? {
        FormData.parse(request.uri.query ?? "")[name]
    }
}
