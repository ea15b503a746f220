/// Names of the domain's codes in both languages, for text output and speech.
public protocol Labelled {
    func label(_ language: Language) -> String
    /// Other words people use for the choice ("wanita", "pria"), accepted as the labels are.
    var aliases: [String] { get }
}

extension Labelled {
    public var aliases: [String] { [] }
}

/// Choices as people write them: the id (`sensorik_netra`, `female`), or the name in Indonesian or
/// English as Setara prints it (`perempuan`, `juru bahasa isyarat`, `pendengaran`, `swasta`), or an
/// alias, in any case, with spaces, '-' or '_' alike. The names are those of `label(_:)`: one
/// table for output and input.
public enum Choice {
    public static func parse<E: RawRepresentable & CaseIterable>(_ raw: String, as type: E.Type) -> E? where E.RawValue == String {
        // Exact ids are the common case; only other spellings pay for comparing names.
        if let value = E(rawValue: raw) ?? E(rawValue: raw.codeForm) { return value }
        let words = SearchWords.of(raw)
        guard !words.isEmpty else { return nil }
        return E.allCases.first { value in
            guard let labelled = value as? any Labelled else { return false }
            return ([labelled.label(.id), labelled.label(.en)] + labelled.aliases).contains { SearchWords.of($0) == words }
        }
    }
}

extension Sex: Labelled {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.female, .id): return "perempuan"
        case (.female, .en): return "female"
        case (.male, .id): return "laki-laki"
        case (.male, .en): return "male"
        }
    }

    public var aliases: [String] {
        switch self {
        case .female: return ["wanita", "woman"]
        case .male: return ["pria", "man"]
        }
    }
}

extension SeekerStatus: Labelled {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.active, .id): return "aktif"
        case (.active, .en): return "active"
        case (.placed, .id): return "sudah ditempatkan"
        case (.placed, .en): return "placed"
        case (.inactive, .id): return "tidak aktif"
        case (.inactive, .en): return "inactive"
        }
    }

    public var aliases: [String] { self == .placed ? ["ditempatkan", "sudah bekerja"] : [] }
}

extension VacancyStatus: Labelled {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.open, .id): return "dibuka"
        case (.open, .en): return "open"
        case (.closed, .id): return "ditutup"
        case (.closed, .en): return "closed"
        }
    }

    public var aliases: [String] { self == .open ? ["buka"] : ["tutup"] }
}

extension RemoteOption: Labelled {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.none, .id): return "tidak"
        case (.none, .en): return "no"
        case (.hybrid, .id): return "sebagian"
        case (.hybrid, .en): return "partly"
        case (.full, .id): return "penuh"
        case (.full, .en): return "fully"
        }
    }

    public var aliases: [String] {
        switch self {
        case .none: return ["tidak ada"]
        case .hybrid: return ["hibrida"]
        case .full: return ["full remote", "sepenuhnya"]
        }
    }
}

extension FunctionalDimension: Labelled {
    public func label(_ language: Language) -> String {
        let (id, en): (String, String) = switch self {
        case .lifting: ("mengangkat dan membawa", "lifting and carrying")
        case .sitting: ("duduk", "sitting")
        case .standingWalking: ("berdiri dan berjalan", "standing and walking")
        case .climbingBalancing: ("memanjat dan menjaga keseimbangan", "climbing and balancing")
        case .stoopingKneeling: ("membungkuk, berlutut, berjongkok", "stooping, kneeling, crouching")
        case .reaching: ("menjangkau", "reaching")
        case .handling: ("memegang dan menangani barang", "handling")
        case .fineManipulation: ("kerja jari halus dan mengetik", "fine finger work and keyboarding")
        case .footControls: ("kendali kaki", "foot controls")
        case .nearVision: ("penglihatan dekat", "near vision")
        case .farVision: ("penglihatan jauh dan warna", "far, peripheral and colour vision")
        case .hearing: ("pendengaran", "hearing")
        case .speaking: ("berbicara", "speaking")
        case .literacy: ("membaca, menulis, berhitung", "reading, writing, arithmetic")
        case .sustainedAttention: ("perhatian berkelanjutan", "sustained attention")
        case .memoryLearning: ("daya ingat dan belajar tugas baru", "memory and learning new tasks")
        case .planning: ("perencanaan dan pemecahan masalah", "planning and problem solving")
        case .pace: ("kecepatan kerja dan tekanan waktu", "pace and time pressure")
        case .stressChange: ("menghadapi perubahan dan stres", "coping with change and stress")
        case .publicContact: ("kontak dengan publik dan konflik", "contact with the public, conflict")
        case .autonomy: ("bekerja tanpa pengawasan", "working without supervision")
        case .noise: ("kebisingan", "noise")
        case .temperature: ("panas dan dingin", "heat and cold")
        case .dustChemicals: ("debu dan bahan kimia", "dust and chemicals")
        case .light: ("cahaya", "light")
        case .vibration: ("getaran", "vibration")
        case .heights: ("ketinggian", "heights")
        case .mobility: ("berpindah tempat di lingkungan kerja", "moving about the workplace")
        }
        return language == .id ? id : en
    }
}

