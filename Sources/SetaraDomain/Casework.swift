import Foundation

// Casework: what a placement officer does after the match (issue 14). The stages and where
// each comes from are in docs/casework.md.

/// A regency or city labour office (Disnaker) and its disability service unit (ULD).
public struct LabourOffice: Codable, Sendable, Hashable, Identifiable {
    /// Short code the office chooses, e.g. `K3471` (Kota Yogyakarta).
    public var id: String
    public var name: String
    /// The regency (4 digits) it serves: a seeker of this regency belongs to it unless an
    /// officer opened their case elsewhere.
    public var regencyCode: String

    public init(id: String, name: String, regencyCode: String) {
        self.id = id
        self.name = name
        self.regencyCode = regencyCode
    }
}

/// A placement officer (pengantar kerja) of an office, known by the name they work under
/// (`--officer`, `SETARA_OFFICER`).
public struct Officer: Codable, Sendable, Hashable, Identifiable {
    public var username: String
    public var name: String
    public var officeID: String
    public var id: String { username }

    public init(username: String, name: String, officeID: String) {
        self.username = username
        self.name = name
        self.officeID = officeID
    }
}

/// A seeker's case at an office: which office and which officer hold it, and whether the
/// seeker receives JKP (job-loss insurance, Jaminan Kehilangan Pekerjaan), who come first.
public struct CaseFile: Codable, Sendable, Hashable {
    public var seekerID: String
    public var officeID: String
    /// The officer responsible (the case manager).
    public var officer: String
    public var openedOn: Day
    /// JKP benefit period, when the seeker receives it.
    public var jkpFrom: Day?
    public var jkpUntil: Day?
    /// The AK/1 card's latest 6-monthly report (Permenaker 39/2016).
    public var cardReportedOn: Day?

    public init(seekerID: String, officeID: String, officer: String, openedOn: Day, jkpFrom: Day? = nil, jkpUntil: Day? = nil,
                cardReportedOn: Day? = nil) {
        self.cardReportedOn = cardReportedOn
        self.seekerID = seekerID
        self.officeID = officeID
        self.officer = officer
        self.openedOn = openedOn
        self.jkpFrom = jkpFrom
        self.jkpUntil = jkpUntil
    }

    public var isJKP: Bool { jkpFrom != nil }
}

extension Referral.Status {
    /// The order of the steps a referral goes through; the outcomes share the last place.
    public var rank: Int {
        switch self {
        case .requested: return 0
        case .checked: return 1
        case .sent: return 2
        case .interview: return 3
        case .hired, .declined, .withdrawn, .noAnswer: return 4
        }
    }

    /// Hired, not hired, withdrawn or no answer: nothing follows.
    public var isFinal: Bool { rank == 4 }

    public var label: LocalizedText {
        switch self {
        case .requested: return LocalizedText(id: "diusulkan", en: "proposed")
        case .checked: return LocalizedText(id: "diperiksa petugas", en: "checked by the officer")
        case .sent: return LocalizedText(id: "surat pengantar dikirim", en: "letter sent")
        case .interview: return LocalizedText(id: "wawancara dijadwalkan", en: "interview scheduled")
        case .hired: return LocalizedText(id: "diterima bekerja", en: "hired")
        case .declined: return LocalizedText(id: "tidak diterima", en: "not hired")
        case .withdrawn: return LocalizedText(id: "dibatalkan pencari kerja", en: "withdrawn by the seeker")
        case .noAnswer: return LocalizedText(id: "tidak ada jawaban", en: "no answer")
        }
    }
}

/// One step of a referral, dated and signed by the officer who took it.
public struct ReferralStep: Codable, Sendable, Hashable {
    public var reference: String
    public var status: Referral.Status
    public var on: Day
    public var officer: String
    /// Why a step was skipped, why the seeker was not hired, why it was withdrawn.
    public var reason: String?
    /// Interview: when and where, and what to arrange (an interpreter, a step-free room).
    public var interviewOn: Day?
    public var place: String?
    public var accommodations: [String]
    /// Checked: the seeker agreed that the employer sees their functional profile and needs.
    public var consentToShare: Bool?

    public init(reference: String, status: Referral.Status, on: Day, officer: String, reason: String? = nil,
                interviewOn: Day? = nil, place: String? = nil, accommodations: [String] = [], consentToShare: Bool? = nil) {
        self.reference = reference
        self.status = status
        self.on = on
        self.officer = officer
        self.reason = reason
        self.interviewOn = interviewOn
        self.place = place
        self.accommodations = accommodations
        self.consentToShare = consentToShare
    }
}

public enum ContractKind: String, Codable, Sendable, CaseIterable {
    /// PKWT: fixed-term; PKWTT: permanent.
    case pkwt, pkwtt, daily, apprenticeship

    public var label: LocalizedText {
        switch self {
        case .pkwt: return LocalizedText(id: "PKWT (waktu tertentu)", en: "PKWT (fixed-term)")
        case .pkwtt: return LocalizedText(id: "PKWTT (tetap)", en: "PKWTT (permanent)")
        case .daily: return LocalizedText(id: "harian lepas", en: "daily")
        case .apprenticeship: return LocalizedText(id: "pemagangan", en: "apprenticeship")
        }
    }
}

