import Foundation
import SetaraDomain

// Casework history in the interchange format (issue 14): referrals with their steps,
// placements and follow-ups, one flat record each, so that an office's spreadsheet (one row per
// referral, a pair of columns per step: its day and its officer) reads the same as YAML or JSON.
// Reading only checks each record's own fields; whether a step may follow another, and whether
// the seekers, vacancies and placements exist, is the application layer's (Office.importCasework).

/// A referral as an office's spreadsheet keeps it: each step its day and the officer who took it.
public struct ReferralHistory: Sendable, Equatable {
    /// `RJ-YYYYMMDD-NNNN`; given on import when the file has none.
    public var reference: String?
    public var seekerID: String
    public var vacancyID: String
    public var channel: Referral.Channel
    public var score: Int?
    /// When the request was made (ISO 8601); noon of `proposedOn` in WIB when not given.
    public var requestedAt: String?
    /// The office whose case it is; the seeker's case office when not given.
    public var office: String?
    public var proposedOn: Day
    public var proposedBy: String?
    public var checkedOn: Day?
    public var checkedBy: String?
    public var consentToShare: Bool?
    public var sentOn: Day?
    public var sentBy: String?
    /// The day the interview was arranged, and the interview's own day.
    public var interviewScheduledOn: Day?
    public var interviewBy: String?
    public var interviewOn: Day?
    public var interviewPlace: String?
    public var interviewAccommodations: [String]
    /// The day the seeker confirmed they will come (at the voice terminal).
    public var interviewConfirmedOn: Day?
    public var outcome: Referral.Status?
    public var outcomeOn: Day?
    public var outcomeBy: String?
    /// Why not hired, why withdrawn.
    public var outcomeReason: String?
    /// Why a step was skipped (a hire after a work trial with no interview).
    public var skipReason: String?
}

/// A placement as a spreadsheet keeps it. The hire is the referral's step: its day and officer
/// come from the referral's outcome in the same import, or from `hiredOn` and `hiredBy`.
public struct PlacementHistory: Sendable, Equatable {
    public var id: String?
    public var referral: String
    /// Checked against the referral when given.
    public var seekerID: String?
    public var vacancyID: String?
    public var hiredOn: Day?
    public var hiredBy: String?
    public var startOn: Day
    public var contract: ContractKind
    public var wage: Int?
    public var hoursPerWeek: Int?
    public var jobTitle: String?
    public var accommodations: [String]
    public var endedOn: Day?
    public var endReason: String?
}

/// A follow-up that was done (scheduled ones follow from their placement's start).
public struct FollowUpHistory: Sendable, Equatable {
    /// The placement followed up, or (without it) the seeker's placement at that time.
    public var placementID: String?
    public var seekerID: String?
    /// Months after the start; the earliest still due when not given.
    public var month: Int?
    public var doneOn: Day
    public var doneBy: String?
    public var result: FollowUp.Result
    public var wage: Int?
    public var accommodationsWork: Bool?
    public var problems: String?
    public var nextStep: String?
}

public enum CaseworkCodec {
    public static let referralFields = [
        "reference", "seeker", "vacancy", "channel", "score", "requested_at", "office", "proposed_on", "proposed_by",
        "checked_on", "checked_by", "consent_to_share", "sent_on", "sent_by", "interview_scheduled_on", "interview_by", "interview_on",
        "interview_place", "interview_accommodations", "interview_confirmed_on", "outcome", "outcome_on", "outcome_by", "outcome_reason", "skip_reason",
    ]
    public static let placementFields = [
        "id", "referral", "seeker", "vacancy", "employer", "workplace", "kbji", "hired_on", "hired_by", "start_on", "contract", "wage",
        "hours_per_week", "job_title", "accommodations", "ended_on", "end_reason",
    ]
    public static let followUpFields = [
        "placement", "seeker", "month", "due_on", "done_on", "done_by", "result", "wage", "accommodations_work", "problems", "next_step",
    ]

    static func fields(_ kind: ImportKind) -> [String] {
        switch kind {
        case .referrals: return referralFields
        case .placements: return placementFields
        case .followups: return followUpFields
        default: return []
        }
    }

