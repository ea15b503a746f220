import Foundation
import Hummingbird
import HummingbirdTesting
import SetaraApp
import SetaraCatalog
import SetaraDomain
import SetaraStore
import SetaraWeb
import Testing

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let webFolder = repository.appendingPathComponent("Web")
let testPassword = "correct horse battery"

/// Two companies (so that one can try to reach the other's records), a seeker whose name is
/// markup, and one account of each role; bcrypt at its lowest cost so that tests stay quick.
func webFixture(path: String = ":memory:", readers: Int = 0) throws -> SQLiteStore {
    let store = try SQLiteStore(path: path, options: StoreOptions(readers: readers))
    let day = Day.today()
    let employers = [
        Employer(id: "E00001", name: "PT Mitra Sejahtera", ownership: .private, headcount: 150, employeesWithDisabilities: 1, regencyCode: "3471"),
        Employer(id: "E00002", name: "PT Lain Sendiri", ownership: .bumn, headcount: 400, regencyCode: "3471"),
    ]
    let workplaces = [
        Workplace(id: "W00001", employerID: "E00001", name: "Kantor pusat", regencyCode: "3471", features: [.stepFreeEntrance]),
        Workplace(id: "W00002", employerID: "E00002", name: "Gudang rahasia", regencyCode: "3471"),
    ]
    let vacancies = [
        Vacancy(id: "V000001", workplaceID: "W00001", title: "Operator entri data", kbji: "4132", demands: [.nearVision: 2], postedOn: day),
        Vacancy(id: "V000002", workplaceID: "W00002", title: "Petugas gudang rahasia", kbji: "9333", demands: [.lifting: 2], postedOn: day),
    ]
    let seeker = Seeker(id: "S000001", nik: "3471014508950002", name: "<script>alert(1)</script> Rina", regencyCode: "3471",
                        education: .smk, preferredOccupations: ["4132"],
                        profile: [.nearVision: CapacityRating(withoutAids: 0, withAids: 3, source: .functionalAssessment)],
                        needs: [.screenReaderSystems], consent: Consent(given: true, recordedOn: day, recordedBy: "test"),
                        registeredOn: day)
    // A seeker of another office (Sleman), whom the Yogyakarta officers may not reach.
    let other = Seeker(id: "S000002", nik: "3404014508950003", name: "Budi Sleman", regencyCode: "3404", education: .sma,
                       preferredOccupations: ["4132"], consent: Consent(given: true, recordedOn: day, recordedBy: "test"), registeredOn: day)
    try store.write(RecordBatch(seekers: [seeker, other], categories: ["S000001": .sensorikNetra], employers: employers,
                                workplaces: workplaces, vacancies: vacancies))
    // Two offices: petugas and penyelia work in Kota Yogyakarta, petugaslain and penyelialain in Sleman;
    // tanpakantor belongs to none.
    let system = Office(store: store, actor: Actor(.system, "test"), catalog: { catalog })
    try system.saveOffice(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
    try system.saveOffice(LabourOffice(id: "K3404", name: "Disnaker Sleman", regencyCode: "3404"))
    for (name, officeID) in [("petugas", "K3471"), ("penyelia", "K3471"), ("petugaslain", "K3404"), ("penyelialain", "K3404")] {
        try system.saveOfficer(Officer(username: name, name: name.capitalized, officeID: officeID))
    }
    let accounts = Accounts(store: store, cost: 4)
    for (name, role, employer) in [("admin", AccountRole.admin, nil), ("petugas", .officer, nil), ("penyelia", .supervisor, nil),
                                   ("petugaslain", .officer, nil), ("penyelialain", .supervisor, nil), ("tanpakantor", .officer, nil),
                                   ("hrd", .employer, "E00001"), ("hrlain", .employer, "E00002"), ("hrbaru", .employer, nil)]
        as [(String, AccountRole, String?)] {
        _ = try accounts.add(username: name, password: testPassword, role: role, employerID: employer)
    }
    return store
}

let catalog: Catalog = {
    // The repository's own catalog: the pages show its accommodations and its words for levels.
    try! CatalogLoader.load(folder: repository.appendingPathComponent("Accommodations"))
}()

/// Runs `body` against the application in process.
func withWeb(_ store: SQLiteStore? = nil, behindTLS: Bool = false,
             _ body: @escaping @Sendable (any TestClientProtocol, SQLiteStore) async throws -> Void) async throws {
    let store = try store ?? webFixture()
    let app = try await WebServer.application(store: store, catalog: catalog,
                                              options: WebOptions(behindTLS: behindTLS, folder: webFolder, bcryptCost: 4))
    try await app.test(.router) { client in try await body(client, store) }
}

/// A browser's part of a conversation: it keeps cookies and reads each page's CSRF token.
actor Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var csrf = ""

    init(_ client: any TestClientProtocol) { self.client = client }

    private var cookieHeader: HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    private func keep(_ response: TestResponse) {
        for field in response.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if pair.count == 2 { cookies[String(pair[0])] = pair[1].isEmpty ? nil : String(pair[1]) }
        }
        let html = String(buffer: response.body)
        if let range = html.range(of: #"name="csrf" value=""#) {
            csrf = String(html[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    @discardableResult
    func get(_ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: cookieHeader)
        keep(response)
        return response
    }

    /// Posts a form with the page's CSRF token (unless `csrf` says otherwise).
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], csrf: String? = nil) async throws -> TestResponse {
        var all = fields
        all.append(("csrf", csrf ?? self.csrf))
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        keep(response)
        return response
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// Signs in as one of the fixture's accounts.
    func signIn(_ username: String, password: String = testPassword) async throws -> TestResponse {
        try await get("/login")
        return try await post("/login", [("username", username), ("password", password)])
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
}
