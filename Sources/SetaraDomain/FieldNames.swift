/// The names of each kind of record's fields, as import files, exports, the command line, messages
/// and the audit log write them: one list, so that a field is named the same everywhere and a new
/// one is added in one place.
public enum SeekerField: String, CaseIterable, Sendable {
    case id, nik, name, birthDate = "birth_date", sex, phone, email, regency, address, education, skills
    case preferredOccupations = "preferred_occupations", languages, maxHoursPerWeek = "max_hours_per_week"
    case nightShiftOK = "night_shift_ok", wantsRemote = "wants_remote", wageExpectation = "wage_expectation"
    case needs, safetyRestrictions = "safety_restrictions", consent, consentRecordedOn = "consent_recorded_on"
    case consentRecordedBy = "consent_recorded_by", disabilityCategory = "disability_category"
    case registeredOn = "registered_on", status
    /// The functional profile: nested in YAML and JSON, a column per dimension in CSV.
    case profile
    /// CSV: where and when the whole profile was assessed, for dimensions without their own.
    case profileSource = "profile_source", profileAssessedOn = "profile_assessed_on"
}

public enum EmployerField: String, CaseIterable, Sendable {
    case id, name, ownership, headcount, employeesWithDisabilities = "employees_with_disabilities"
    /// The workforce breakdown a quota rule may weigh (docs/reports.md): parts of the two counts above.
    case shortTimeWorkers = "short_time_workers", shortTimeWithDisabilities = "short_time_with_disabilities"
    case withSevereDisabilities = "with_severe_disabilities", shortTimeWithSevereDisabilities = "short_time_with_severe_disabilities"
    case sector, phone, email, regency
}

public enum WorkplaceField: String, CaseIterable, Sendable {
    case id, employer, name, address, regency, features, accommodations
}

public enum VacancyField: String, CaseIterable, Sendable {
    case id, workplace, title, kbji, openings, minEducation = "min_education", hoursPerWeek = "hours_per_week"
    case nightShift = "night_shift", remote, wageMin = "wage_min", wageMax = "wage_max", safetyTasks = "safety_tasks"
    case postedOn = "posted_on", closesOn = "closes_on", status
    /// The job's demand profile: nested in YAML and JSON, a column per dimension in CSV.
    case demands
}

extension FunctionalDimension {
    /// CSV columns beside a dimension's rating: where it came from and when.
    public var sourceField: String { rawValue + "_source" }
    public var assessedOnField: String { rawValue + "_assessed_on" }
}

// MARK: Indonesian names

/// A field name in Indonesian: import files may name their columns and keys in either language
/// (`nama` or `name`, `tanggal_lahir` or `birth_date`). Each field's Indonesian name is given by
/// a `switch`, so that a field added to a list above cannot be left without one.
public protocol FieldName: RawRepresentable, CaseIterable where RawValue == String {
    var indonesian: String { get }
}

extension SeekerField: FieldName {
    public var indonesian: String {
        switch self {
        case .id: return "id"
        case .nik: return "nik"
        case .name: return "nama"
        case .birthDate: return "tanggal_lahir"
        case .sex: return "jenis_kelamin"
        case .phone: return "telepon"
        case .email: return "surel"
        case .regency: return "kabupaten_kota"
        case .address: return "alamat"
        case .education: return "pendidikan"
        case .skills: return "keterampilan"
        case .preferredOccupations: return "jabatan_diminati"
        case .languages: return "bahasa"
        case .maxHoursPerWeek: return "jam_kerja_maks_per_minggu"
        case .nightShiftOK: return "bersedia_sif_malam"
        case .wantsRemote: return "ingin_kerja_jarak_jauh"
        case .wageExpectation: return "harapan_upah"
        case .needs: return "kebutuhan"
        case .safetyRestrictions: return "larangan_tugas_berisiko"
        case .consent: return "persetujuan"
        case .consentRecordedOn: return "persetujuan_dicatat_pada"
        case .consentRecordedBy: return "persetujuan_dicatat_oleh"
        case .disabilityCategory: return "ragam_disabilitas"
        case .registeredOn: return "tanggal_daftar"
        case .status: return "status"
        case .profile: return "profil"
        case .profileSource: return "sumber_profil"
        case .profileAssessedOn: return "profil_dinilai_pada"
        }
    }
}

