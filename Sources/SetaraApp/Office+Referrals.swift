import Foundation
import SetaraDomain
import SetaraStore

extension Office {
    /// Records a seeker's request to be put forward for a vacancy. In one transaction: the seeker
    /// and the vacancy exist, the vacancy is open, and a pair already referred gives back its
    /// referral rather than a second one.
    public func requestReferral(seekerID: String, vacancyID: String, channel: Referral.Channel, score: Int?,
                                at date: Date = Date()) throws -> (referral: Referral, isNew: Bool) {
        try stored {
            try store.transaction { tx in
                guard try tx.seeker(id: seekerID) != nil else { throw AppError.notFound(.seeker, seekerID) }
                guard let vacancy = try tx.vacancy(id: vacancyID) else { throw AppError.notFound(.vacancy, vacancyID) }
                guard vacancy.status == .open, vacancy.closesOn.map({ $0 >= today }) ?? true else {
                    throw AppError(.data, subject: LocalizedText(id: "Lowongan \(vacancyID)", en: "Vacancy \(vacancyID)"),
                                   problem: LocalizedText(id: "sudah ditutup; tidak dapat dirujuk.", en: "is closed; no referral can be made."))
                }
                if let existing = try tx.referrals(seekerID: seekerID).first(where: { $0.vacancyID == vacancyID }) {
                    return (existing, false)
                }
                let referral = try tx.addReferral(seekerID: seekerID, vacancyID: vacancyID, channel: channel, score: score, at: onOfficeDay(date),
                                                  audit: audit(.referral, .seeker, seekerID))
                try firstStep(referral, tx)
                return (try tx.cases.referral(reference: referral.reference) ?? referral, true)
            }
        }
    }

    /// Referrals, newest first: one seeker's, or all of a status.
    public func referrals(seekerID: String?, status: Referral.Status?, limit: Int) throws -> [Referral] {
        try stored {
            let all = try seekerID.map { Array(try store.referrals(seekerID: $0.trimmed.uppercased()).reversed()) }
                ?? store.referrals(status: status, limit: limit)
            return Array(all.filter { status == nil || $0.status == status }.prefix(limit))
        }
    }

    /// Saves the functional profile and needs a seeker gave (at the voice terminal), keeping the
    /// rest of the record; logged under the actor.
    public func updateProfile(seekerID: String, profile: [FunctionalDimension: CapacityRating], needs: [Need]) throws {
        try stored {
            try store.updateProfile(seekerID: seekerID, profile: profile, needs: needs,
                                    audit: audit(.profileUpdate, .seeker, seekerID, fields: ["profile", "needs"]))
        }
    }
}

extension Office {
    /// A moment on the office's day: `date` itself when it falls on that day (the usual case),
    /// otherwise noon of the office's day in WIB, so that a referral made on an office's day
    /// (a test's clock, a record entered the next morning) is dated that day.
    func onOfficeDay(_ date: Date) -> Date {
        guard Day.today(date) != today else { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
        return calendar.date(from: DateComponents(year: today.year, month: today.month, day: today.day, hour: 12)) ?? date
    }
}
