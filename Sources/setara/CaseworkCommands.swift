import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

// Casework commands (issue 14): offices, placements, follow-ups, visits, notes, plans, a
// seeker's case and the due list. Each parses its options and calls one use case of `Office`.

struct OfficeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "office", abstract: L("Kantor (Disnaker dan ULD) dan petugasnya.", "Labour offices (and their ULD) and their officers."),
                             subcommands: [Add.self, AddOfficer.self, List.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: L("Menambah atau mengubah kantor.", "Adds or changes an office."))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Kode kantor, misalnya K3471.", "The office's code, e.g. K3471."))) var id: String
        @Option(help: ArgumentHelp(L("Nama kantor.", "The office's name."))) var name: String
        @Option(help: ArgumentHelp(L("Kode kabupaten/kota yang dilayani, 4 angka.", "The regency it serves, 4 digits."))) var regency: String

        func run() throws {
            try runReportingErrors {
                let office = LabourOffice(id: id.trimmed.uppercased(), name: name.trimmed, regencyCode: regency.trimmed)
                try global.office().saveOffice(office)
                Console.out(L("Kantor \(office.id) disimpan: \(office.name), kabupaten/kota \(office.regencyCode).",
                              "Office \(office.id) saved: \(office.name), regency \(office.regencyCode)."))
            }
        }
    }

    struct AddOfficer: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "officer", abstract: L("Menambah atau mengubah petugas kantor.", "Adds or changes an office's officer."))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Nama kerja petugas (seperti --officer).", "The officer's working name (as --officer gives it)."))) var username: String
        @Option(help: ArgumentHelp(L("Nama lengkap.", "Full name."))) var name: String
        @Option(name: .customLong("office"), help: ArgumentHelp(L("Kode kantor.", "The office's code."))) var officeID: String

        func run() throws {
            try runReportingErrors {
                let officer = Officer(username: username.trimmed, name: name.trimmed, officeID: officeID.trimmed.uppercased())
                try global.office().saveOfficer(officer)
                Console.out(L("Petugas \(officer.username) (\(officer.name)) di kantor \(officer.officeID).",
                              "Officer \(officer.username) (\(officer.name)) at office \(officer.officeID)."))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("Menampilkan kantor dan petugasnya.", "Lists offices and their officers."))
        }
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try runReportingErrors {
                let (offices, officers) = try global.office().offices()
                guard !offices.isEmpty else {
                    Console.out(L("Belum ada kantor. Tambahkan: setara office add KODE --name NAMA --regency KODE",
                                  "No offices yet. Add one: setara office add CODE --name NAME --regency CODE"))
                    return
                }
                for office in offices {
                    let names = officers.filter { $0.officeID == office.id }.map { "\($0.username) (\($0.name))" }
                    Console.out(L("Kantor \(office.id): \(office.name), kabupaten/kota \(office.regencyCode); petugas: ",
                                  "Office \(office.id): \(office.name), regency \(office.regencyCode); officers: ")
                                + (names.isEmpty ? "-" : names.joined(separator: ", ")))
                }
            }
        }
    }
}