/// A seeker hired through a referral (as Hello Work counts a placement).
public struct Placement: Codable, Sendable, Hashable, Identifiable {
    /// `P000001`.
    public var id: String
    public var seekerID: String
    public var referral: String
    public var employerID: String
    public var workplaceID: String
    public var vacancyID: String
    public var jobTitle: String
    public var kbji: String
    public var startOn: Day
    /// Monthly wage in rupiah.
    public var wage: Int?
    public var hoursPerWeek: Int?
    public var contract: ContractKind
    /// Catalog ids of the accommodations actually provided.
    public var accommodations: [String]
    public var officer: String
    /// When the job ended (a follow-up found the seeker not working), and why.
    public var endedOn: Day?
    public var endReason: String?

    public init(id: String, seekerID: String, referral: String, employerID: String, workplaceID: String, vacancyID: String,
                jobTitle: String, kbji: String, startOn: Day, wage: Int?, hoursPerWeek: Int?, contract: ContractKind,
                accommodations: [String], officer: String, endedOn: Day? = nil, endReason: String? = nil) {
        self.id = id
        self.seekerID = seekerID
        self.referral = referral
        self.employerID = employerID
        self.workplaceID = workplaceID
        self.vacancyID = vacancyID
        self.jobTitle = jobTitle
        self.kbji = kbji
        self.startOn = startOn
        self.wage = wage
        self.hoursPerWeek = hoursPerWeek
        self.contract = contract
        self.accommodations = accommodations
        self.officer = officer
        self.endedOn = endedOn
        self.endReason = endReason
    }

    public static let idPrefix = "P"
}

/// A retention follow-up of a placement, due some months after the start.
public struct FollowUp: Codable, Sendable, Hashable {
    public enum Result: String, Codable, Sendable, CaseIterable {
        case sameEmployer = "same_employer", otherEmployer = "other_employer", notWorking = "not_working", unreachable

        public var label: LocalizedText {
            switch self {
            case .sameEmployer: return LocalizedText(id: "bekerja di pemberi kerja yang sama", en: "working with the same employer")
            case .otherEmployer: return LocalizedText(id: "bekerja di pemberi kerja lain", en: "working with another employer")
            case .notWorking: return LocalizedText(id: "tidak bekerja", en: "not working")
            case .unreachable: return LocalizedText(id: "tidak dapat dihubungi", en: "could not be reached")
            }
        }
    }

    public enum State: String, Codable, Sendable {
        /// Scheduled and not yet recorded; overdue once its day has passed.
        case due
        case done
        /// The job ended before it came: no longer asked for.
        case closed
    }

    public var placementID: String
    public var seekerID: String
    /// Months after the start: 1, 3, 6, 12.
    public var month: Int
    public var dueOn: Day
    public var state: State
    /// When it was done (may be after `dueOn`: recorded late) and by whom.
    public var doneOn: Day?
    public var officer: String?
    public var result: Result?
    public var wage: Int?
    public var accommodationsWork: Bool?
    public var problems: String?
    public var nextStep: String?

    public init(placementID: String, seekerID: String, month: Int, dueOn: Day, state: State = .due, doneOn: Day? = nil,
                officer: String? = nil, result: Result? = nil, wage: Int? = nil, accommodationsWork: Bool? = nil,
                problems: String? = nil, nextStep: String? = nil) {
        self.placementID = placementID
        self.seekerID = seekerID
        self.month = month
        self.dueOn = dueOn
        self.state = state
        self.doneOn = doneOn
        self.officer = officer
        self.result = result
        self.wage = wage
        self.accommodationsWork = accommodationsWork
        self.problems = problems
        self.nextStep = nextStep
    }

    /// The months after the start when a placement is followed up, unless configured otherwise.
    public static let defaultMonths = [1, 3, 6, 12]
}

/// A dated note by an officer about a seeker. Sensitive: never exported, never shown to an
/// employer, never written to a log or an error message.
public struct CaseNote: Codable, Sendable, Hashable {
    public var id: Int
    public var seekerID: String
    public var on: Day
    public var officer: String
    public var text: String

    public init(id: Int, seekerID: String, on: Day, officer: String, text: String) {
        self.id = id
        self.seekerID = seekerID
        self.on = on
        self.officer = officer
        self.text = text
    }
}

/// A visit, call or online meeting with an employer (job canvassing, Hello Work's job development).
public struct EmployerVisit: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case visit, call, online }

    public var id: Int
    public var employerID: String
    public var officeID: String?
    public var on: Day
    public var officer: String
    public var kind: Kind
    public var purpose: String
    public var result: String?
    public var vacanciesObtained: Int
    public var nextOn: Day?

    public init(id: Int, employerID: String, officeID: String?, on: Day, officer: String, kind: Kind, purpose: String,
                result: String?, vacanciesObtained: Int, nextOn: Day?) {
        self.id = id
        self.employerID = employerID
        self.officeID = officeID
        self.on = on
        self.officer = officer
        self.kind = kind
        self.purpose = purpose
        self.result = result
        self.vacanciesObtained = vacanciesObtained
        self.nextOn = nextOn
    }
}

