import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

struct SeekerCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "seeker", abstract: L("Mendaftarkan, mencari, menampilkan, dan mengubah data pencari kerja.",
                                                                "Register, list, show and update job seekers."),
                             subcommands: [Add.self, List.self, Show.self, Update.self])
    }
}

/// The seeker fields a command line can set. Lists take several values or one value with ';'.
struct SeekerFields: ParsableArguments {
    @Option(help: ArgumentHelp(L("Nama lengkap.", "Full name."))) var name: String?
    @Option(help: ArgumentHelp(L("NIK, 16 angka.", "NIK (national identity number), 16 digits."))) var nik: String?
    @Option(help: ArgumentHelp(L("Kabupaten/kota: nama (Bantul) atau kode 4 angka (3471); cari dengan setara lookup regency.", "Regency or city: its name (Bantul) or 4-digit code (3471); search with setara lookup regency."))) var regency: String?
    @Option(help: ArgumentHelp(L("Pendidikan: none, sd, smp, sma, smk, d1, d2, d3, d4, s1, s2, s3.", "Education: none, sd, smp, sma, smk, d1, d2, d3, d4, s1, s2, s3."))) var education: String?
    @Option(name: .customLong("birth-date"), help: ArgumentHelp(L("Tanggal lahir, YYYY-MM-DD.", "Birth date, YYYY-MM-DD."))) var birthDate: String?
    @Option(help: ArgumentHelp(L("Jenis kelamin: female atau male.", "Sex: female or male."))) var sex: String?
    @Option(help: ArgumentHelp(L("Nomor telepon, misalnya 0812 3456 7890.", "Phone number, e.g. 0812 3456 7890."))) var phone: String?
    @Option(help: ArgumentHelp(L("Alamat surel.", "E-mail address."))) var email: String?
    @Option(help: ArgumentHelp(L("Alamat.", "Address."))) var address: String?
    @Option(help: ArgumentHelp(L("Keterampilan (boleh diulang).", "A skill (repeatable)."))) var skill: [String] = []
    @Option(name: .customLong("preferred"), help: ArgumentHelp(L("Jabatan KBJI yang diminati, kode atau nama (boleh diulang).", "A preferred occupation, KBJI code or Indonesian title (repeatable)."))) var preferred: [String] = []
    @Option(name: .customLong("language"), help: ArgumentHelp(L("Bahasa yang dikuasai (boleh diulang).", "A language spoken (repeatable)."))) var languages: [String] = []
    @Option(name: .customLong("max-hours"), help: ArgumentHelp(L("Jam kerja paling lama per minggu.", "Most working hours a week."))) var maxHours: String?
    @Option(name: .customLong("night-shift-ok"), help: ArgumentHelp(L("Bersedia sif malam: yes atau no.", "Will work night shifts: yes or no."))) var nightShift: String?
    @Option(name: .customLong("wants-remote"), help: ArgumentHelp(L("Ingin kerja jarak jauh: yes atau no.", "Wants remote work: yes or no."))) var wantsRemote: String?
    @Option(help: ArgumentHelp(L("Harapan upah per bulan, dalam rupiah.", "Expected monthly wage, in rupiah."))) var wage: String?
    @Option(help: ArgumentHelp(L("Kemampuan pada satu dimensi: dimensi=tanpa/dengan alat bantu, misalnya near_vision=0/3 (boleh diulang).",
                                 "Capacity on one dimension: dimension=without/with aids, e.g. near_vision=0/3 (repeatable)."), valueName: "dimension=level"))
    var rating: [String] = []
    @Option(name: .customLong("rating-source"), help: ArgumentHelp(L("Sumber penilaian: self_report, specialist_observation, functional_assessment, medical_assessment, washington_group.",
                                                                    "Where the ratings come from: self_report, specialist_observation, functional_assessment, medical_assessment, washington_group.")))
    var ratingSource: String?
    @Option(help: ArgumentHelp(L("Kebutuhan akomodasi, misalnya step_free_access (boleh diulang).", "An accommodation need, e.g. step_free_access (repeatable)."))) var need: [String] = []
    @Option(help: ArgumentHelp(L("Tugas berisiko yang tidak boleh dilakukan: driving, hazardous_machinery, work_at_heights.",
                                 "A safety-critical task the seeker must not do: driving, hazardous_machinery, work_at_heights."))) var restriction: [String] = []
    @Option(help: ArgumentHelp(L("Persetujuan mencatat data disabilitas: yes atau no.", "Consent to record disability information: yes or no."))) var consent: String?
    @Option(name: .customLong("consent-by"), help: ArgumentHelp(L("Petugas yang mencatat persetujuan.", "Who recorded the consent."))) var consentBy: String?
    @Option(help: ArgumentHelp(L("Ragam disabilitas menurut UU 8/2016, hanya dengan persetujuan; tidak dipakai untuk pencocokan.",
                                 "Law 8/2016 disability category, only with consent; never used for matching."))) var category: String?
    @Option(help: ArgumentHelp(L("Status: active, placed, inactive.", "Status: active, placed, inactive."))) var status: String?