struct PlacementCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "placement", abstract: L("Penempatan kerja (dicatat dengan setara referral hire).",
                                                                   "Placements (recorded with setara referral hire)."),
                             subcommands: [List.self, Show.self, End.self])
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L("Menampilkan penempatan, yang terbaru dahulu.", "Lists placements, newest first.")) }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("Hanya pencari kerja ini.", "Only this seeker's."), valueName: "id")) var seeker: String?
        @OptionGroup var filters: CaseworkListOptions
        @Option(help: ArgumentHelp(L("Hanya yang masih berjalan (open) atau sudah berakhir (ended).", "Only open or ended ones: open, ended."))) var status: String?
        @Option(help: ArgumentHelp(L("Paling banyak sekian baris.", "At most this many rows."))) var limit = 100
        @Option(help: ArgumentHelp(L("Format keluaran: text, json atau csv.", "Output format: text, json or csv."))) var format: OutputFormat = .text
        @Option(help: ArgumentHelp(L("Tulis ke berkas ini, bukan ke layar.", "Write to this file instead of the screen."), valueName: "file")) var output: String?

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let placements = try office.placements(filters.filter(office, seeker: seeker, status: status, statuses: Office.placementStatuses, limit: limit))
                let rows: [[(String, OutValue)]] = placements.map { p in
                    [("id", .text(p.id)), ("seeker", .text(p.seekerID)), ("referral", .text(p.referral)), ("employer", .text(p.employerID)),
                     ("workplace", .text(p.workplaceID)), ("vacancy", .text(p.vacancyID)), ("job_title", .text(p.jobTitle)), ("kbji", .text(p.kbji)),
                     ("start_on", .text(p.startOn.description)), ("wage", p.wage.map(OutValue.int) ?? .null),
                     ("hours_per_week", p.hoursPerWeek.map(OutValue.int) ?? .null), ("contract", .text(p.contract.rawValue)),
                     ("accommodations", .list(p.accommodations.map(OutValue.text))), ("officer", .text(p.officer)),
                     ("ended_on", p.endedOn.map { .text($0.description) } ?? .null), ("end_reason", p.endReason.map(OutValue.text) ?? .null)]
                }
                try emitTable("placements", rows, format: format, output: output,
                              lines: placements.map(placementLine), empty: L("Belum ada penempatan.", "No placements yet."))
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L("Menampilkan satu penempatan dan tindak lanjutnya.", "Shows one placement and its follow-ups.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Nomor penempatan, misalnya P000001.", "The placement, e.g. P000001."))) var id: String

        func run() throws {
            try runReportingErrors {
                let (p, followUps) = try global.office().placement(id)
                var lines = [placementLine(p),
                             L("Rujukan: \(p.referral)", "Referral: \(p.referral)"),
                             L("Tempat kerja: \(p.workplaceID), lowongan \(p.vacancyID)", "Workplace: \(p.workplaceID), vacancy \(p.vacancyID)"),
                             L("Akomodasi yang disediakan: ", "Accommodations provided: ") + (p.accommodations.isEmpty ? "-" : p.accommodations.joined(separator: ", ")),
                             L("Dicatat oleh: \(p.officer)", "Recorded by: \(p.officer)")]
                if let ended = p.endedOn { lines.append(L("Berakhir: \(ended), \(p.endReason ?? "-")", "Ended: \(ended), \(p.endReason ?? "-")")) }
                for f in followUps { lines.append(followUpLine(f)) }
                Console.out(lines.joined(separator: "\n"))
            }
        }
    }

    struct End: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "end", abstract: L("Pekerjaan berakhir: kasus dibuka kembali.", "The job ended: the case opens again."))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Nomor penempatan.", "The placement."))) var id: String
        @Option(help: ArgumentHelp(L("Hari berakhir, TTTT-BB-HH; bawaan hari ini.", "The last day, YYYY-MM-DD; default today."), valueName: "date")) var on: String?
        @Option(help: ArgumentHelp(L("Alasan berakhirnya.", "Why it ended."))) var reason: String

        func run() throws {
            try runReportingErrors {
                let p = try global.office().endPlacement(id, on: try on.map { try parseDay($0, option: "--on") }, reason: reason)
                Console.out(L("Penempatan \(p.id) berakhir \(p.endedOn?.description ?? "-"); kasus \(p.seekerID) dibuka kembali.",
                              "Placement \(p.id) ended on \(p.endedOn?.description ?? "-"); the case of \(p.seekerID) is open again."))
            }
        }
    }
}

func placementLine(_ p: Placement) -> String {
    let wage = p.wage.map { "Rp\($0)" } ?? "-"
    let state = p.endedOn.map { L(", berakhir \($0)", ", ended \($0)") } ?? ""
    return L("Penempatan \(p.id): \(p.seekerID), \(p.jobTitle) (KBJI \(p.kbji)), pemberi kerja \(p.employerID), mulai \(p.startOn), \(p.contract.label.id), upah \(wage), \(p.hoursPerWeek.map(String.init) ?? "-") jam seminggu\(state)",
             "Placement \(p.id): \(p.seekerID), \(p.jobTitle) (KBJI \(p.kbji)), employer \(p.employerID), from \(p.startOn), \(p.contract.label.en), wage \(wage), \(p.hoursPerWeek.map(String.init) ?? "-") hours a week\(state)")
}

