import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore

/// Casework at scale for the benchmarks: an office per regency, a case and a plan per seeker,
/// referrals over the last two years with their steps (those still open from the last six weeks), a placement for each hire with its
/// follow-ups (done when due more than 20 days ago, nine in ten of them), in one transaction.
enum CaseworkBenchData {
    /// Returns the number of seekers per office.
    static func write(_ batch: RecordBatch, referrals referralCount: Int, hiredShare: Double, today: Day,
                      into store: SQLiteStore) throws -> [String: Int] {
        var rng = SeededRandom(seed: 14)
        var perOffice: [String: Int] = [:]
        let workplaces = Dictionary(batch.workplaces.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The other outcomes, in the shares a ULD sees, filling what the hires leave.
        let others: [(Referral.Status, Double)] = [(.declined, 0.30), (.noAnswer, 0.15), (.withdrawn, 0.10), (.sent, 0.15),
                                                    (.interview, 0.10), (.checked, 0.08), (.requested, 0.07)]
        let othersTotal = others.reduce(0) { $0 + $1.1 }
        try store.transaction { tx in
            let cases = tx.cases
            let regencies = Set(batch.seekers.map(\.regencyCode)).sorted()
            for code in regencies { try cases.save(LabourOffice(id: "K" + code, name: "Disnaker \(code)", regencyCode: code)) }
            for seeker in batch.seekers {
                let office = "K" + seeker.regencyCode
                perOffice[office, default: 0] += 1
                // As in the demo: most AK/1 cards were reported at their last 6-monthly date.
                var report = seeker.registeredOn.adding(months: 6)
                while report.adding(months: 6) <= today { report = report.adding(months: 6) }
                let reported = report <= today && Double.random(in: 0..<1, using: &rng) < 0.85 ? report : nil
                try cases.save(CaseFile(seekerID: seeker.id, officeID: office, officer: "officer\(Int.random(in: 1...3, using: &rng)).\(office)",
                                        openedOn: seeker.registeredOn, jkpFrom: Double.random(in: 0..<1, using: &rng) < 0.1 ? seeker.registeredOn : nil,
                                        cardReportedOn: reported))
                try cases.add(EmploymentPlan(seekerID: seeker.id, version: 1, on: seeker.registeredOn, officer: "officer1", goals: [],
                                             accommodations: [], services: ["konseling"],
                                             reviewOn: today.adding(days: Int.random(in: -30...365, using: &rng))), officeID: office)
            }
            var sequence: [Day: Int] = [:]
            var placements = 0
            for n in 0..<referralCount {
                let seeker = batch.seekers[n % batch.seekers.count]
                let office = "K" + seeker.regencyCode
                let vacancy = batch.vacancies[(n * 7_919 + n / batch.seekers.count) % batch.vacancies.count]
                let roll = Double.random(in: 0..<1, using: &rng)
                var status = Referral.Status.hired
                if roll >= hiredShare {
                    var rest = (roll - hiredShare) / (1 - hiredShare) * othersTotal
                    status = others.last!.0
                    for (candidate, share) in others {
                        if rest < share { status = candidate; break }
                        rest -= share
                    }
                }
                // Two years of history; a referral still open is a recent one (an office marks a letter
                // unanswered after some weeks), as in the demo.
                let day = today.adding(days: -Int.random(in: 0...(status.isFinal ? 730 : 45), using: &rng))
                let number = (sequence[day] ?? 0) + 1
                sequence[day] = number
                let reference = Referral.reference(day: day, sequence: number)
                let statusOn = min(day.adding(days: Int.random(in: 0...40, using: &rng)), today)
                let interviewOn = status == .interview ? statusOn.adding(days: Int.random(in: 2...14, using: &rng)) : nil
                try cases.insert(Referral(reference: reference, seekerID: seeker.id, vacancyID: vacancy.id, requestedAt: "\(day)T03:00:00Z",
                                          channel: .officer, status: status, officeID: office, statusOn: statusOn, interviewOn: interviewOn))
                try cases.addStepOnly(ReferralStep(reference: reference, status: .requested, on: day, officer: "officer1"))
                if status != .requested {
                    try cases.addStepOnly(ReferralStep(reference: reference, status: status, on: statusOn, officer: "officer1", interviewOn: interviewOn))
                }
                guard status == .hired, let workplace = workplaces[vacancy.workplaceID] else { continue }
                placements += 1
                let start = statusOn.adding(days: 7)
                let placement = Placement(id: Placement.idPrefix + zeroPadded(placements, 6), seekerID: seeker.id, referral: reference,
                                          employerID: workplace.employerID, workplaceID: workplace.id, vacancyID: vacancy.id,
                                          jobTitle: vacancy.title, kbji: vacancy.kbji, startOn: start, wage: vacancy.wageMin,
                                          hoursPerWeek: vacancy.hoursPerWeek, contract: .pkwt, accommodations: [], officer: "officer1")
                try cases.add(placement, officeID: office)
                for month in FollowUp.defaultMonths {
                    let due = start.adding(months: month)
                    let done = due < today.adding(days: -20) && Double.random(in: 0..<1, using: &rng) < 0.9
                    let result: FollowUp.Result? = done ? (Double.random(in: 0..<1, using: &rng) < 0.8 ? .sameEmployer : .notWorking) : nil
                    try cases.save(FollowUp(placementID: placement.id, seekerID: seeker.id, month: month, dueOn: due, state: done ? .done : .due,
                                            doneOn: done ? due : nil, officer: done ? "officer1" : nil, result: result),
                                   officeID: office)
                }
            }
        }
        return perOffice
    }
}