    func fields(today: Day, actor: Actor) throws -> [String: FieldValue] {
        var f: [String: FieldValue] = [:]
        put(&f, "name", name); put(&f, "nik", nik); put(&f, "regency", regency); put(&f, "education", education)
        put(&f, "birth_date", birthDate); put(&f, "sex", sex); put(&f, "phone", phone); put(&f, "email", email)
        put(&f, "address", address); put(&f, "skills", skill); put(&f, "preferred_occupations", preferred)
        put(&f, "languages", languages); put(&f, "max_hours_per_week", maxHours); put(&f, "night_shift_ok", nightShift)
        put(&f, "wants_remote", wantsRemote); put(&f, "wage_expectation", wage); put(&f, "needs", need)
        put(&f, "safety_restrictions", restriction); put(&f, "disability_category", category); put(&f, "status", status)
        if let consent {
            f["consent"] = .map(["given": .text(consent), "recorded_on": .text(today.description),
                                 "recorded_by": .text(consentBy ?? actor.name)])
        }
        for item in rating {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw CLIError.usage(L("--rating \(item): harus dimensi=tingkat, misalnya near_vision=0/3.", "--rating \(item): expected dimension=level, e.g. near_vision=0/3."))
            }
            // A dimension's name in either language (pendengaran=0) stands for its id.
            let dimension = FunctionalDimension.parse(parts[0].trimmed)
            f[dimension?.rawValue ?? parts[0].trimmed] = .text(parts[1])
            if let ratingSource, let dimension { f[dimension.sourceField] = .text(ratingSource) }
        }
        return f
    }
}

extension SeekerCommand {
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: L("Mendaftarkan pencari kerja. Kolom yang belum diisi ditanyakan bila berjalan di terminal.",
                                             "Registers a job seeker. Missing fields are asked for when run at a terminal."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var values: SeekerFields

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let fields = try values.fields(today: office.today, actor: global.actor)
                if Console.isInteractive {
                    let seeker = try guided(office, .seeker, fields: fields) { try office.registerSeeker($0).record }
                    Console.out(L("Pencari kerja \(seeker.id) terdaftar: \(seeker.name). Lihat dengan: setara seeker show \(seeker.id)",
                                  "Seeker \(seeker.id) registered: \(seeker.name). See it with: setara seeker show \(seeker.id)"))
                    return
                }
                let missing = ["name", "nik", "regency", "education"].filter { fields[$0] == nil }
                if !missing.isEmpty {
                    throw CLIError.usage(L("Kolom wajib belum diisi: ", "Required fields missing: ")
                                         + missing.map { "--" + $0 }.joined(separator: ", ")
                                         + L(". Isi dengan opsi, atau jalankan di terminal untuk tanya-jawab.", ". Give them as options, or run at a terminal to be asked."))
                }
                let seeker = try office.registerSeeker(fields).record
                Console.out(L("Pencari kerja \(seeker.id) terdaftar: \(seeker.name). Lihat dengan: setara seeker show \(seeker.id)",
                              "Seeker \(seeker.id) registered: \(seeker.name). See it with: setara seeker show \(seeker.id)"))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("Menampilkan daftar pencari kerja.", "Lists job seekers."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var options: ListOptions
        @Option(help: ArgumentHelp(L("Hanya status ini: active, placed, inactive.", "Only this status: active, placed, inactive."))) var status: String?

        func run() throws {
            try runReportingErrors {
                let store = try global.openStore()
                let seekers = try store.seekers(options.query(status: status))
                let render = TextRender(language: language)
                try emit(kind: .seekers, format: options.format, output: options.output, total: try store.counts().seekers,
                         records: seekers.map { RecordExport.fields($0, category: nil) }, lines: seekers.map(render.seekerLine))
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("Menampilkan satu pencari kerja lengkap.", "Shows one job seeker in full."))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Nomor pendaftaran (misalnya S000001) atau NIK.", "Registration number (e.g. S000001) or NIK."))) var id: String
        @OptionGroup var options: ShowOptions
        @Flag(name: .customLong("show-category"), help: ArgumentHelp(L("Tampilkan juga ragam disabilitas (hanya bila ada persetujuan).",
                                                                       "Also show the disability category (only where consent was given).")))
        var showCategory = false

        func run() throws {
            try runReportingErrors {
                let (seeker, category) = try global.office().seeker(id, withCategory: showCategory)
                try emit(kind: .seekers, format: options.format, output: nil, total: nil,
                         records: [RecordExport.fields(seeker, category: category)],
                         lines: [TextRender(language: language).seeker(seeker, category: category)], includeCategory: category != nil)
            }
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "update", abstract: L("Mengubah data pencari kerja; hanya kolom yang diberikan yang berubah.",
                                             "Updates a job seeker; only the fields given change."))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Nomor pendaftaran, misalnya S000001.", "Registration number, e.g. S000001."))) var id: String
        @OptionGroup var values: SeekerFields
        @OptionGroup var edits: SeekerListEdits

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                if !values.need.isEmpty || !values.restriction.isEmpty || !values.skill.isEmpty || !values.preferred.isEmpty || !values.languages.isEmpty {
                    throw CLIError.usage(L("""
                        Pada update, daftar diubah per butir agar tidak ada yang hilang: --add-need, --remove-need, --add-restriction, \
                        --remove-restriction, --add-skill, --remove-skill, --add-preferred, --remove-preferred, --add-language, --remove-language.
                        """, """
                        On update, lists are changed item by item so that nothing is lost: --add-need, --remove-need, --add-restriction, \
                        --remove-restriction, --add-skill, --remove-skill, --add-preferred, --remove-preferred, --add-language, --remove-language.
                        """))
                }
                let edit = RecordEdit(set: try values.fields(today: office.today, actor: global.actor), add: edits.additions, remove: edits.removals)
                let saved = try office.updateSeeker(id, edit)
                reportUpdate(.seeker, saved.record.id, saved.changed)
            }
        }
    }
}

