import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraStore

/// A small, fast rng generator with a fixed seed, so that the demo data set is the same
/// on every machine (SplitMix64).
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}

/// Sizes of the generated data set.
public struct DemoSize: Sendable {
    public var seekers: Int
    public var employers: Int
    public var vacancies: Int

    public init(seekers: Int = 2_000, employers: Int = 300, vacancies: Int = 1_500) {
        self.seekers = seekers
        self.employers = employers
        self.vacancies = vacancies
    }
}

/// Generates a fictional but realistic data set: names, regions, occupations, functional
/// profiles, needs and accommodations that a ULD officer would recognise. Nobody in it exists.
public struct DemoGenerator {
    /// The provinces the demo covers, with their weight (larger labour markets get more records).
    static let provinces: [(code: String, weight: Int)] = [("31", 5), ("32", 5), ("33", 4), ("34", 3), ("35", 5), ("51", 2), ("73", 2), ("12", 2)]

    let catalog: Catalog
    let today: Day
    var rng: SeededRandom

    public init(catalog: Catalog, seed: UInt64 = 2016, today: Day = Day(year: 2026, month: 11, day: 1)!) {
        self.catalog = catalog
        self.today = today
        rng = SeededRandom(seed: seed)
    }

    mutating func regency() -> Regency {
        let total = Self.provinces.reduce(0) { $0 + $1.weight }
        var roll = Int.random(in: 0..<total, using: &rng)
        for (code, weight) in Self.provinces {
            if roll < weight {
                let regencies = Regions.regencies(inProvince: code)
                if !regencies.isEmpty { return rng.pick(regencies) }
            }
            roll -= weight
        }
        return rng.pick(Regions.regencies)
    }

    /// A day from `start` to `days` days after it, every day as likely.
    mutating func day(from start: Day, days: Int) -> Day {
        Day(dayNumber: start.dayNumber + Int.random(in: 0...max(days, 0), using: &rng)) ?? start
    }

