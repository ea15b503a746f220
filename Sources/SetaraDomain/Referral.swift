import Foundation

/// A seeker's request to be put forward for a vacancy; a placement officer takes it up with the
/// employer. The reference is what the seeker hears and keeps (RJ-20261123-0007).
public struct Referral: Codable, Sendable, Hashable, Identifiable {
    public var reference: String
    public var seekerID: String
    public var vacancyID: String
    /// When the request was made, as ISO 8601 (UTC).
    public var requestedAt: String
    public var channel: Channel
    public var status: Status
    /// The match score when the request was made, so the officer sees what the seeker heard.
    public var score: Int?
    /// The office whose case it is (set when an officer takes a step; nil for a request not yet taken up).
    public var officeID: String?
    /// The day of the latest step.
    public var statusOn: Day?
    /// The interview day, once one is scheduled.
    public var interviewOn: Day?
    /// The day the seeker confirmed they will come to the interview (at the voice terminal).
    public var interviewConfirmedOn: Day?

    public var id: String { reference }

    public enum Channel: String, Codable, Sendable, CaseIterable {
        case voice, officer
    }

    public enum Status: String, Codable, Sendable, CaseIterable {
        /// `requested` is the step docs/casework.md calls proposed (the name databases before v6 hold).
        case requested, checked, sent, interview, hired, declined, withdrawn
        case noAnswer = "no_answer"
    }

    public init(reference: String, seekerID: String, vacancyID: String, requestedAt: String, channel: Channel,
                status: Status = .requested, score: Int? = nil, officeID: String? = nil, statusOn: Day? = nil, interviewOn: Day? = nil,
                interviewConfirmedOn: Day? = nil) {
        self.interviewConfirmedOn = interviewConfirmedOn
        self.officeID = officeID
        self.statusOn = statusOn
        self.interviewOn = interviewOn
        self.reference = reference
        self.seekerID = seekerID
        self.vacancyID = vacancyID
        self.requestedAt = requestedAt
        self.channel = channel
        self.status = status
        self.score = score
    }

    /// `RJ-YYYYMMDD-NNNN`: the day and that day's sequence number.
    public static func reference(day: Day, sequence: Int) -> String {
        "RJ-\(zeroPadded(day.year, 4))\(zeroPadded(day.month, 2))\(zeroPadded(day.day, 2))-\(zeroPadded(sequence, 4))"
    }
}