/// A version of a seeker's individual employment plan (US VR's IPE): every version is kept.
public struct EmploymentPlan: Codable, Sendable, Hashable {
    public var seekerID: String
    public var version: Int
    public var on: Day
    public var officer: String
    /// KBJI codes of the goal occupations.
    public var goals: [String]
    /// Catalog ids of the accommodations agreed.
    public var accommodations: [String]
    /// Services: training, counselling, work trial ...
    public var services: [String]
    public var reviewOn: Day?

    public init(seekerID: String, version: Int, on: Day, officer: String, goals: [String], accommodations: [String],
                services: [String], reviewOn: Day?) {
        self.seekerID = seekerID
        self.version = version
        self.on = on
        self.officer = officer
        self.goals = goals
        self.accommodations = accommodations
        self.services = services
        self.reviewOn = reviewOn
    }
}

/// A seeker referred to training (a BLK, Balai Latihan Kerja, or another institution), as part
/// of their plan.
public struct TrainingReferral: Codable, Sendable, Hashable {
    public enum Result: String, Codable, Sendable, CaseIterable {
        case enrolled, completed, certified, droppedOut = "dropped_out"

        public var label: LocalizedText {
            switch self {
            case .enrolled: return LocalizedText(id: "sedang mengikuti", en: "enrolled")
            case .completed: return LocalizedText(id: "selesai", en: "completed")
            case .certified: return LocalizedText(id: "selesai dan bersertifikat", en: "completed and certified")
            case .droppedOut: return LocalizedText(id: "berhenti", en: "dropped out")
            }
        }
    }

    public var id: Int
    public var seekerID: String
    public var institution: String
    public var programme: String
    public var startOn: Day
    public var endOn: Day?
    public var result: Result
    public var resultOn: Day?
    /// The plan version it serves.
    public var planVersion: Int?
    public var officer: String

    public init(id: Int, seekerID: String, institution: String, programme: String, startOn: Day, endOn: Day?, result: Result = .enrolled,
                resultOn: Day? = nil, planVersion: Int?, officer: String) {
        self.id = id
        self.seekerID = seekerID
        self.institution = institution
        self.programme = programme
        self.startOn = startOn
        self.endOn = endOn
        self.result = result
        self.resultOn = resultOn
        self.planVersion = planVersion
        self.officer = officer
    }
}

/// Something an officer has to do on or before a day.
public struct DueItem: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case followUp = "follow_up", interview, noAnswer = "no_answer", planReview = "plan_review", visit
        case cardReport = "card_report", cardRenewal = "card_renewal", training
    }

    public var kind: Kind
    public var on: Day
    public var seekerID: String?
    public var employerID: String?
    /// The record concerned: a placement, a referral's reference.
    public var recordID: String
    public var officeID: String?
    public var officer: String?
    public var jkp: Bool
    /// The follow-up's month, for a follow-up.
    public var month: Int?

    public init(kind: Kind, on: Day, seekerID: String?, employerID: String? = nil, recordID: String, officeID: String?,
                officer: String?, jkp: Bool, month: Int? = nil) {
        self.kind = kind
        self.on = on
        self.seekerID = seekerID
        self.employerID = employerID
        self.recordID = recordID
        self.officeID = officeID
        self.officer = officer
        self.jkp = jkp
        self.month = month
    }
}

extension Day {
    /// The same day `months` later; the 31st becomes the month's last day.
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y))) ?? self
    }

    /// The day `days` later (or earlier); itself outside the years a record may carry.
    public func adding(days: Int) -> Day {
        Day(dayNumber: dayNumber + days) ?? self
    }
}

// Casework choices typed in files and on the command line, by id or by their words in either
// language (`diterima bekerja`, `PKWTT (tetap)`, `tidak bekerja`), as the other choices are (Labels.swift).
extension Referral.Status: Labelled {
    public func label(_ language: Language) -> String { label.text(language) }
    public var aliases: [String] {
        switch self {
        // The short words a person types (`--status wawancara`).
        case .requested: return ["proposed", "diusulkan", "diminta", "usulan"]
        case .checked: return ["diperiksa", "checked"]
        case .sent: return ["dikirim", "terkirim"]
        case .interview: return ["wawancara"]
        case .hired: return ["diterima"]
        case .declined: return ["not hired", "ditolak", "declined"]
        case .withdrawn: return ["dibatalkan", "mundur", "withdrawn"]
        case .noAnswer: return ["no answer", "tanpa jawaban"]
        }
    }
}

extension ContractKind: Labelled {
    public func label(_ language: Language) -> String { label.text(language) }
    public var aliases: [String] {
        switch self {
        case .pkwt: return ["fixed-term", "kontrak", "waktu tertentu"]
        case .pkwtt: return ["permanent", "tetap"]
        case .daily: return ["harian"]
        case .apprenticeship: return ["magang"]
        }
    }
}

extension FollowUp.Result: Labelled {
    public func label(_ language: Language) -> String { label.text(language) }
}