func followUpLine(_ f: FollowUp) -> String {
    switch f.state {
    case .done:
        let result = f.result.map { L($0.label.id, $0.label.en) } ?? "-"
        var line = L("Tindak lanjut bulan ke-\(f.month) (jatuh tempo \(f.dueOn)): dicatat \(f.doneOn?.description ?? "-") oleh \(f.officer ?? "-"), \(result)",
                     "Month-\(f.month) follow-up (due \(f.dueOn)): recorded \(f.doneOn?.description ?? "-") by \(f.officer ?? "-"), \(result)")
        if let wage = f.wage { line += L(", upah Rp\(wage)", ", wage Rp\(wage)") }
        if let works = f.accommodationsWork { line += L(", akomodasi \(works ? "berfungsi" : "bermasalah")", ", accommodations \(works ? "work" : "have problems")") }
        if let problems = f.problems { line += L(", masalah: \(problems)", ", problems: \(problems)") }
        if let next = f.nextStep { line += L(", berikutnya: \(next)", ", next: \(next)") }
        return line
    case .due:
        return L("Tindak lanjut bulan ke-\(f.month): jatuh tempo \(f.dueOn)", "Month-\(f.month) follow-up: due \(f.dueOn)")
    case .closed:
        return L("Tindak lanjut bulan ke-\(f.month): tidak diperlukan (pekerjaan berakhir)", "Month-\(f.month) follow-up: not needed (the job ended)")
    }
}

struct FollowUpCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "followup", abstract: L("Tindak lanjut penempatan (1, 3, 6, 12 bulan).", "Placement follow-ups (1, 3, 6, 12 months)."),
                             subcommands: [Add.self, List.self])
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("Menampilkan tindak lanjut menurut tanggal jatuh tempo.", "Lists follow-ups by their due day."))
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("Hanya pencari kerja ini.", "Only this seeker's."), valueName: "id")) var seeker: String?
        @OptionGroup var filters: CaseworkListOptions
        @Option(name: [.customLong("state"), .customLong("status")], help: ArgumentHelp(L("Hanya keadaan ini: due, done, closed.", "Only this state: due, done, closed."))) var state: String?
        @Option(help: ArgumentHelp(L("Paling banyak sekian baris.", "At most this many rows."))) var limit = 1_000
        @Option(help: ArgumentHelp(L("Format keluaran: text, json atau csv.", "Output format: text, json or csv."))) var format: OutputFormat = .text
        @Option(help: ArgumentHelp(L("Tulis ke berkas ini, bukan ke layar.", "Write to this file instead of the screen."), valueName: "file")) var output: String?

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                var filter = try filters.filter(office, seeker: seeker, status: state, statuses: Office.followUpStates, limit: limit)
                filter.newestFirst = false
                let list = try office.followUps(filter)
                let rows: [[(String, OutValue)]] = list.map { f in
                    [("placement", .text(f.placementID)), ("seeker", .text(f.seekerID)), ("month", .int(f.month)), ("due_on", .text(f.dueOn.description)),
                     ("state", .text(f.state.rawValue)), ("done_on", f.doneOn.map { .text($0.description) } ?? .null),
                     ("officer", f.officer.map(OutValue.text) ?? .null), ("result", f.result.map { .text($0.rawValue) } ?? .null),
                     ("wage", f.wage.map(OutValue.int) ?? .null), ("accommodations_work", f.accommodationsWork.map(OutValue.bool) ?? .null),
                     ("problems", f.problems.map(OutValue.text) ?? .null), ("next_step", f.nextStep.map(OutValue.text) ?? .null)]
                }
                try emitTable("follow_ups", rows, format: format, output: output,
                              lines: list.map { "\($0.seekerID) \($0.placementID): " + followUpLine($0) },
                              empty: L("Tidak ada tindak lanjut.", "No follow-ups."))
            }
        }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: L("Mencatat hasil tindak lanjut; tidak bekerja membuka kasus kembali.",
                                             "Records a follow-up's result; not working opens the case again."))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Penempatan (P000001) atau pencari kerja (S000001: penempatan terakhirnya).",
                                       "The placement (P000001) or the seeker (S000001: their latest placement)."))) var id: String
        @Option(help: ArgumentHelp(L("Hasil: same_employer, other_employer, not_working, unreachable.",
                                     "Result: same_employer, other_employer, not_working, unreachable."))) var result: String
        @Option(help: ArgumentHelp(L("Bulan ke berapa (1, 3, 6, 12); bawaan: yang paling awal belum dicatat.",
                                     "Which month (1, 3, 6, 12); default: the earliest not yet recorded."))) var month: Int?
        @Option(help: ArgumentHelp(L("Hari dilakukan, TTTT-BB-HH; bawaan hari ini (boleh setelah jatuh tempo).",
                                     "The day it was done, YYYY-MM-DD; default today (may be after it was due)."), valueName: "date")) var on: String?
        @Option(help: ArgumentHelp(L("Upah sebulan sekarang (rupiah).", "Current monthly wage (rupiah)."))) var wage: Int?
        @Option(name: .customLong("accommodations-work"), help: ArgumentHelp(L("Akomodasi berfungsi: ya atau tidak.", "The accommodations work: yes or no."))) var works: String?
        @Option(help: ArgumentHelp(L("Masalah yang ditemukan.", "Problems found."))) var problems: String?
        @Option(name: .customLong("next"), help: ArgumentHelp(L("Langkah berikutnya.", "The next step."))) var next: String?

        func run() throws {
            try runReportingErrors {
                guard let parsed = FollowUp.Result(rawValue: result.lowercased()) else {
                    let allowed = FollowUp.Result.allCases.map(\.rawValue).joined(separator: ", ")
                    throw CLIError.usage(L("--result harus salah satu dari \(allowed); Anda memberi \(result).", "--result must be one of \(allowed); you gave \(result)."))
                }
                var accommodationsWork: Bool?
                if let works {
                    guard let value = YesNo.parse(works) else {
                        throw CLIError.usage(L("--accommodations-work harus ya atau tidak; Anda memberi \(works).", "--accommodations-work must be yes or no; you gave \(works)."))
                    }
                    accommodationsWork = value
                }
                let report = Office.FollowUpReport(result: parsed, wage: wage, accommodationsWork: accommodationsWork, problems: problems, nextStep: next)
                let f = try global.office().recordFollowUp(id, month: month, on: try on.map { try parseDay($0, option: "--on") }, report)
                Console.out(followUpLine(f))
                if parsed == .notWorking {
                    Console.out(L("Pekerjaan dicatat berakhir; kasus \(f.seekerID) dibuka kembali.", "The job is recorded as ended; the case of \(f.seekerID) is open again."))
                }
            }
        }
    }
}

