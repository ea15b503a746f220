import Foundation
import SetaraDomain
import SetaraStore

extension Office {
    /// The seeker confirms they will come to their interview (at the voice terminal, acting as
    /// themselves; an officer may record it for them, e.g. after a phone call). Only a referral
    /// with an interview scheduled for today or later can be confirmed; a seeker can confirm
    /// only their own, and another's is answered as not found, so that nothing is given away.
    public func confirmInterview(_ reference: String) throws -> Referral {
        guard actor.role == .seeker || actor.role == .officer || actor.role == .system else {
            throw AppError(.usage, problem: LocalizedText(id: "Hanya pencari kerja atau petugasnya yang dapat mengonfirmasi wawancara.",
                                                          en: "Only the seeker or an officer can confirm an interview."))
        }
        return try stored {
            try store.transaction { tx in
                let reference = reference.trimmed.uppercased()
                guard let referral = try tx.cases.referral(reference: reference),
                      actor.role != .seeker || referral.seekerID == actor.name else { throw AppError.missing(.referral, reference) }
                let subject = referralSubject(reference)
                guard referral.status == .interview, let day = referral.interviewOn else {
                    throw AppError(.data, subject: subject,
                                   problem: LocalizedText(id: "belum ada wawancara yang dijadwalkan (status: \(referral.status.label.id)).",
                                                          en: "has no interview scheduled (status: \(referral.status.label.en))."))
                }
                guard day >= today else {
                    throw AppError(.data, subject: subject,
                                   problem: LocalizedText(id: "hari wawancara \(day) sudah lewat; tidak dapat dikonfirmasi lagi.",
                                                          en: "the interview day \(day) has passed; it can no longer be confirmed."))
                }
                if referral.interviewConfirmedOn == nil {
                    try tx.cases.confirmInterview(reference: reference, on: today)
                    try tx.cases.record([audit(.referralStep, .seeker, referral.seekerID, fields: [reference, "interview_confirmed"])])
                }
                return try tx.cases.referral(reference: reference) ?? referral
            }
        }
    }
}
