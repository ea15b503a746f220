import Foundation
import SetaraKit

extension ReferralLetter {
    /// What the HTML page and the PDF print.
    public var content: ReferralLetterHTML.Content {
        ReferralLetterHTML.Content(
            reference: reference, date: date, officeName: office?.name ?? "-", officeRegency: office?.regencyCode, officer: officer,
            seekerName: seekerName, seekerID: seekerID, jobTitle: vacancy.title, kbji: vacancy.kbji, vacancyID: vacancy.id,
            employerName: employer?.name ?? "-", workplace: [workplace?.name, workplace?.address].compactMap { $0 }.joined(separator: ", "),
            consentToShare: consentToShare, needs: needs, interviewOn: interviewOn, interviewPlace: interviewPlace,
            interviewAccommodations: interviewAccommodations)
    }
}