    /// The outcomes a referral file may give.
    static let outcomes: [Referral.Status] = [.hired, .declined, .withdrawn, .noAnswer]

    public struct Result<Record: Sendable>: Sendable {
        public var record: Record?
        public var issues: [ValidationIssue]
    }

    /// A record id or reference, upper-cased as the store keeps it.
    private static func id(_ r: inout FieldReader, _ key: String, required: Bool = false) -> String? {
        r.text(key, required: required)?.uppercased()
    }

    public static func referral(_ value: FieldValue) -> Result<ReferralHistory> {
        var r = FieldReader(value)
        r.rejectUnknown(known: Set(referralFields), expected: referralFields)
        let reference = id(&r, "reference")
        if let reference, !isReference(reference) {
            r.issues.append(.init(field: "reference", problem: .described(
                en: "\"\(reference.prefix(40))\" is not a reference; expected RJ-YYYYMMDD-NNNN, e.g. RJ-20261130-0001.",
                id: "\"\(reference.prefix(40))\" bukan nomor rujukan; harus RJ-TTTTBBHH-NNNN, misalnya RJ-20261130-0001.")))
        }
        let seeker = id(&r, "seeker", required: true)
        let vacancy = id(&r, "vacancy", required: true)
        let channel = r.choice("channel", Referral.Channel.self) ?? .officer
        let score = r.int("score", 0...100)
        let requestedAt = r.text("requested_at")
        if let requestedAt, Timestamp.date(requestedAt) == nil {
            r.issues.append(.init(field: "requested_at", problem: .described(
                en: "not a time; expected ISO 8601 such as 2026-11-30T03:15:00Z.", id: "bukan waktu; harus ISO 8601, misalnya 2026-11-30T03:15:00Z.")))
        }
        let office = id(&r, "office")
        let proposedOn = r.day("proposed_on", required: true)
        var history = ReferralHistory(
            reference: reference, seekerID: seeker ?? "", vacancyID: vacancy ?? "", channel: channel, score: score, requestedAt: requestedAt, office: office,
            proposedOn: proposedOn ?? Day(year: 2000, month: 1, day: 1)!, proposedBy: r.text("proposed_by"),
            checkedOn: r.day("checked_on"), checkedBy: r.text("checked_by"), consentToShare: r.bool("consent_to_share"),
            sentOn: r.day("sent_on"), sentBy: r.text("sent_by"),
            interviewScheduledOn: r.day("interview_scheduled_on"), interviewBy: r.text("interview_by"), interviewOn: r.day("interview_on"),
            interviewPlace: r.text("interview_place"), interviewAccommodations: r.list("interview_accommodations"),
            interviewConfirmedOn: r.day("interview_confirmed_on"), outcome: nil, outcomeOn: r.day("outcome_on"), outcomeBy: r.text("outcome_by"), outcomeReason: r.text("outcome_reason"),
            skipReason: r.text("skip_reason"))
        if let text = r.text("outcome") {
            if let status = Choice.parse(text, as: Referral.Status.self), outcomes.contains(status) {
                history.outcome = status
            } else {
                r.issues.append(.init(field: "outcome", problem: .notOneOf(value: text, allowed: outcomes.map(\.rawValue))))
            }
        }
        // A step's day and its details come together: a day without its step would be lost.
        if history.checkedOn == nil, history.checkedBy != nil || history.consentToShare != nil {
            r.issues.append(.init(field: "checked_on", problem: .missing))
        }
        if history.sentOn == nil, history.sentBy != nil { r.issues.append(.init(field: "sent_on", problem: .missing)) }
        if history.interviewScheduledOn != nil || history.interviewBy != nil || history.interviewPlace != nil
            || !history.interviewAccommodations.isEmpty || history.interviewConfirmedOn != nil, history.interviewOn == nil {
            r.issues.append(.init(field: "interview_on", problem: .missing))
        }
        if history.outcome != nil, history.outcomeOn == nil { r.issues.append(.init(field: "outcome_on", problem: .missing)) }
        // Each step on or after the one before it: a spreadsheet's slip of the pen, found here
        // with both days named, rather than as a step of a referral not yet made.
        var previous = ("proposed_on", history.proposedOn)
        for (field, day) in [("checked_on", history.checkedOn), ("sent_on", history.sentOn),
                             ("interview_scheduled_on", history.interviewScheduledOn), ("outcome_on", history.outcomeOn)] {
            guard let day, proposedOn != nil else { continue }
            if day < previous.1 {
                r.issues.append(.init(field: field, problem: .described(
                    en: "\(day) is before \(previous.0) \(previous.1); each step is on or after the one before it.",
                    id: "\(day) sebelum \(previous.0) \(previous.1); setiap langkah pada hari yang sama atau sesudah langkah sebelumnya.")))
            }
            previous = (field, day)
        }
        if history.outcome == nil, history.outcomeOn != nil || history.outcomeBy != nil || history.outcomeReason != nil {
            r.issues.append(.init(field: "outcome", problem: .missing))
        }
        guard r.issues.isEmpty else { return Result(record: nil, issues: r.issues) }
        return Result(record: history, issues: [])
    }