struct VisitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "visit", abstract: L("Kunjungan dan penjajakan pemberi kerja.", "Employer visits and canvassing."),
                             subcommands: [Add.self, List.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: L("Mencatat kunjungan, telepon, atau pertemuan daring.", "Records a visit, a call or an online meeting.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pemberi kerja, misalnya E00001.", "The employer, e.g. E00001."))) var employer: String
        @Option(help: ArgumentHelp(L("Jenis: visit, call, online.", "Kind: visit, call, online."))) var kind: String = "visit"
        @Option(help: ArgumentHelp(L("Tujuan.", "Purpose."))) var purpose: String
        @Option(help: ArgumentHelp(L("Hasil: lowongan, akomodasi yang disepakati, kuota yang dibahas.", "Result: vacancies, accommodations agreed, quota discussed."))) var result: String?
        @Option(help: ArgumentHelp(L("Jumlah lowongan yang diperoleh.", "Vacancies obtained."))) var vacancies = 0
        @Option(help: ArgumentHelp(L("Tanggal langkah berikutnya, TTTT-BB-HH.", "Date of the next step, YYYY-MM-DD."), valueName: "date")) var next: String?
        @Option(help: ArgumentHelp(L("Hari kunjungan; bawaan hari ini.", "The day of the visit; default today."), valueName: "date")) var on: String?

        func run() throws {
            try runReportingErrors {
                guard let parsed = EmployerVisit.Kind(rawValue: kind.lowercased()) else {
                    throw CLIError.usage(L("--kind harus visit, call, atau online; Anda memberi \(kind).", "--kind must be visit, call or online; you gave \(kind)."))
                }
                let visit = try global.office().addVisit(employerID: employer, kind: parsed, purpose: purpose, result: result, vacanciesObtained: vacancies,
                                                         nextOn: try next.map { try parseDay($0, option: "--next") },
                                                         on: try on.map { try parseDay($0, option: "--on") })
                Console.out(visitLine(visit))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L("Menampilkan kunjungan ke satu pemberi kerja.", "Lists the visits to one employer.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pemberi kerja, misalnya E00001.", "The employer, e.g. E00001."))) var employer: String

        func run() throws {
            try runReportingErrors {
                let visits = try global.office().visits(employerID: employer)
                Console.out(visits.isEmpty ? L("Belum ada kunjungan.", "No visits yet.") : visits.map(visitLine).joined(separator: "\n"))
            }
        }
    }
}

