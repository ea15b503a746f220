import Foundation
import SetaraDomain
import SetaraStore

/// Two years of fictional casework for the demo: offices and officers where most seekers live,
/// plans, referrals that move through their steps (or stop, as real ones do), placements, the
/// follow-ups done on time, late or not yet, a few job losses, and employer visits. Dated back
/// from `today`, so that the due list has something to show on the day the demo is made.
public struct DemoCasework: Sendable {
    public var offices: [LabourOffice] = []
    public var officers: [Officer] = []
    public var caseFiles: [CaseFile] = []
    public var plans: [EmploymentPlan] = []
    public var referrals: [Referral] = []
    public var steps: [ReferralStep] = []
    public var placements: [Placement] = []
    public var followUps: [FollowUp] = []
    public var visits: [EmployerVisit] = []
    public var trainings: [TrainingReferral] = []

    public init() {}

    static let declineReasons = ["Kualifikasi belum sesuai", "Posisi sudah terisi", "Pengalaman kerja kurang", "Jarak tempat kerja terlalu jauh",
                                 "Belum lolos tes keterampilan"]
    static let withdrawReasons = ["Sudah bekerja di tempat lain", "Pindah domisili", "Jadwal kerja tidak cocok", "Alasan keluarga"]
    static let endReasons = ["Kontrak tidak diperpanjang", "Mengundurkan diri", "Perusahaan mengurangi pekerja", "Masalah transportasi"]
    static let visitPurposes = ["Penjajakan lowongan", "Sosialisasi kuota 1% dan 2%", "Pendampingan pekerja yang ditempatkan",
                                "Membahas akomodasi yang layak", "Bursa kerja inklusif"]
    static let services = ["pelatihan BLK", "konseling karier", "uji coba kerja", "pelatihan TIK aksesibel", "pendampingan job coach"]