    public static func placement(_ value: FieldValue) -> Result<PlacementHistory> {
        var r = FieldReader(value)
        r.rejectUnknown(known: Set(placementFields), expected: placementFields)
        let placementID = Self.id(&r, "id")
        if let placementID, Validate.recordID(placementID, prefix: Placement.idPrefix) != nil {
            r.issues.append(.init(field: "id", problem: .id(expectedPrefix: Placement.idPrefix)))
        }
        let referral = Self.id(&r, "referral", required: true)
        // Written by export for the reader; the referral says which they are.
        _ = (r.text("employer"), r.text("workplace"), r.text("kbji"))
        let history = PlacementHistory(
            id: placementID, referral: referral ?? "", seekerID: Self.id(&r, "seeker"), vacancyID: Self.id(&r, "vacancy"),
            hiredOn: r.day("hired_on"), hiredBy: r.text("hired_by"), startOn: r.day("start_on", required: true) ?? Day(year: 2000, month: 1, day: 1)!,
            contract: r.choice("contract", ContractKind.self, required: true) ?? .pkwt, wage: r.int("wage", 0...1_000_000_000),
            hoursPerWeek: r.int("hours_per_week", 1...84), jobTitle: r.text("job_title"), accommodations: r.list("accommodations"),
            endedOn: r.day("ended_on"), endReason: r.text("end_reason"))
        if history.endedOn != nil, history.endReason == nil { r.issues.append(.init(field: "end_reason", problem: .missing)) }
        if history.endedOn == nil, history.endReason != nil { r.issues.append(.init(field: "ended_on", problem: .missing)) }
        guard r.issues.isEmpty else { return Result(record: nil, issues: r.issues) }
        return Result(record: history, issues: [])
    }

    public static func followUp(_ value: FieldValue) -> Result<FollowUpHistory> {
        var r = FieldReader(value)
        r.rejectUnknown(known: Set(followUpFields), expected: followUpFields)
        let placement = id(&r, "placement")
        let seeker = id(&r, "seeker")
        if placement == nil, seeker == nil { r.issues.append(.init(field: "placement", problem: .missing)) }
        // The day it was due follows from the placement's start; export writes it for the reader.
        _ = r.day("due_on")
        let history = FollowUpHistory(
            placementID: placement, seekerID: seeker, month: r.int("month", 1...120), doneOn: r.day("done_on", required: true) ?? Day(year: 2000, month: 1, day: 1)!,
            doneBy: r.text("done_by"), result: r.choice("result", FollowUp.Result.self, required: true) ?? .unreachable,
            wage: r.int("wage", 0...1_000_000_000), accommodationsWork: r.bool("accommodations_work"), problems: r.text("problems"),
            nextStep: r.text("next_step"))
        guard r.issues.isEmpty else { return Result(record: nil, issues: r.issues) }
        return Result(record: history, issues: [])
    }

    static func isReference(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, text.hasPrefix("RJ-"), bytes[11] == UInt8(ascii: "-") else { return false }
        let digits = bytes[3..<11] + bytes[12..<16]
        return digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && Day(parsing: "\(text.dropFirst(3).prefix(4))-\(text.dropFirst(7).prefix(2))-\(text.dropFirst(9).prefix(2))") != nil
    }