/// Item-by-item changes to a seeker's lists, for `seeker update`.
struct SeekerListEdits: ParsableArguments {
    @Option(name: .customLong("add-need"), help: ArgumentHelp(L("Tambahkan kebutuhan akomodasi (boleh diulang).", "Add an accommodation need (repeatable)."))) var addNeed: [String] = []
    @Option(name: .customLong("remove-need"), help: ArgumentHelp(L("Hapus kebutuhan akomodasi.", "Remove an accommodation need."))) var removeNeed: [String] = []
    @Option(name: .customLong("add-restriction"), help: ArgumentHelp(L("Tambahkan tugas berisiko yang tidak boleh dilakukan.", "Add a safety-critical task the seeker must not do."))) var addRestriction: [String] = []
    @Option(name: .customLong("remove-restriction"), help: ArgumentHelp(L("Hapus tugas berisiko dari daftar.", "Remove a safety-critical task from the list."))) var removeRestriction: [String] = []
    @Option(name: .customLong("add-skill"), help: ArgumentHelp(L("Tambahkan keterampilan.", "Add a skill."))) var addSkill: [String] = []
    @Option(name: .customLong("remove-skill"), help: ArgumentHelp(L("Hapus keterampilan.", "Remove a skill."))) var removeSkill: [String] = []
    @Option(name: .customLong("add-preferred"), help: ArgumentHelp(L("Tambahkan kode KBJI jabatan yang diminati.", "Add a preferred occupation's KBJI code."))) var addPreferred: [String] = []
    @Option(name: .customLong("remove-preferred"), help: ArgumentHelp(L("Hapus kode KBJI jabatan yang diminati.", "Remove a preferred occupation's KBJI code."))) var removePreferred: [String] = []
    @Option(name: .customLong("add-language"), help: ArgumentHelp(L("Tambahkan bahasa yang dikuasai.", "Add a language spoken."))) var addLanguage: [String] = []
    @Option(name: .customLong("remove-language"), help: ArgumentHelp(L("Hapus bahasa.", "Remove a language."))) var removeLanguage: [String] = []

    var additions: [String: [String]] {
        ["needs": addNeed, "safety_restrictions": addRestriction, "skills": addSkill, "preferred_occupations": addPreferred, "languages": addLanguage]
    }

    var removals: [String: [String]] {
        ["needs": removeNeed, "safety_restrictions": removeRestriction, "skills": removeSkill, "preferred_occupations": removePreferred,
         "languages": removeLanguage]
    }
}