func visitLine(_ v: EmployerVisit) -> String {
    L("Kunjungan \(v.on) (\(v.kind.rawValue)) ke \(v.employerID) oleh \(v.officer): \(v.purpose); hasil: \(v.result ?? "-"); lowongan diperoleh: \(v.vacanciesObtained)"
        + (v.nextOn.map { "; berikutnya \($0)" } ?? ""),
      "Visit \(v.on) (\(v.kind.rawValue)) to \(v.employerID) by \(v.officer): \(v.purpose); result: \(v.result ?? "-"); vacancies obtained: \(v.vacanciesObtained)"
        + (v.nextOn.map { "; next on \($0)" } ?? ""))
}

struct NoteCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "note", abstract: L("Catatan kasus (rahasia: tidak diekspor, tidak untuk pemberi kerja).",
                                                              "Case notes (confidential: never exported, never shown to employers)."),
                             subcommands: [Add.self, List.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: L("Menambah catatan kasus.", "Adds a case note.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."))) var seeker: String
        @Option(help: ArgumentHelp(L("Isi catatan.", "The note."))) var text: String
        @Option(help: ArgumentHelp(L("Hari catatan; bawaan hari ini.", "The note's day; default today."), valueName: "date")) var on: String?

        func run() throws {
            try runReportingErrors {
                let note = try global.office().addNote(seekerID: seeker, text: text, on: try on.map { try parseDay($0, option: "--on") })
                Console.out(L("Catatan \(note.id) untuk \(note.seekerID) disimpan.", "Note \(note.id) for \(note.seekerID) saved."))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L("Menampilkan catatan kasus (dicatat di log audit).", "Shows the case notes (logged in the audit log).")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."))) var seeker: String

        func run() throws {
            try runReportingErrors {
                let notes = try global.office().notes(seekerID: seeker)
                Console.out(notes.isEmpty ? L("Belum ada catatan.", "No notes yet.")
                                          : notes.map { "\($0.on) \($0.officer): \($0.text)" }.joined(separator: "\n"))
            }
        }
    }
}

struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plan", abstract: L("Rencana kerja individu (setiap versi disimpan).", "Individual employment plan (every version kept)."),
                             subcommands: [Add.self, Show.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: L("Menyimpan versi baru rencana.", "Saves a new version of the plan.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."))) var seeker: String
        @Option(name: .customLong("goal"), help: ArgumentHelp(L("Jabatan tujuan, kode KBJI 4 angka (boleh berulang).", "A goal occupation, 4-digit KBJI code (repeatable)."))) var goals: [String] = []
        @Option(name: .customLong("accommodation"), help: ArgumentHelp(L("Akomodasi yang disepakati (boleh berulang).", "An accommodation agreed (repeatable)."))) var accommodations: [String] = []
        @Option(name: .customLong("service"), help: ArgumentHelp(L("Layanan: pelatihan, konseling, uji coba kerja ... (boleh berulang).", "A service: training, counselling, work trial ... (repeatable)."))) var services: [String] = []
        @Option(help: ArgumentHelp(L("Tanggal tinjauan berikutnya.", "Next review date."), valueName: "date")) var review: String?

        func run() throws {
            try runReportingErrors {
                let plan = try global.office().addPlan(seekerID: seeker, goals: goals, accommodations: accommodations, services: services,
                                                       reviewOn: try review.map { try parseDay($0, option: "--review") })
                Console.out(L("Rencana \(plan.seekerID) versi \(plan.version) disimpan.", "Plan of \(plan.seekerID) version \(plan.version) saved."))
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L("Menampilkan setiap versi rencana.", "Shows every version of the plan.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."))) var seeker: String

        func run() throws {
            try runReportingErrors {
                let plans = try global.office().plans(seekerID: seeker)
                guard !plans.isEmpty else { Console.out(L("Belum ada rencana.", "No plan yet.")); return }
                for p in plans {
                    Console.out(L("Versi \(p.version), \(p.on), oleh \(p.officer): tujuan \(p.goals.joined(separator: ", ")); akomodasi \(p.accommodations.joined(separator: ", ")); layanan \(p.services.joined(separator: ", ")); tinjauan \(p.reviewOn?.description ?? "-")",
                                  "Version \(p.version), \(p.on), by \(p.officer): goals \(p.goals.joined(separator: ", ")); accommodations \(p.accommodations.joined(separator: ", ")); services \(p.services.joined(separator: ", ")); review \(p.reviewOn?.description ?? "-")"))
                }
            }
        }
    }
}