    // MARK: Export

    /// A referral and its steps as one record: what `import referrals` reads back.
    public static func fields(_ referral: Referral, steps: [ReferralStep]) -> [(String, OutValue)] {
        func step(_ status: Referral.Status) -> ReferralStep? { steps.last { $0.status == status } }
        let proposed = step(.requested)
        let checked = step(.checked), sent = step(.sent), interview = step(.interview)
        let outcome = steps.last { $0.status.isFinal }
        // A reason on a step other than the first and an outcome's is the reason that step was skipped to.
        let skip = steps.first { $0.reason != nil && [.checked, .sent, .interview, .hired].contains($0.status) }
        let proposedOn = proposed?.on ?? Day.today(Timestamp.date(referral.requestedAt) ?? Date())
        return [
            ("reference", .text(referral.reference)), ("seeker", .text(referral.seekerID)), ("vacancy", .text(referral.vacancyID)),
            ("channel", .text(referral.channel.rawValue)), ("score", referral.score.map(OutValue.int) ?? .null),
            ("requested_at", .text(referral.requestedAt)), ("office", .optional(referral.officeID)),
            ("proposed_on", .text(proposedOn.description)), ("proposed_by", .optional(proposed?.officer)),
            ("checked_on", .optional(checked?.on.description)), ("checked_by", .optional(checked?.officer)),
            ("consent_to_share", checked?.consentToShare.map(OutValue.bool) ?? .null),
            ("sent_on", .optional(sent?.on.description)), ("sent_by", .optional(sent?.officer)),
            ("interview_scheduled_on", .optional(interview?.on.description)), ("interview_by", .optional(interview?.officer)),
            ("interview_on", .optional(interview?.interviewOn?.description)), ("interview_place", .optional(interview?.place)),
            ("interview_accommodations", .texts(interview?.accommodations ?? [])),
            ("interview_confirmed_on", .optional(referral.interviewConfirmedOn?.description)),
            ("outcome", .optional(outcome?.status.rawValue)), ("outcome_on", .optional(outcome?.on.description)),
            ("outcome_by", .optional(outcome?.officer)),
            ("outcome_reason", .optional(outcome?.status == .hired ? nil : outcome?.reason)), ("skip_reason", .optional(skip?.reason)),
        ]
    }

    /// A placement with the day and officer of its hire.
    public static func fields(_ p: Placement, hired: ReferralStep?) -> [(String, OutValue)] {
        [
            ("id", .text(p.id)), ("referral", .text(p.referral)), ("seeker", .text(p.seekerID)), ("vacancy", .text(p.vacancyID)),
            ("employer", .text(p.employerID)), ("workplace", .text(p.workplaceID)), ("kbji", .text(p.kbji)),
            ("hired_on", .optional(hired?.on.description)), ("hired_by", .optional(hired?.officer)),
            ("start_on", .text(p.startOn.description)), ("contract", .text(p.contract.rawValue)), ("wage", p.wage.map(OutValue.int) ?? .null),
            ("hours_per_week", p.hoursPerWeek.map(OutValue.int) ?? .null), ("job_title", .text(p.jobTitle)),
            ("accommodations", .texts(p.accommodations)), ("ended_on", .optional(p.endedOn?.description)), ("end_reason", .optional(p.endReason)),
        ]
    }

    /// A follow-up that was done.
    public static func fields(_ f: FollowUp) -> [(String, OutValue)] {
        [
            ("placement", .text(f.placementID)), ("seeker", .text(f.seekerID)), ("month", .int(f.month)), ("due_on", .text(f.dueOn.description)),
            ("done_on", .optional(f.doneOn?.description)), ("done_by", .optional(f.officer)), ("result", .optional(f.result?.rawValue)),
            ("wage", f.wage.map(OutValue.int) ?? .null), ("accommodations_work", f.accommodationsWork.map(OutValue.bool) ?? .null),
            ("problems", .optional(f.problems)), ("next_step", .optional(f.nextStep)),
        ]
    }
}