    mutating func phone() -> String {
        let prefix = rng.pick(["811", "812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "895", "896"])
        let rest = (0..<8).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
        return "+62" + prefix + rest
    }

    func idString(_ prefix: String, _ number: Int, digits: Int) -> String { prefix + zeroPadded(number, digits) }

    /// An employer's workforce breakdown, from its number rather than the random stream (so that
    /// every other demo figure stays as it was): every third employer has a fifth of its workers
    /// on short hours and a third of its workers with disabilities among them; every fourth has
    /// half of its workers with disabilities with a severe disability, half of those on short
    /// hours where it has short-time ones. So Japan's rule, which weighs them, has something to weigh.
    static func workforce(index: Int, headcount: Int, disabled: Int)
        -> (shortTime: Int, shortTimeDisabled: Int, severe: Int, severeShortTime: Int) {
        var shortTime = index % 3 == 0 ? headcount / 5 : 0
        var shortTimeDisabled = min(disabled / 3, shortTime)
        if disabled - shortTimeDisabled > headcount - shortTime { shortTime = 0; shortTimeDisabled = 0 }
        let severe = index % 4 == 0 ? disabled / 2 : 0
        return (shortTime, shortTimeDisabled, severe, min(severe, shortTimeDisabled) / 2)
    }

    public mutating func generate(size: DemoSize = DemoSize()) -> RecordBatch {
        var batch = RecordBatch()
        let accommodationIDs = catalog.accommodations.filter { $0.costBand <= .from1mTo5m }.map(\.id)
        // Employers and their workplaces.
        var workplaces: [Workplace] = []
        for index in 1...max(size.employers, 1) {
            let region = regency()
            let ownershipRoll = Int.random(in: 0..<100, using: &rng)
            let ownership: Ownership = ownershipRoll < 72 ? .private : ownershipRoll < 84 ? .bumn : ownershipRoll < 90 ? .bumd : .government
            let headcount = Int(exp(Double.random(in: log(15)...log(6_000), using: &rng)))
            let stem = rng.pick(DemoVocabulary.companyStems) + " " + rng.pick(DemoVocabulary.companyStems)
            let field = rng.pick(DemoVocabulary.companyFields)
            let name: String = switch ownership {
            case .private: "PT \(stem) \(field)"
            case .bumn: "PT \(field) \(rng.pick(DemoVocabulary.companyStems)) (Persero)"
            case .bumd: "Perumda \(field) \(region.name.replacingOccurrences(of: "Kota ", with: "").replacingOccurrences(of: "Kabupaten ", with: ""))"
            case .government: "Dinas \(field) \(region.name)"
            }
            let quota = Int((Double(headcount) * ownership.quotaPercent / 100).rounded(.up))
            let disabled = min(headcount, Int.random(in: 0...max(quota * 3 / 2, 1), using: &rng))
            let workforce = Self.workforce(index: index, headcount: headcount, disabled: disabled)
            let employer = Employer(id: idString("E", index, digits: 5), name: name, ownership: ownership, headcount: headcount,
                                    employeesWithDisabilities: disabled, shortTimeWorkers: workforce.shortTime,
                                    shortTimeWithDisabilities: workforce.shortTimeDisabled, withSevereDisabilities: workforce.severe,
                                    shortTimeWithSevereDisabilities: workforce.severeShortTime, sector: field, phone: rng.chance(0.8) ? phone() : nil,
                                    email: "hrd\(index)@contoh-perusahaan.id", regencyCode: region.code)
            batch.employers.append(employer)
            let sites = headcount > 1_000 ? 3 : headcount > 200 ? 2 : 1
            for site in 1...sites {
                let siteRegion = site == 1 ? region : rng.chance(0.6) ? region : regency()
                let modern = rng.chance(0.45)
                var features: [Feature] = []
                for feature in Feature.allCases {
                    let p: Double = switch feature {
                    case .stepFreeEntrance, .accessibleToilet, .wideDoorways, .elevator: modern ? 0.85 : 0.25
                    case .singleLevel: 0.35
                    case .nearPublicTransport, .goodLighting: 0.6
                    case .screenReaderCompatibleSystems: modern ? 0.4 : 0.1
                    case .quietRoom, .restArea: 0.3
                    default: modern ? 0.25 : 0.05
                    }
                    if rng.chance(p) { features.append(feature) }
                }
                let provided = accommodationIDs.isEmpty ? [] : (0..<Int.random(in: 0...6, using: &rng)).map { _ in rng.pick(accommodationIDs) }
                var seen = Set<String>()
                let workplace = Workplace(id: idString("W", workplaces.count + 1, digits: 5), employerID: employer.id,
                                          name: site == 1 ? "Kantor pusat" : "Lokasi \(site) \(siteRegion.name)",
                                          address: "\(rng.pick(DemoVocabulary.streets)) No. \(Int.random(in: 1...250, using: &rng)), \(siteRegion.name)",
                                          regencyCode: siteRegion.code, features: features,
                                          accommodations: provided.filter { seen.insert($0).inserted })
                workplaces.append(workplace)
            }
        }
        batch.workplaces = workplaces

        // Vacancies.
        for index in 1...max(size.vacancies, 1) {
            let occupation = rng.pick(DemoVocabulary.occupations)
            let workplace = rng.pick(workplaces)
            var demands: [FunctionalDimension: Int] = [:]
            for (dimension, level) in occupation.demands {
                let jitter = rng.chance(0.25) ? (rng.chance(0.5) ? -1 : 1) : 0
                demands[dimension] = min(max(level + jitter, dimension.scale.lowerBound), dimension.scale.upperBound)
            }
            let wage = Int.random(in: occupation.wageRange, using: &rng) / 50_000 * 50_000
            let posted = day(from: today.adding(years: -1), days: 330)
            batch.vacancies.append(Vacancy(
                id: idString("V", index, digits: 6), workplaceID: workplace.id,
                title: occupation.title.id, kbji: occupation.kbji, openings: rng.chance(0.7) ? 1 : Int.random(in: 2...10, using: &rng),
                demands: demands, minEducation: occupation.minEducation, hoursPerWeek: occupation.hoursPerWeek,
                nightShift: occupation.nightShift, remote: occupation.remotePossible ? (rng.chance(0.5) ? .hybrid : .full) : .none,
                wageMin: wage, wageMax: wage + 50_000 * Int.random(in: 0...20, using: &rng),
                safetyTasks: occupation.safetyTasks, postedOn: posted, closesOn: posted.adding(years: 1),
                status: rng.chance(0.9) ? .open : .closed))
        }

        // Seekers.
        var niks = Set<String>()
        for index in 1...max(size.seekers, 1) {
            let region = regency()
            let female = rng.chance(0.48)
            let given = rng.pick(female ? DemoVocabulary.femaleGivenNames : DemoVocabulary.maleGivenNames)
            let name = rng.chance(0.85) ? "\(given) \(rng.pick(DemoVocabulary.familyNames))" : given
            let birth = day(from: Day(year: 1968, month: 1, day: 1)!, days: 365 * 38)
            var nik: String
            repeat {
                let district = zeroPadded(Int.random(in: 1...30, using: &rng), 2)
                let ddmmyy = zeroPadded(birth.day + (female ? 40 : 0), 2) + zeroPadded(birth.month, 2) + zeroPadded(birth.year % 100, 2)
                nik = region.code + district + ddmmyy + zeroPadded(Int.random(in: 1...9_999, using: &rng), 4)
            } while !niks.insert(nik).inserted
            let archetype = rng.pick(Archetype.allCases)
            let registered = day(from: today.adding(years: -2), days: 700)
            let (profile, needs, restrictions, category) = archetype.profile(rng: &rng, assessedOn: registered)
            let education = rng.pick([EducationLevel.sd, .smp, .sma, .sma, .smk, .smk, .d3, .s1, .s1, .s2])
            let preferred = (0..<Int.random(in: 1...3, using: &rng)).map { _ in rng.pick(DemoVocabulary.occupations).kbji }
            let skills = (0..<Int.random(in: 1...4, using: &rng)).map { _ in rng.pick(DemoVocabulary.skills).id }
            let consent = rng.chance(0.85)
            let seeker = Seeker(
                id: idString("S", index, digits: 6), nik: nik, name: name, birthDate: birth, sex: female ? .female : .male,
                phone: rng.chance(0.9) ? phone() : nil, email: nil, regencyCode: region.code,
                address: "\(rng.pick(DemoVocabulary.streets)) No. \(Int.random(in: 1...120, using: &rng)), \(region.name)",
                education: education, skills: skills.uniqued(), preferredOccupations: preferred.uniqued(),
                languages: rng.chance(0.3) ? ["id", "en"] : ["id"],
                maxHoursPerWeek: rng.chance(0.2) ? 25 : 40, nightShiftOK: rng.chance(0.3), wantsRemote: rng.chance(0.25),
                wageExpectation: Int.random(in: 2_200_000...7_000_000, using: &rng) / 100_000 * 100_000,
                profile: profile, needs: needs, safetyRestrictions: restrictions,
                consent: Consent(given: consent, recordedOn: consent ? registered : nil, recordedBy: consent ? "ULD \(region.name)" : nil),
                registeredOn: registered, status: rng.chance(0.9) ? .active : .placed)
            batch.seekers.append(seeker)
            if consent, let category { batch.categories[seeker.id] = category }
        }
        return batch
    }
}

/// Functional patterns seen at a ULD desk. They shape the generated profiles and needs; the
/// category they imply is stored apart and never read by matching.
enum Archetype: CaseIterable {
    case wheelchairUser, walkingDifficulty, upperLimb, blind, lowVision, deaf, hardOfHearing, intellectual, psychosocial,
         autistic, chronicIllness, speech, none

    func profile(rng: inout SeededRandom, assessedOn: Day)
        -> ([FunctionalDimension: CapacityRating], [Need], [SafetyTask], DisabilityCategory?) {
        let source: RatingSource = rng.chance(0.5) ? .functionalAssessment : rng.chance(0.5) ? .specialistObservation : .washingtonGroup
        func r(_ without: Int, _ with: Int? = nil) -> CapacityRating {
            CapacityRating(withoutAids: without, withAids: with ?? without, source: source, assessedOn: assessedOn)
        }
        switch self {
        case .wheelchairUser:
            return ([.standingWalking: r(0, 1), .climbingBalancing: r(0), .stoopingKneeling: r(0), .lifting: r(1), .footControls: r(0),
                     .sitting: r(3), .reaching: r(2)],
                    [.stepFreeAccess, .accessibleToilet] + (rng.chance(0.4) ? [.accessibleTransport] : []) + (rng.chance(0.3) ? [.ergonomicWorkstation] : []),
                    [.workAtHeights], .fisik)
        case .walkingDifficulty:
            return ([.standingWalking: r(1, 2), .climbingBalancing: r(0, 1), .stoopingKneeling: r(1), .lifting: r(1, 2)],
                    rng.chance(0.5) ? [.stepFreeAccess] : [.accessibleParking], [.workAtHeights], .fisik)
        case .upperLimb:
            return ([.handling: r(1, 2), .fineManipulation: r(1, 2), .reaching: r(1), .lifting: r(1)],
                    rng.chance(0.5) ? [.ergonomicWorkstation] : [], [.hazardousMachinery], .fisik)
        case .blind:
            return ([.nearVision: r(0, 3), .farVision: r(0), .literacy: r(3, 4)],
                    [.screenReaderSystems, .accessibleDocuments] + (rng.chance(0.5) ? [.orientationMobility] : []),
                    [.driving, .hazardousMachinery], .sensorikNetra)
        case .lowVision:
            return ([.nearVision: r(1, 2), .farVision: r(1), .light: r(2)],
                    [.screenMagnification] + (rng.chance(0.4) ? [.accessibleDocuments] : []), [.driving], .sensorikNetra)
        case .deaf:
            return ([.hearing: r(0), .speaking: r(1, 2), .publicContact: r(2)],
                    [.signLanguageInterpreter, .visualAlerts] + (rng.chance(0.5) ? [.captioning] : []), [], .sensorikRungu)
        case .hardOfHearing:
            return ([.hearing: r(1, 2), .noise: r(1)],
                    [.hearingLoop] + (rng.chance(0.5) ? [.captioning] : []), [], .sensorikRungu)
        case .intellectual:
            return ([.literacy: r(2), .planning: r(2), .memoryLearning: r(1, 2), .pace: r(2), .autonomy: r(2, 3)],
                    [.jobCoach, .easyRead] + (rng.chance(0.5) ? [.writtenInstructions] : []), [.driving], .intelektual)
        case .psychosocial:
            return ([.stressChange: r(2, 3), .pace: r(2), .publicContact: r(2), .sustainedAttention: r(2)],
                    [.flexibleHours, .quietSpace] + (rng.chance(0.5) ? [.supportiveSupervision] : []), [], .mental)
        case .autistic:
            return ([.noise: r(1, 2), .publicContact: r(1), .stressChange: r(2, 3), .light: r(2)],
                    [.quietSpace, .writtenInstructions], [], .mental)
        case .chronicIllness:
            return ([.lifting: r(1), .temperature: r(2), .pace: r(2)],
                    [.restBreaks] + (rng.chance(0.5) ? [.partTime] : [.restArea]), [], nil)
        case .speech:
            return ([.speaking: r(0, 1), .publicContact: r(2)], [.writtenInstructions], [], .sensorikWicara)
        case .none:
            return ([:], [], [], nil)
        }
    }
}