struct CaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "case", abstract: L("Kasus seorang pencari kerja: riwayat lengkap, kantor, petugas, JKP.",
                                                              "A seeker's case: the whole history, office, officer, JKP."),
                             subcommands: [Show.self, Set.self, Report.self])
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: L("Riwayat kasus berurutan, dalam kata-kata.", "The case's history in order, in words.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."))) var seeker: String
        @Flag(help: ArgumentHelp(L("Sertakan catatan kasus (rahasia; dicatat di log audit).", "Include the case notes (confidential; logged in the audit log)."))) var notes = false

        func run() throws {
            try runReportingErrors {
                let history = try global.office().caseHistory(seekerID: seeker, includeNotes: notes)
                var lines = [L("Kasus \(history.seeker.id): \(history.seeker.name)", "Case \(history.seeker.id): \(history.seeker.name)"),
                             "Status: " + history.seeker.status.label(language)]
                if let file = history.caseFile {
                    lines.append(L("Kantor: \(file.officeID), petugas: \(file.officer.isEmpty ? "-" : file.officer)",
                                   "Office: \(file.officeID), officer: \(file.officer.isEmpty ? "-" : file.officer)"))
                    if file.isJKP { lines.append(L("JKP: ya, sampai \(file.jkpUntil?.description ?? "-")", "JKP: yes, until \(file.jkpUntil?.description ?? "-")")) }
                }
                for event in history.events {
                    lines.append("\(event.on) " + L(event.text.id, event.text.en) + (event.officer.map { L(" (\($0))", " (\($0))") } ?? ""))
                }
                if !history.coming.isEmpty {
                    lines.append(L("Yang akan datang:", "Coming:"))
                    for event in history.coming { lines.append("\(event.on) " + L(event.text.id, event.text.en)) }
                }
                Console.out(lines.joined(separator: "\n"))
            }
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "set", abstract: L("Mengubah kantor, petugas, atau masa JKP kasus.", "Changes the case's office, officer or JKP period.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."))) var seeker: String
        @Option(name: .customLong("office"), help: ArgumentHelp(L("Kode kantor.", "The office's code."))) var officeID: String?
        @Option(name: .customLong("case-officer"), help: ArgumentHelp(L("Petugas yang menangani kasus.", "The officer who holds the case."))) var caseOfficer: String?
        @Option(name: .customLong("jkp-from"), help: ArgumentHelp(L("Mulai menerima JKP.", "JKP benefit starts."), valueName: "date")) var jkpFrom: String?
        @Option(name: .customLong("jkp-until"), help: ArgumentHelp(L("Akhir JKP.", "JKP benefit ends."), valueName: "date")) var jkpUntil: String?
        @Flag(name: .customLong("no-jkp"), help: ArgumentHelp(L("Bukan penerima JKP.", "Not a JKP recipient."))) var noJKP = false

        func run() throws {
            try runReportingErrors {
                let file = try global.office().updateCase(seekerID: seeker, officeID: officeID?.uppercased(), officer: caseOfficer,
                                                          jkpFrom: try jkpFrom.map { try parseDay($0, option: "--jkp-from") },
                                                          jkpUntil: try jkpUntil.map { try parseDay($0, option: "--jkp-until") }, jkpEnded: noJKP)
                Console.out(L("Kasus \(file.seekerID): kantor \(file.officeID), petugas \(file.officer), JKP \(file.isJKP ? "ya" : "tidak").",
                              "Case \(file.seekerID): office \(file.officeID), officer \(file.officer), JKP \(file.isJKP ? "yes" : "no")."))
            }
        }
    }
}

extension CaseCommand {
    struct Report: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "report", abstract: L("Mencatat laporan 6 bulanan kartu AK/1.", "Records the AK/1 card's 6-monthly report."))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."))) var seeker: String
        @Option(help: ArgumentHelp(L("Hari laporan; bawaan hari ini.", "The day of the report; default today."), valueName: "date")) var on: String?

        func run() throws {
            try runReportingErrors {
                let file = try global.office().recordCardReport(seekerID: seeker, on: try on.map { try parseDay($0, option: "--on") })
                Console.out(L("Laporan kartu AK/1 \(file.seekerID) dicatat pada \(file.cardReportedOn?.description ?? "-").",
                              "AK/1 card report of \(file.seekerID) recorded on \(file.cardReportedOn?.description ?? "-")."))
            }
        }
    }
}