    /// Builds the casework over `batch` and brings the batch in line with it: a seeker with a
    /// job is placed, a vacancy whose openings are filled is closed, and each employer counts
    /// the workers placed with it.
    public static func generate(_ batch: inout RecordBatch, today: Day, seed: UInt64) -> DemoCasework {
        var rng = SeededRandom(seed: seed &+ 14)
        var work = DemoCasework()
        let start = today.adding(years: -2)

        // Offices where most seekers live.
        var perRegency: [String: Int] = [:]
        for seeker in batch.seekers { perRegency[seeker.regencyCode, default: 0] += 1 }
        // The busiest regency of each province, for offices across the country rather than six in Jakarta.
        var perProvince: [String: (code: String, count: Int)] = [:]
        for (code, count) in perRegency.sorted(by: { $0.key < $1.key }) {
            let province = String(code.prefix(2))
            if count > perProvince[province]?.count ?? 0 { perProvince[province] = (code, count) }
        }
        let busiest = perProvince.values.sorted { ($0.count, $1.code) > ($1.count, $0.code) }.prefix(6).map(\.code)
        var officersByOffice: [String: [String]] = [:]
        for code in busiest {
            let name = Regions.regency(code: code)?.name ?? code
            let office = LabourOffice(id: "K" + code, name: "Disnaker \(name)", regencyCode: code)
            work.offices.append(office)
            for _ in 0..<Int.random(in: 2...3, using: &rng) {
                let female = rng.chance(0.6)
                let given = rng.pick(female ? DemoVocabulary.femaleGivenNames : DemoVocabulary.maleGivenNames)
                let username = given.lowercased().filter(\.isLetter) + "." + code
                guard !work.officers.contains(where: { $0.username == username }) else { continue }
                work.officers.append(Officer(username: username, name: "\(given) \(rng.pick(DemoVocabulary.familyNames))", officeID: office.id))
                officersByOffice[office.id, default: []].append(username)
            }
        }

        // Vacancies by province, with their employer, for referrals near the seeker.
        let workplaces = Dictionary(batch.workplaces.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var vacanciesByProvince: [String: [Int]] = [:]
        for (index, vacancy) in batch.vacancies.enumerated() {
            guard let workplace = workplaces[vacancy.workplaceID] else { continue }
            vacanciesByProvince[workplace.provinceCode, default: []].append(index)
        }
        var employerIndex: [String: Int] = [:]
        for (index, employer) in batch.employers.enumerated() { employerIndex[employer.id] = index }
        var filled: [Int: Int] = [:]
        var sequence: [Day: Int] = [:]
        var placementNumber = 0

        for s in batch.seekers.indices {
            let seeker = batch.seekers[s]
            let officeID = "K" + seeker.regencyCode
            guard let officers = officersByOffice[officeID], seeker.registeredOn <= today else { continue }
            let opened = max(seeker.registeredOn, start)
            let officer = rng.pick(officers)
            var file = CaseFile(seekerID: seeker.id, officeID: officeID, officer: officer, openedOn: opened)
            if rng.chance(0.15) {
                file.jkpFrom = opened.adding(days: -Int.random(in: 3...20, using: &rng))
                file.jkpUntil = file.jkpFrom?.adding(months: 6)
            }
            // Most cards were reported on time; the rest come up in the due list.
            var report = opened.adding(months: 6)
            while report.adding(months: 6) <= today { report = report.adding(months: 6) }
            if report <= today, rng.chance(0.85) { file.cardReportedOn = report }
            work.caseFiles.append(file)
            let goals = Array(seeker.preferredOccupations.prefix(2))
            work.plans.append(EmploymentPlan(seekerID: seeker.id, version: 1, on: opened.adding(days: Int.random(in: 0...14, using: &rng)),
                                             officer: officer, goals: goals, accommodations: [], services: [rng.pick(services)],
                                             reviewOn: opened.adding(months: 3)))
            if rng.chance(0.4), opened.adding(months: 3) <= today {
                let on = opened.adding(months: 3).adding(days: Int.random(in: 0...20, using: &rng))
                if on <= today {
                    work.plans.append(EmploymentPlan(seekerID: seeker.id, version: 2, on: on, officer: officer, goals: goals,
                                                     accommodations: [], services: [rng.pick(services), rng.pick(services)].uniqued(),
                                                     reviewOn: on.adding(months: 6)))
                }
            }
            // The latest plan's review comes up around now: reviews were kept up until the last one.
            if let last = work.plans.indices.last {
                work.plans[last].reviewOn = max(work.plans[last].on.adding(days: 30), today.adding(days: Int.random(in: -20...90, using: &rng)))
            }
            // Some go to a BLK first, as their plan says.
            if rng.chance(0.25) {
                let startOn = opened.adding(days: Int.random(in: 14...45, using: &rng))
                let endOn = startOn.adding(days: Int.random(in: 20...60, using: &rng))
                if startOn <= today {
                    let done = endOn.adding(days: Int.random(in: 0...10, using: &rng))
                    let roll = Double.random(in: 0..<1, using: &rng)
                    let result: TrainingReferral.Result = done > today ? .enrolled : roll < 0.45 ? .certified : roll < 0.85 ? .completed : .droppedOut
                    work.trainings.append(TrainingReferral(
                        id: work.trainings.count + 1, seekerID: seeker.id, institution: "BLK \(Regions.regency(code: seeker.regencyCode)?.name ?? seeker.regencyCode)",
                        programme: rng.pick(["Operator komputer", "Menjahit", "Tata boga", "Servis telepon genggam", "Desain grafis"]),
                        startOn: startOn, endOn: endOn, result: result, resultOn: result == .enrolled ? nil : done, planVersion: 1, officer: officer))
                }
            }
            // Referrals, one after another, until the seeker is placed or the days run out.
            var day = opened.adding(days: Int.random(in: 10...60, using: &rng))
            var referred = Set<Int>()
            var placed = false
            let candidates = vacanciesByProvince[seeker.provinceCode] ?? []
            for _ in 0..<Int.random(in: 0...4, using: &rng) where !placed && day <= today && !candidates.isEmpty {
                let v = rng.pick(candidates)
                guard referred.insert(v).inserted else { continue }
                let vacancy = batch.vacancies[v]
                let number = (sequence[day] ?? 0) + 1
                sequence[day] = number
                let reference = Referral.reference(day: day, sequence: number)
                let voice = rng.chance(0.3)
                var referral = Referral(reference: reference, seekerID: seeker.id, vacancyID: vacancy.id,
                                        requestedAt: "\(day)T0\(Int.random(in: 1...8, using: &rng)):15:00Z", channel: voice ? .voice : .officer,
                                        score: Int.random(in: 45...92, using: &rng), officeID: officeID)
                var chain: [ReferralStep] = [ReferralStep(reference: reference, status: .requested, on: day,
                                                          officer: voice ? "seeker:\(seeker.id)" : officer)]
                var at = day
                func step(_ status: Referral.Status, after days: ClosedRange<Int>, reason: String? = nil, rng: inout SeededRandom) -> Bool {
                    let next = at.adding(days: Int.random(in: days, using: &rng))
                    guard next <= today else { return false }
                    at = next
                    chain.append(ReferralStep(reference: reference, status: status, on: next, officer: officer, reason: reason,
                                              consentToShare: status == .checked ? rng.chance(0.85) : nil))
                    return true
                }
                var hiredOn: Day?
                if step(.checked, after: 0...3, rng: &rng), step(.sent, after: 1...4, rng: &rng) {
                    let roll = Double.random(in: 0..<1, using: &rng)
                    if roll < 0.45 {
                        let interviewOn = at.adding(days: Int.random(in: 5...14, using: &rng))
                        // Arranged before (or on) the interview's own day, as an officer's command requires.
                        let scheduled = min(at.adding(days: Int.random(in: 2...6, using: &rng)), interviewOn)
                        if scheduled <= today {
                            at = scheduled
                            chain.append(ReferralStep(reference: reference, status: .interview, on: scheduled, officer: officer, interviewOn: interviewOn,
                                                      place: workplaces[vacancy.workplaceID]?.name,
                                                      accommodations: seeker.needs.contains(.signLanguageInterpreter) ? ["juru bahasa isyarat"] : []))
                            referral.interviewOn = interviewOn
                            let outcome = Double.random(in: 0..<1, using: &rng)
                            let open = batch.vacancies[v].status == .open && (filled[v] ?? 0) < vacancy.openings
                            if interviewOn.adding(days: 3) <= today {
                                if outcome < 0.5 && open {
                                    at = interviewOn.adding(days: Int.random(in: 1...5, using: &rng))
                                    if at <= today {
                                        chain.append(ReferralStep(reference: reference, status: .hired, on: at, officer: officer))
                                        hiredOn = at
                                    }
                                } else if outcome < 0.85 {
                                    _ = step(.declined, after: 4...10, reason: rng.pick(declineReasons), rng: &rng)
                                } else {
                                    _ = step(.withdrawn, after: 1...5, reason: rng.pick(withdrawReasons), rng: &rng)
                                }
                            }
                        }
                    } else if roll < 0.65 {
                        _ = step(.declined, after: 5...15, reason: rng.pick(declineReasons), rng: &rng)
                    } else if roll < 0.8 {
                        _ = step(.noAnswer, after: 15...30, rng: &rng)
                    } else if roll < 0.9 {
                        _ = step(.withdrawn, after: 2...10, reason: rng.pick(withdrawReasons), rng: &rng)
                    } else {
                        // The officer marks it unanswered after some weeks; a recent one is still waiting.
                        _ = step(.noAnswer, after: 20...40, rng: &rng)
                    }
                }
                referral.status = chain.last?.status ?? .requested
                referral.statusOn = chain.last?.on
                work.referrals.append(referral)
                work.steps += chain
                day = at.adding(days: Int.random(in: 7...45, using: &rng))

                guard let hiredOn, let workplace = workplaces[vacancy.workplaceID] else { continue }
                placementNumber += 1
                filled[v, default: 0] += 1
                let startOn = hiredOn.adding(days: Int.random(in: 3...14, using: &rng))
                var placement = Placement(
                    id: Placement.idPrefix + zeroPadded(placementNumber, 6), seekerID: seeker.id, referral: reference,
                    employerID: workplace.employerID, workplaceID: workplace.id, vacancyID: vacancy.id, jobTitle: vacancy.title,
                    kbji: vacancy.kbji, startOn: startOn, wage: vacancy.wageMin, hoursPerWeek: vacancy.hoursPerWeek,
                    contract: rng.pick([.pkwt, .pkwt, .pkwtt, .daily, .apprenticeship]),
                    accommodations: Array(workplace.accommodations.prefix(2)), officer: officer)
                placed = true
                for month in FollowUp.defaultMonths {
                    let due = startOn.adding(months: month)
                    var followUp = FollowUp(placementID: placement.id, seekerID: seeker.id, month: month, dueOn: due)
                    if placement.endedOn != nil {
                        followUp.state = .closed
                    } else {
                        let done = due.adding(days: rng.chance(0.75) ? Int.random(in: 0...3, using: &rng) : Int.random(in: 8...40, using: &rng))
                        if done <= today, rng.chance(0.92) {
                            followUp.state = .done
                            followUp.doneOn = done
                            followUp.officer = officer
                            let lost = rng.chance(0.07)
                            followUp.result = lost ? .notWorking : rng.chance(0.06) ? .unreachable : .sameEmployer
                            followUp.wage = lost ? nil : placement.wage
                            followUp.accommodationsWork = lost ? nil : rng.chance(0.85)
                            if lost {
                                let reason = rng.pick(endReasons)
                                followUp.problems = reason
                                followUp.nextStep = "Rujukan baru"
                                placement.endedOn = done
                                placement.endReason = reason
                                placed = false
                                day = done.adding(days: Int.random(in: 7...30, using: &rng))
                            }
                        }
                    }
                    work.followUps.append(followUp)
                }
                work.placements.append(placement)
                if placement.endedOn == nil, let e = employerIndex[workplace.employerID] {
                    // As a hire through `setara referral hire` counts it: full-time, not severe.
                    _ = batch.employers[e].countHire()
                }
                if (filled[v] ?? 0) >= vacancy.openings { batch.vacancies[v].status = .closed }
            }
            batch.seekers[s].status = placed ? .placed : .active
        }

        // Employer visits: each officer, about once a month, to an employer in the office's province.
        var employersByProvince: [String: [String]] = [:]
        for employer in batch.employers { employersByProvince[employer.provinceCode, default: []].append(employer.id) }
        for officer in work.officers {
            guard let office = work.offices.first(where: { $0.id == officer.officeID }),
                  let nearby = employersByProvince[String(office.regencyCode.prefix(2))], !nearby.isEmpty else { continue }
            var on = start.adding(days: Int.random(in: 0...30, using: &rng))
            while on <= today {
                let obtained = rng.chance(0.4) ? Int.random(in: 1...3, using: &rng) : 0
                work.visits.append(EmployerVisit(
                    id: work.visits.count + 1, employerID: rng.pick(nearby), officeID: office.id, on: on, officer: officer.username,
                    kind: rng.pick([.visit, .visit, .call, .online]), purpose: rng.pick(visitPurposes),
                    result: obtained > 0 ? "\(obtained) lowongan diperoleh" : "Belum ada lowongan; dihubungi lagi", vacanciesObtained: obtained,
                    // Older visits' next steps were taken; the recent ones' are still ahead or just due.
                    nextOn: on.adding(days: 90) >= today ? on.adding(days: Int.random(in: 20...60, using: &rng)) : nil))
                on = on.adding(days: Int.random(in: 20...40, using: &rng))
            }
        }
        return work
    }

    /// Writes it all through one transaction's casework records.
    public func write(to cases: any CaseRecords) throws {
        for office in offices { try cases.save(office) }
        for officer in officers { try cases.save(officer) }
        for file in caseFiles { try cases.save(file) }
        let office = Dictionary(caseFiles.map { ($0.seekerID, $0.officeID) }, uniquingKeysWith: { a, _ in a })
        for plan in plans { try cases.add(plan, officeID: office[plan.seekerID]) }
        for referral in referrals { try cases.insert(referral) }
        for step in steps { try cases.addStepOnly(step) }
        for placement in placements { try cases.add(placement, officeID: office[placement.seekerID]) }
        for followUp in followUps { try cases.save(followUp, officeID: office[followUp.seekerID]) }
        for visit in visits { _ = try cases.addVisit(visit) }
        for training in trainings { _ = try cases.addTraining(training, officeID: office[training.seekerID]) }
    }
}
