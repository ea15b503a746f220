import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraStore

/// The quota report: for a region, each employer's headcount, what the quota rule asks, its
/// workers with disabilities and its shortfall; employers below quota ordered by shortfall with
/// their open vacancies and last visit (the canvassing list); totals per regency and province.
public struct QuotaReport: Sendable {
    public struct Row: Sendable {
        public var employer: Employer
        /// The employer's workers in the groups the rule weighs, from its record.
        public var workforce: QuotaWorkforce
        public var position: QuotaPosition
        /// Open vacancies on the report's day, at all the employer's workplaces.
        public var openVacancies: Int
        /// The latest visit, call or online meeting an officer recorded with the employer.
        public var lastVisit: Day?
    }

    public struct Total: Sendable, Equatable {
        /// A province (2 digits) or regency (4 digits) code; "" for the whole report.
        public var code: String
        public var employers = 0
        public var belowQuota = 0
        public var headcount = 0.0
        public var required = 0
        public var counted = 0.0
        public var shortfall = 0
        public var levyPerMonth: Int?
    }

    public var rules: QuotaRules
    public var day: Day
    /// The region asked for, or nil for everything.
    public var region: String?
    /// Every employer, those below quota first (largest shortfall first), then by id.
    public var rows: [Row]
    public var overall: Total
    public var provinces: [Total]
    public var regencies: [Total]

    public var belowQuota: [Row] { rows.filter { !$0.position.meetsQuota } }
}

extension Office {
    /// A report's region: a province (2 digits) or a regency or city (4 digits).
    static func checkRegion(_ region: String) throws {
        guard region.count == 2 || region.count == 4, region.allSatisfy(\.isASCIIDigitCharacter) else {
            throw AppError(.usage, subject: LocalizedText(id: "--region \(region)", en: "--region \(region)"),
                           problem: LocalizedText(id: "bukan kode provinsi atau kabupaten/kota.", en: "is not a province or regency code."),
                           hint: LocalizedText(id: "Berikan 2 angka (provinsi, misalnya 34) atau 4 angka (kabupaten/kota, misalnya 3402).",
                                               en: "Give 2 digits (a province, e.g. 34) or 4 digits (a regency or city, e.g. 3402)."))
        }
    }

    /// The quota rule profiles in `Rules/quota/` (`SETARA_RULES` names another `Rules` folder).
    public static func quotaRuleFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        DataFolders.locate("Rules", override: environment["SETARA_RULES"]).appendingPathComponent("quota")
    }

    /// The profiles a person can choose, by id (`indonesia`, `japan`, ...).
    public static func quotaRuleNames(folder: URL = quotaRuleFolder()) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Reads one quota rule profile; a missing or unsound file is an error naming the file and what is wrong.
    public static func quotaRules(_ name: String, folder: URL = quotaRuleFolder()) throws -> QuotaRules {
        let file = folder.appendingPathComponent(name + ".yaml")
        let subject = LocalizedText(id: "Aturan kuota \(file.path)", en: "Quota rule \(file.path)")
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
              let text = try? String(contentsOf: file, encoding: .utf8) else {
            let known = quotaRuleNames(folder: folder).joined(separator: ", ")
            throw AppError(.usage, subject: subject, problem: LocalizedText(id: "berkas ini tidak ada.", en: "there is no such file."),
                           hint: LocalizedText(id: "Aturan yang ada: \(known).", en: "The rules there are: \(known)."))
        }
        let rules: QuotaRules
        do {
            rules = try CatalogLoader.decode(QuotaRules.self, yaml: text)
        } catch {
            throw AppError(.data, subject: subject,
                           problem: LocalizedText(id: "tidak dapat dibaca: \(error)", en: "cannot be read: \(error)"),
                           hint: LocalizedText(id: "Bandingkan dengan Rules/quota/indonesia.yaml dan Rules/README.md.",
                                               en: "Compare it with Rules/quota/indonesia.yaml and Rules/README.md."))
        }
        let problems = rules.problems()
        guard problems.isEmpty else {
            throw AppError(.data, subject: subject,
                           problem: LocalizedText(id: "isinya salah:\n- " + problems.map(\.id).joined(separator: "\n- "),
                                                  en: "it is wrong:\n- " + problems.map(\.en).joined(separator: "\n- ")))
        }
        return rules
    }

    /// Every employer of a region (a province or regency code; nil for all) under a quota rule,
    /// on the office's day, with its open vacancies.
    public func quotaReport(region: String?, rules: QuotaRules) throws -> QuotaReport {
        if let region { try Self.checkRegion(region) }
        let day = today
        // An employer is placed by its own regency; its workplaces (and so its vacancies) may be
        // anywhere, so those are read without the region.
        let (employers, workplaces, vacancies) = try stored {
            (try store.employers(ListQuery(region: region)),
             try store.workplaces(ListQuery()),
             try store.vacancies(ListQuery(status: VacancyStatus.open.rawValue, openOn: day)))
        }
        let employerOfWorkplace = Dictionary(workplaces.map { ($0.id, $0.employerID) }, uniquingKeysWith: { a, _ in a })
        let visits = try stored { try (store as? any OutcomeReads)?.lastVisits() ?? [:] }
        var open: [String: Int] = [:]
        for vacancy in vacancies {
            if let employer = employerOfWorkplace[vacancy.workplaceID] { open[employer, default: 0] += 1 }
        }
        var rows = employers.map { e in
            let workforce = QuotaWorkforce(employer: e)
            return QuotaReport.Row(employer: e, workforce: workforce, position: rules.position(ownership: e.ownership, workforce: workforce, on: day),
                                   openVacancies: open[e.id] ?? 0, lastVisit: visits[e.id])
        }
        rows.sort { a, b in
            a.position.shortfall != b.position.shortfall ? a.position.shortfall > b.position.shortfall : a.employer.id < b.employer.id
        }
        func total(_ code: String, _ rows: some Sequence<QuotaReport.Row>) -> QuotaReport.Total {
            var t = QuotaReport.Total(code: code)
            for row in rows {
                t.employers += 1
                if !row.position.meetsQuota { t.belowQuota += 1 }
                t.headcount += row.position.headcount
                t.required += row.position.required
                t.counted += row.position.counted
                t.shortfall += row.position.shortfall
                if let levy = row.position.levyPerMonth { t.levyPerMonth = (t.levyPerMonth ?? 0) + levy }
            }
            return t
        }
        let byProvince = Dictionary(grouping: rows) { String($0.employer.regencyCode.prefix(2)) }
        let byRegency = Dictionary(grouping: rows) { $0.employer.regencyCode }
        return QuotaReport(rules: rules, day: day, region: region, rows: rows, overall: total("", rows),
                           provinces: byProvince.keys.sorted().map { total($0, byProvince[$0]!) },
                           regencies: byRegency.keys.sorted().map { total($0, byRegency[$0]!) })
    }
}