struct DueCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "due", abstract: L("Yang jatuh tempo hari ini atau terlambat; penerima JKP dahulu.",
                                                             "What is due today or overdue; JKP recipients first."))
    }
    @OptionGroup var global: GlobalOptions
    @Option(name: .customLong("office"), help: ArgumentHelp(L("Kode kantor; bawaan: kantor petugas.", "The office's code; default: the officer's office."))) var officeID: String?
    @Option(name: .customLong("case-officer"), help: ArgumentHelp(L("Hanya kasus petugas ini.", "Only this officer's cases."))) var caseOfficer: String?
    @Option(name: .customLong("no-answer-days"), help: ArgumentHelp(L("Hari menunggu jawaban pemberi kerja sebelum ditandai.", "Days to wait for an employer's answer before it is flagged."))) var noAnswerDays = 14
    @Option(help: ArgumentHelp(L("Format keluaran: text, json atau csv.", "Output format: text, json or csv."))) var format: OutputFormat = .text

    func run() throws {
        try runReportingErrors {
            let office = try global.office()
            let items = try office.due(officeID: officeID, officer: caseOfficer, noAnswerDays: noAnswerDays)
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                Console.out(String(decoding: try encoder.encode(items), as: UTF8.self))
            case .csv:
                var out = CSVText.line(["kind", "on", "seeker", "employer", "record", "office", "officer", "jkp", "month"]) + "\n"
                for i in items {
                    out += CSVText.line([i.kind.rawValue, i.on.description, i.seekerID ?? "", i.employerID ?? "", i.recordID, i.officeID ?? "",
                                         i.officer ?? "", i.jkp ? "yes" : "no", i.month.map(String.init) ?? ""]) + "\n"
                }
                Console.out(out)
            case .text:
                guard !items.isEmpty else { Console.out(L("Tidak ada yang jatuh tempo.", "Nothing is due.")); return }
                // One write for the whole list, not one per line (a busy office has over a thousand).
                Console.out(items.map { dueLine($0, today: office.today) }.joined(separator: "\n"))
            }
        }
    }
}

func dueLine(_ i: DueItem, today: Day) -> String {
    let late = i.on < today ? L(" (terlambat)", " (overdue)") : ""
    let jkp = i.jkp ? "JKP " : ""
    let who = i.seekerID ?? i.employerID ?? ""
    let officer = i.officer.flatMap { $0.isEmpty ? nil : $0 }.map { L(", petugas \($0)", ", officer \($0)") } ?? ""
    switch i.kind {
    case .followUp:
        return jkp + L("\(i.on)\(late) tindak lanjut bulan ke-\(i.month ?? 0): \(who), penempatan \(i.recordID)\(officer)",
                       "\(i.on)\(late) month-\(i.month ?? 0) follow-up: \(who), placement \(i.recordID)\(officer)")
    case .interview:
        return jkp + L("\(i.on)\(late) wawancara: \(who), rujukan \(i.recordID); catat hasilnya\(officer)",
                       "\(i.on)\(late) interview: \(who), referral \(i.recordID); record its outcome\(officer)")
    case .noAnswer:
        return jkp + L("\(i.on) surat dikirim tanpa jawaban: \(who), rujukan \(i.recordID); hubungi pemberi kerja\(officer)",
                       "\(i.on) letter sent, no answer: \(who), referral \(i.recordID); call the employer\(officer)")
    case .planReview:
        return jkp + L("\(i.on)\(late) tinjauan rencana kerja: \(who)\(officer)", "\(i.on)\(late) employment plan review: \(who)\(officer)")
    case .visit:
        return L("\(i.on)\(late) langkah berikutnya dengan pemberi kerja \(who)\(officer)", "\(i.on)\(late) next step with employer \(who)\(officer)")
    case .training:
        return jkp + L("\(i.on)\(late) pelatihan \(i.recordID) selesai: \(who); catat hasilnya\(officer)",
                       "\(i.on)\(late) training \(i.recordID) ended: \(who); record its result\(officer)")
    case .cardReport:
        return jkp + L("\(i.on)\(late) laporan 6 bulanan kartu AK/1: \(who); catat dengan setara case report \(who)\(officer)",
                       "\(i.on)\(late) AK/1 card 6-monthly report: \(who); record it with setara case report \(who)\(officer)")
    case .cardRenewal:
        return jkp + L("\(i.on)\(late) kartu AK/1 habis masa berlakunya (2 tahun): \(who)\(officer)",
                       "\(i.on)\(late) AK/1 card expired (2 years): \(who)\(officer)")
    }
}