extension Need: Labelled {
    public func label(_ language: Language) -> String {
        let (id, en): (String, String) = switch self {
        case .stepFreeAccess: ("akses tanpa tangga", "step-free access")
        case .accessibleToilet: ("toilet aksesibel", "accessible toilet")
        case .accessibleParking: ("parkir aksesibel", "accessible parking")
        case .accessibleTransport: ("transportasi aksesibel", "accessible transport")
        case .signLanguageInterpreter: ("juru bahasa isyarat", "sign-language interpreter")
        case .captioning: ("teks atau takarir", "captioning")
        case .hearingLoop: ("hearing loop", "hearing loop")
        case .visualAlerts: ("tanda bahaya visual", "visual alerts")
        case .screenReaderSystems: ("sistem yang bisa dipakai dengan pembaca layar", "screen-reader-compatible systems")
        case .screenMagnification: ("pembesar layar", "screen magnification")
        case .accessibleDocuments: ("dokumen aksesibel (braille, audio, huruf besar)", "accessible documents (braille, audio, large print)")
        case .orientationMobility: ("orientasi dan mobilitas", "orientation and mobility")
        case .quietSpace: ("ruang tenang", "quiet space")
        case .flexibleHours: ("jam kerja fleksibel", "flexible hours")
        case .restBreaks: ("istirahat tambahan", "extra rest breaks")
        case .partTime: ("paruh waktu", "part-time work")
        case .remoteWork: ("kerja jarak jauh", "remote work")
        case .jobCoach: ("pendamping kerja", "job coach")
        case .writtenInstructions: ("instruksi tertulis", "written instructions")
        case .easyRead: ("bahan mudah dibaca", "easy-read materials")
        case .ergonomicWorkstation: ("meja kerja ergonomis", "ergonomic workstation")
        case .serviceAnimal: ("hewan pendamping", "service animal")
        case .supportiveSupervision: ("pengawasan yang mendukung", "supportive supervision")
        case .restArea: ("ruang istirahat", "rest area")
        case .evacuationSupport: ("bantuan evakuasi darurat", "help to evacuate in an emergency")
        }
        return language == .id ? id : en
    }
}

extension Feature: Labelled {
    public func label(_ language: Language) -> String {
        let (id, en): (String, String) = switch self {
        case .stepFreeEntrance: ("pintu masuk tanpa tangga", "step-free entrance")
        case .elevator: ("lift", "lift")
        case .singleLevel: ("satu lantai", "single level")
        case .wideDoorways: ("pintu lebar", "wide doorways")
        case .accessibleToilet: ("toilet aksesibel", "accessible toilet")
        case .accessibleParking: ("parkir aksesibel", "accessible parking")
        case .nearPublicTransport: ("dekat transportasi umum", "near public transport")
        case .shuttleTransport: ("antar-jemput karyawan", "staff shuttle")
        case .tactilePaving: ("jalur pemandu taktil", "tactile paving")
        case .brailleSignage: ("rambu braille", "braille signage")
        case .visualAlarms: ("alarm visual", "visual alarms")
        case .hearingLoopInstalled: ("hearing loop terpasang", "hearing loop installed")
        case .quietRoom: ("ruang tenang", "quiet room")
        case .restArea: ("ruang istirahat", "rest area")
        case .heightAdjustableDesks: ("meja yang bisa diatur tingginya", "height-adjustable desks")
        case .screenReaderCompatibleSystems: ("sistem kompatibel pembaca layar", "screen-reader-compatible systems")
        case .goodLighting: ("pencahayaan baik", "good lighting")
        case .accessibleCanteen: ("kantin aksesibel", "accessible canteen")
        case .serviceAnimalsWelcome: ("hewan pendamping diizinkan", "service animals welcome")
        }
        return language == .id ? id : en
    }
}

