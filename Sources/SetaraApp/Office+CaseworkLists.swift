import Foundation
import SetaraDomain
import SetaraStore

// The casework lists (`referral list`, `placement list`, `followup list`): one office, the case
// officer, a status, what is due or overdue. The filter's words are checked here, so that every
// front end refuses the same mistakes with the same message.

extension Office {
    /// A list filter from what a person typed: the office must exist, the status must be one the
    /// list knows (`statuses`), `due` is due or overdue.
    public func caseworkFilter(seekerID: String?, officeID: String?, officer: String?, status: String?, statuses: [String],
                               due: String?, noAnswerDays: Int = 14, limit: Int) throws -> CaseworkFilter {
        let office = officeID?.trimmed.uppercased().nilIfEmpty
        if let office {
            guard try store.readTransaction({ try $0.cases.office(id: office) }) != nil else { throw AppError.missing(.office, office) }
        }
        var wanted: String?
        if let status = status?.trimmed.lowercased().nilIfEmpty {
            guard let known = statuses.first(where: { $0 == status }) ?? Self.statusAlias(status, statuses) else {
                // A referral's statuses are listed by their Indonesian names in Indonesian, each with its id.
                let named = statuses.map { id in Referral.Status(rawValue: id).map { "\($0.label.id) (\(id))" } ?? id }
                throw AppError(.usage, subject: LocalizedText(id: "--status", en: "--status"),
                               problem: LocalizedText(id: "\"\(status)\" tidak dikenal; pilihannya: \(named.joined(separator: ", ")).",
                                                      en: "\"\(status)\" is not known; the choices are: \(statuses.joined(separator: ", "))."))
            }
            wanted = known
        }
        var dueFilter: CaseworkFilter.Due?
        if let due = due?.trimmed.lowercased().nilIfEmpty {
            switch due {
            case "due", "jatuh-tempo", "jatuh_tempo": dueFilter = .due
            case "overdue", "terlambat", "lewat": dueFilter = .overdue
            default:
                throw AppError(.usage, subject: LocalizedText(id: "--due", en: "--due"),
                               problem: LocalizedText(id: "\"\(due)\" tidak dikenal; pilihannya: due (jatuh tempo hari ini atau sebelumnya) atau overdue (terlambat, sebelum hari ini).",
                                                      en: "\"\(due)\" is not known; the choices are: due (due today or before) or overdue (before today)."))
            }
        }
        guard noAnswerDays >= 1 else {
            throw AppError(.usage, subject: LocalizedText(id: "--no-answer-days", en: "--no-answer-days"),
                           problem: LocalizedText(id: "harus 1 atau lebih; Anda memberi \(noAnswerDays).", en: "must be 1 or more; you gave \(noAnswerDays)."))
        }
        return CaseworkFilter(officeID: office, officer: officer?.trimmed.nilIfEmpty, seekerID: seekerID?.trimmed.uppercased().nilIfEmpty,
                              status: wanted, due: dueFilter, today: today, noAnswerDays: noAnswerDays, limit: max(limit, 0), newestFirst: true)
    }

    /// A status given by its words in either language (`diterima bekerja`, `hired`, `proposed`).
    private static func statusAlias(_ text: String, _ statuses: [String]) -> String? {
        if text == "proposed" || text == "diusulkan" { return statuses.contains("requested") ? "requested" : nil }
        return Referral.Status.allCases.first { $0.label.id == text || $0.label.en == text || $0.aliases.contains(text) }
            .map(\.rawValue).flatMap { statuses.contains($0) ? $0 : nil }
    }

    public static let referralStatuses = Referral.Status.allCases.map(\.rawValue)
    public static let placementStatuses = ["open", "ended"]
    public static let followUpStates = ["due", "done", "closed"]

    public func referrals(_ filter: CaseworkFilter) throws -> [Referral] {
        try stored { try store.readTransaction { try $0.cases.referrals(filter) } }
    }

    public func placements(_ filter: CaseworkFilter) throws -> [Placement] {
        try stored { try store.readTransaction { try $0.cases.placements(filter) } }
    }

    public func followUps(_ filter: CaseworkFilter) throws -> [FollowUp] {
        try stored { try store.readTransaction { try $0.cases.followUps(filter) } }
    }
}