/// Rows as JSON (`{"name": [...]}`), CSV (one header, lists joined with "; ") or labelled text lines.
func emitTable(_ name: String, _ rows: [[(String, OutValue)]], format: OutputFormat, output: String?, lines: [String], empty: String) throws {
    switch format {
    case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(OutValue.object([(name, .list(rows.map(OutValue.object)))]))
        try Console.write(String(decoding: data, as: UTF8.self), to: output)
    case .csv:
        guard let header = rows.first?.map(\.0) else { try Console.write("", to: output); return }
        var out = CSVText.line(header) + "\n"
        for row in rows { out += CSVText.line(row.map(\.1.cell)) + "\n" }
        try Console.write(out, to: output)
    case .text:
        try Console.write(lines.isEmpty ? empty : lines.joined(separator: "\n"), to: output)
    }
}

struct TrainingCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "training", abstract: L("Rujukan pelatihan (BLK atau lembaga lain).", "Training referrals (a BLK or another institution)."),
                             subcommands: [Add.self, Result.self, List.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: L("Merujuk pencari kerja ke pelatihan.", "Refers a seeker to training.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."))) var seeker: String
        @Option(help: ArgumentHelp(L("Lembaga, misalnya BLK Kota Yogyakarta.", "The institution, e.g. BLK Kota Yogyakarta."))) var institution: String
        @Option(help: ArgumentHelp(L("Program pelatihan.", "The programme."))) var programme: String
        @Option(help: ArgumentHelp(L("Tanggal mulai.", "Start date."), valueName: "date")) var start: String
        @Option(name: .customLong("end"), help: ArgumentHelp(L("Tanggal selesai.", "End date."), valueName: "date")) var end: String?

        func run() throws {
            try runReportingErrors {
                let t = try global.office().addTraining(seekerID: seeker, institution: institution, programme: programme,
                                                        startOn: try parseDay(start, option: "--start"), endOn: try end.map { try parseDay($0, option: "--end") })
                Console.out(L("Pelatihan \(t.id) dicatat: \(t.seekerID), \(t.programme) di \(t.institution).",
                              "Training \(t.id) recorded: \(t.seekerID), \(t.programme) at \(t.institution)."))
            }
        }
    }

    struct Result: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "result", abstract: L("Mencatat hasil pelatihan.", "Records a training's result.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Nomor pelatihan.", "The training's number."))) var id: Int
        @Option(help: ArgumentHelp(L("Hasil: completed, certified, dropped_out.", "Result: completed, certified, dropped_out."))) var result: String
        @Option(help: ArgumentHelp(L("Hari hasilnya; bawaan hari ini.", "The day of the result; default today."), valueName: "date")) var on: String?

        func run() throws {
            try runReportingErrors {
                guard let parsed = TrainingReferral.Result(rawValue: result.lowercased()), parsed != .enrolled else {
                    throw CLIError.usage(L("--result harus completed, certified, atau dropped_out; Anda memberi \(result).",
                                           "--result must be completed, certified or dropped_out; you gave \(result)."))
                }
                let t = try global.office().recordTrainingResult(id, result: parsed, on: try on.map { try parseDay($0, option: "--on") })
                Console.out(L("Pelatihan \(t.id): \(t.result.label.id).", "Training \(t.id): \(t.result.label.en)."))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: L("Pelatihan seorang pencari kerja.", "A seeker's trainings.")) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."))) var seeker: String

        func run() throws {
            try runReportingErrors {
                let list = try global.office().trainings(seekerID: seeker)
                Console.out(list.isEmpty ? L("Belum ada pelatihan.", "No training yet.") : list.map { t in
                    L("Pelatihan \(t.id): \(t.programme) di \(t.institution), \(t.startOn) sampai \(t.endOn?.description ?? "-"), \(t.result.label.id)",
                      "Training \(t.id): \(t.programme) at \(t.institution), \(t.startOn) to \(t.endOn?.description ?? "-"), \(t.result.label.en)")
                }.joined(separator: "\n"))
            }
        }
    }
}