extension SafetyTask: Labelled {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.driving, .id): return "mengemudi"
        case (.driving, .en): return "driving"
        case (.hazardousMachinery, .id): return "mesin berbahaya"
        case (.hazardousMachinery, .en): return "hazardous machinery"
        case (.workAtHeights, .id): return "bekerja di ketinggian"
        case (.workAtHeights, .en): return "work at heights"
        }
    }
}

extension EducationLevel: Labelled {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.none, .id): return "tidak tamat SD"
        case (.none, .en): return "no completed schooling"
        case (.sd, _): return "SD"
        case (.smp, _): return "SMP"
        case (.sma, _): return "SMA"
        case (.smk, _): return "SMK"
        default: return rawValue.uppercased()
        }
    }
}

extension Ownership: Labelled {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.private, .id): return "swasta"
        case (.private, .en): return "private"
        case (.bumn, _): return "BUMN"
        case (.bumd, _): return "BUMD"
        case (.government, .id): return "pemerintah"
        case (.government, .en): return "government"
        }
    }

    public var aliases: [String] { self == .government ? ["pemerintahan", "instansi pemerintah"] : [] }
}

extension RatingSource: Labelled {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.selfReport, .id): return "laporan sendiri"
        case (.selfReport, .en): return "self-report"
        case (.specialistObservation, .id): return "pengamatan petugas"
        case (.specialistObservation, .en): return "specialist observation"
        case (.functionalAssessment, .id): return "asesmen fungsional"
        case (.functionalAssessment, .en): return "functional assessment"
        case (.medicalAssessment, .id): return "asesmen medis"
        case (.medicalAssessment, .en): return "medical assessment"
        case (.washingtonGroup, .id): return "pertanyaan Washington Group"
        case (.washingtonGroup, .en): return "Washington Group questions"
        }
    }
}

extension DisabilityCategory: Labelled {
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.fisik, .id): return "fisik"
        case (.fisik, .en): return "physical"
        case (.intelektual, .id): return "intelektual"
        case (.intelektual, .en): return "intellectual"
        case (.mental, _): return "mental"
        case (.sensorikNetra, .id): return "sensorik netra"
        case (.sensorikNetra, .en): return "sensory, blind"
        case (.sensorikRungu, .id): return "sensorik rungu"
        case (.sensorikRungu, .en): return "sensory, deaf"
        case (.sensorikWicara, .id): return "sensorik wicara"
        case (.sensorikWicara, .en): return "sensory, speech"
        case (.ganda, .id): return "ganda"
        case (.ganda, .en): return "multiple"
        }
    }
}

extension WorkFunction: Labelled {
    /// The work function an accommodation serves, as the catalog groups them (after JAN's topics).
    public func label(_ language: Language) -> String {
        let (id, en): (String, String) = switch self {
        case .accessInformation: ("mengakses informasi", "accessing information")
        case .communicate: ("berkomunikasi", "communicating")
        case .commute: ("perjalanan ke tempat kerja", "getting to work")
        case .manipulateItems: ("memegang dan memakai barang", "handling items")
        case .moveItems: ("memindahkan barang", "moving items")
        case .noise: ("kebisingan", "noise")
        case .light: ("cahaya", "light")
        case .temperature: ("suhu", "temperature")
        case .airQuality: ("kualitas udara", "air quality")
        case .stress: ("stres", "stress")
        case .useCognitiveFunction: ("mengingat, memusatkan perhatian, dan berpikir", "memory, attention and thinking")
        case .workSiteAccess: ("akses ke tempat kerja", "access to the work site")
        case .workStationAccess: ("akses ke meja kerja", "access to the workstation")
        case .workScheduling: ("jadwal kerja", "work scheduling")
        case .policies: ("kebijakan", "policies")
        case .supervisionSupport: ("pengawasan dan dukungan", "supervision and support")
        case .safety: ("keselamatan", "safety")
        case .offSiteAccess: ("bekerja di luar kantor", "working off site")
        case .operateEquipment: ("mengoperasikan peralatan atau kendaraan", "operating equipment or vehicles")
        case .parking: ("parkir", "parking")
        }
        return language == .id ? id : en
    }
}