extension EmployerField: FieldName {
    public var indonesian: String {
        switch self {
        case .id: return "id"
        case .name: return "nama"
        case .ownership: return "kepemilikan"
        case .headcount: return "jumlah_pekerja"
        case .employeesWithDisabilities: return "pekerja_disabilitas"
        case .shortTimeWorkers: return "pekerja_paruh_waktu"
        case .shortTimeWithDisabilities: return "pekerja_disabilitas_paruh_waktu"
        case .withSevereDisabilities: return "pekerja_disabilitas_berat"
        case .shortTimeWithSevereDisabilities: return "pekerja_disabilitas_berat_paruh_waktu"
        case .sector: return "sektor"
        case .phone: return "telepon"
        case .email: return "surel"
        case .regency: return "kabupaten_kota"
        }
    }
}

extension WorkplaceField: FieldName {
    public var indonesian: String {
        switch self {
        case .id: return "id"
        case .employer: return "pemberi_kerja"
        case .name: return "nama"
        case .address: return "alamat"
        case .regency: return "kabupaten_kota"
        case .features: return "fitur"
        case .accommodations: return "akomodasi"
        }
    }
}

extension VacancyField: FieldName {
    public var indonesian: String {
        switch self {
        case .id: return "id"
        case .workplace: return "tempat_kerja"
        case .title: return "posisi"
        case .kbji: return "kbji"
        case .openings: return "jumlah_lowongan"
        case .minEducation: return "pendidikan_minimal"
        case .hoursPerWeek: return "jam_per_minggu"
        case .nightShift: return "sif_malam"
        case .remote: return "jarak_jauh"
        case .wageMin: return "upah_terendah"
        case .wageMax: return "upah_tertinggi"
        case .safetyTasks: return "tugas_berisiko"
        case .postedOn: return "tanggal_pasang"
        case .closesOn: return "tanggal_tutup"
        case .status: return "status"
        case .demands: return "tuntutan"
        }
    }
}

/// The keys inside a seeker's `consent` and inside one rating of `profile` (YAML and JSON).
public enum NestedField: String, CaseIterable, FieldName, Sendable {
    case given, recordedOn = "recorded_on", recordedBy = "recorded_by"
    case withoutAids = "without_aids", withAids = "with_aids", source, assessedOn = "assessed_on"

    public var indonesian: String {
        switch self {
        case .given: return "diberikan"
        case .recordedOn: return "dicatat_pada"
        case .recordedBy: return "dicatat_oleh"
        case .withoutAids: return "tanpa_alat_bantu"
        case .withAids: return "dengan_alat_bantu"
        case .source: return "sumber"
        case .assessedOn: return "dinilai_pada"
        }
    }
}

/// The one table of field names in both languages, read in both directions.
public enum FieldNames {
    /// Every field's Indonesian name and its id. One Indonesian name means one field in every kind
    /// of record (`nama` is `name` for a seeker and an employer alike); a test checks it.
    public static let pairs: [(indonesian: String, id: String)] = {
        func of<F: FieldName>(_ type: F.Type) -> [(String, String)] { F.allCases.map { ($0.indonesian, $0.rawValue) } }
        return of(SeekerField.self) + of(EmployerField.self) + of(WorkplaceField.self) + of(VacancyField.self) + of(NestedField.self)
    }()

    private static let byIndonesian: [String: String] = Dictionary(pairs.filter { $0.indonesian != $0.id }, uniquingKeysWith: { first, _ in first })
    private static let byID: [String: String] = Dictionary(pairs.map { ($0.id, $0.indonesian) }, uniquingKeysWith: { first, _ in first })

    /// The field id a name stands for: an Indonesian name's id, any other name as it is.
    public static func id(_ name: String) -> String { byIndonesian[name] ?? name }

    /// A field id's Indonesian name; the id itself when it has none (`nik`, the dimension columns).
    public static func indonesian(_ id: String) -> String { byID[id] ?? id }

    /// A field id as a person reading `language` names it.
    public static func name(_ id: String, _ language: Language) -> String { language == .id ? indonesian(id) : id }
}
