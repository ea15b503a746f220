import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

/// Referrals to vacancies and their steps: proposed, checked, sent (the letter), interview,
/// hired / not hired / withdrawn / no answer. Each step is dated (`--on`, today by default) and
/// signed by the officer (`--officer`, SETARA_OFFICER); a step that jumps over another needs `--reason`.
struct ReferralCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "referral", abstract: L("Rujukan ke lowongan dan langkah-langkahnya.", "Referrals to vacancies and their steps."),
                             subcommands: [Add.self, Check.self, Send.self, Interview.self, Hire.self, Decline.self, Withdraw.self,
                                           NoAnswer.self, List.self, Show.self, Letter.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: L("Petugas mengusulkan pencari kerja untuk lowongan.", "An officer proposes a seeker for a vacancy."))
        }
        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("Pencari kerja, misalnya S000001.", "The seeker, e.g. S000001."), valueName: "id")) var seeker: String
        @Option(help: ArgumentHelp(L("Lowongan, misalnya V000001.", "The vacancy, e.g. V000001."), valueName: "id")) var vacancy: String

        func run() throws {
            try runReportingErrors {
                let (referral, isNew) = try global.office().proposeReferral(seekerID: seeker, vacancyID: vacancy)
                Console.out(isNew
                    ? L("Rujukan \(referral.reference) dibuat: \(referral.seekerID) untuk \(referral.vacancyID). Berikutnya: setara referral check \(referral.reference) --consent-to-share ya",
                        "Referral \(referral.reference) made: \(referral.seekerID) for \(referral.vacancyID). Next: setara referral check \(referral.reference) --consent-to-share yes")
                    : L("Sudah ada rujukan \(referral.reference) untuk pasangan ini (status: \(referral.status.label.id)); tidak dibuat lagi.",
                        "Referral \(referral.reference) already exists for this pair (status: \(referral.status.label.en)); no second one was made."))
            }
        }
    }

    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "check", abstract: L("Petugas memeriksa rujukan dan mencatat persetujuan berbagi data ke pemberi kerja.",
                                             "The officer checks the referral and records the seeker's consent to share with the employer."))
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var step: StepOptions
        @Option(name: .customLong("consent-to-share"), help: ArgumentHelp(L("Pencari kerja setuju profil dan kebutuhannya dilihat pemberi kerja: ya atau tidak.",
                                                                           "The seeker agrees that the employer sees their profile and needs: yes or no.")))
        var consent: String

        func run() throws {
            try runReportingErrors {
                guard let agreed = YesNo.parse(consent) else {
                    throw CLIError.usage(L("--consent-to-share harus ya atau tidak; Anda memberi \(consent).", "--consent-to-share must be yes or no; you gave \(consent)."))
                }
                try step.take(global, .check(consentToShare: agreed))
            }
        }
    }

    struct Send: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "send", abstract: L("Mencatat surat pengantar dikirim ke pemberi kerja (cetak dengan: setara referral letter).",
                                             "Records that the referral letter went to the employer (print it with: setara referral letter)."))
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var step: StepOptions
        func run() throws { try runReportingErrors { try step.take(global, .send) } }
    }

    struct Interview: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "interview", abstract: L("Mencatat jadwal wawancara.", "Records the interview appointment."))
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var step: StepOptions
        @Option(help: ArgumentHelp(L("Tanggal wawancara, TTTT-BB-HH.", "The interview date, YYYY-MM-DD."), valueName: "date")) var date: String
        @Option(help: ArgumentHelp(L("Tempat wawancara.", "Where it is held."))) var place: String?
        @Option(name: .customLong("arrange"), help: ArgumentHelp(L("Akomodasi wawancara yang disiapkan (boleh berulang), mis. juru bahasa isyarat.",
                                                                   "An interview accommodation to arrange (repeatable), e.g. a sign-language interpreter.")))
        var arrange: [String] = []

        func run() throws {
            try runReportingErrors {
                try step.take(global, .interview(on: try parseDay(date, option: "--date"), place: place, accommodations: arrange))
            }
        }
    }

    struct Hire: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "hire", abstract: L("Pencari kerja diterima: mencatat penempatan dan menjadwalkan tindak lanjut 1, 3, 6, 12 bulan.",
                                             "The seeker was hired: records the placement and schedules the 1, 3, 6 and 12-month follow-ups."))
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var step: StepOptions
        @Option(help: ArgumentHelp(L("Tanggal mulai bekerja, TTTT-BB-HH.", "The first working day, YYYY-MM-DD."), valueName: "date")) var start: String
        @Option(help: ArgumentHelp(L("Perjanjian kerja: pkwt, pkwtt, daily, apprenticeship.", "Contract: pkwt, pkwtt, daily, apprenticeship."))) var contract: String
        @Option(help: ArgumentHelp(L("Upah sebulan (rupiah); bawaan: upah terendah lowongan.", "Monthly wage (rupiah); default: the vacancy's lowest."))) var wage: Int?
        @Option(help: ArgumentHelp(L("Jam kerja seminggu; bawaan: dari lowongan.", "Hours a week; default: the vacancy's."))) var hours: Int?
        @Option(name: .customLong("job-title"), help: ArgumentHelp(L("Nama jabatan; bawaan: judul lowongan.", "Job title; default: the vacancy's title."))) var jobTitle: String?
        @Option(name: .customLong("accommodation"), help: ArgumentHelp(L("Akomodasi yang benar-benar disediakan (id katalog, boleh berulang).",
                                                                         "An accommodation actually provided (catalog id, repeatable).")))
        var accommodations: [String] = []

        func run() throws {
            try runReportingErrors {
                guard let kind = ContractKind(rawValue: contract.lowercased()) else {
                    throw CLIError.usage(L("--contract harus salah satu dari pkwt, pkwtt, daily, apprenticeship; Anda memberi \(contract).",
                                           "--contract must be one of pkwt, pkwtt, daily, apprenticeship; you gave \(contract)."))
                }
                let hire = Office.Hire(startOn: try parseDay(start, option: "--start"), contract: kind, wage: wage, hoursPerWeek: hours,
                                       jobTitle: jobTitle, accommodations: accommodations)
                let placement = try global.office().hire(step.reference, hire, on: try step.day(), reason: step.reason)
                Console.out(L("Penempatan \(placement.id) dicatat: \(placement.seekerID) mulai \(placement.startOn) sebagai \(placement.jobTitle). Tindak lanjut dijadwalkan bulan ke-1, 3, 6 dan 12.",
                              "Placement \(placement.id) recorded: \(placement.seekerID) starts on \(placement.startOn) as \(placement.jobTitle). Follow-ups scheduled at 1, 3, 6 and 12 months."))
            }
        }
    }

    struct Decline: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "decline", abstract: L("Pencari kerja tidak diterima (dengan alasan).", "The seeker was not hired (with the reason)."))
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var step: StepOptions
        func run() throws { try runReportingErrors { try step.take(global, .decline) } }
    }

    struct Withdraw: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "withdraw", abstract: L("Pencari kerja membatalkan rujukan.", "The seeker withdrew from the referral."))
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var step: StepOptions
        func run() throws { try runReportingErrors { try step.take(global, .withdraw) } }
    }

    struct NoAnswer: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "no-answer", abstract: L("Pemberi kerja tidak menjawab.", "The employer did not answer."))
        }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var step: StepOptions
        func run() throws { try runReportingErrors { try step.take(global, .noAnswer) } }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("Menampilkan satu rujukan dan setiap langkahnya.", "Shows one referral and each of its steps."))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Nomor rujukan, misalnya RJ-20261123-0007.", "The reference, e.g. RJ-20261123-0007."))) var reference: String

        func run() throws {
            try runReportingErrors {
                let (r, steps) = try global.office().referral(reference)
                var lines = [L("Rujukan: \(r.reference)", "Referral: \(r.reference)"),
                             L("Pencari kerja: \(r.seekerID)", "Seeker: \(r.seekerID)"),
                             L("Lowongan: \(r.vacancyID)", "Vacancy: \(r.vacancyID)"),
                             L("Status: \(r.status.label.id)", "Status: \(r.status.label.en)"),
                             L("Kantor: \(r.officeID ?? "-")", "Office: \(r.officeID ?? "-")")]
                if let day = r.interviewOn { lines.append(L("Wawancara: \(day)", "Interview: \(day)")) }
                if let day = r.interviewConfirmedOn {
                    lines.append(L("Kehadiran wawancara dikonfirmasi pencari kerja pada \(day)", "Attendance confirmed by the seeker on \(day)"))
                }
                for step in steps {
                    var line = "\(step.on) \(L(step.status.label.id, step.status.label.en)), \(L("oleh", "by")) \(step.officer)"
                    if let consent = step.consentToShare { line += L(", berbagi data: \(consent ? "ya" : "tidak")", ", share with employer: \(consent ? "yes" : "no")") }
                    if let day = step.interviewOn { line += L(", wawancara \(day)", ", interview on \(day)") }
                    if let place = step.place { line += L(", di \(place)", ", at \(place)") }
                    if !step.accommodations.isEmpty { line += L(", disiapkan: ", ", to arrange: ") + step.accommodations.joined(separator: ", ") }
                    if let reason = step.reason { line += L(", alasan: \(reason)", ", reason: \(reason)") }
                    lines.append(L("Langkah: ", "Step: ") + line)
                }
                Console.out(lines.joined(separator: "\n"))
            }
        }
    }

    struct Letter: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "letter", abstract: L("Surat pengantar sebagai HTML atau PDF (bahasa Indonesia dan Inggris), siap dicetak.",
                                             "The referral letter as HTML or PDF (Indonesian and English), ready to print."),
                                 discussion: L("Dengan --output berakhiran .pdf ditulis PDF; selain itu HTML.", "With --output ending in .pdf it is written as PDF; otherwise as HTML."))
        }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(L("Nomor rujukan.", "The reference."))) var reference: String
        @Option(help: ArgumentHelp(L("Tulis ke berkas ini, bukan ke layar.", "Write to this file instead of the screen."), valueName: "file")) var output: String?

        func run() throws {
            try runReportingErrors {
                let letter = try global.office().referralLetter(reference).content
                if let output, output.lowercased().hasSuffix(".pdf") {
                    do {
                        try Data(ReferralLetterPDF.render(letter)).write(to: URL(fileURLWithPath: output), options: .atomic)
                    } catch {
                        throw CLIError.io(L("\(output): berkas tidak dapat ditulis.", "\(output): the file cannot be written."))
                    }
                } else {
                    try Console.write(ReferralLetterHTML.render(letter), to: output)
                }
                if let output { Console.err(L("Surat pengantar ditulis ke \(output).", "Letter written to \(output).")) }
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("Menampilkan permintaan rujukan, yang terbaru dahulu.",
                                                                  "Lists referral requests, newest first."))
        }

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp(L("Hanya rujukan pencari kerja ini.", "Only this seeker's referrals."), valueName: "id"))
        var seeker: String?
        @Option(name: .long, help: ArgumentHelp(L("Hanya status ini: \(statuses).", "Only this status: \(statuses)."), valueName: "status"))
        var status: String?
        @OptionGroup var filters: CaseworkListOptions
        @Option(name: .long, help: ArgumentHelp(L("Paling banyak sekian baris.", "At most this many rows."))) var limit = 100
        @Option(name: .long, help: ArgumentHelp(L("Format keluaran: text, json atau csv.", "Output format: text, json or csv.")))
        var format: OutputFormat = .text
        @Option(help: ArgumentHelp(L("Tulis ke berkas ini, bukan ke layar.", "Write to this file instead of the screen."), valueName: "file")) var output: String?

        static var statuses: String { Referral.Status.allCases.map(\.rawValue).joined(separator: ", ") }

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                let shown = try office.referrals(filters.filter(office, seeker: seeker, status: status, statuses: Office.referralStatuses, limit: limit))
                let rows: [[(String, OutValue)]] = shown.map { r in
                    [("reference", .text(r.reference)), ("seeker", .text(r.seekerID)), ("vacancy", .text(r.vacancyID)),
                     ("requested_at", .text(r.requestedAt)), ("channel", .text(r.channel.rawValue)),
                     ("status", .text(r.status.rawValue)), ("score", r.score.map(OutValue.int) ?? .null)]
                }
                switch format {
                case .json:
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
                    let data = try encoder.encode(OutValue.object([("referrals", .list(rows.map(OutValue.object)))]))
                    try Console.write(String(decoding: data, as: UTF8.self), to: output)
                case .csv:
                    var out = CSVText.line(["reference", "seeker", "vacancy", "requested_at", "channel", "status", "score"]) + "\n"
                    for r in shown {
                        out += CSVText.line([r.reference, r.seekerID, r.vacancyID, r.requestedAt, r.channel.rawValue, r.status.rawValue,
                                             r.score.map(String.init) ?? ""]) + "\n"
                    }
                    try Console.write(out, to: output)
                case .text:
                    guard !shown.isEmpty else {
                        try Console.write(L("Tidak ada rujukan yang cocok.", "No matching referrals."), to: output)
                        return
                    }
                    var text: [String] = []
                    for r in shown {
                        text.append(L("Rujukan \(r.reference): pencari kerja \(r.seekerID), lowongan \(r.vacancyID), status \(r.status.label.id), "
                                      + "dibuat \(r.requestedAt) \(r.channel == .voice ? "di terminal suara" : "oleh petugas")",
                                      "Referral \(r.reference): seeker \(r.seekerID), vacancy \(r.vacancyID), status \(r.status.label.en), "
                                      + "made \(r.requestedAt) \(r.channel == .voice ? "at the voice terminal" : "by an officer")")
                                    + (r.score.map { L(", kecocokan \($0)", ", fit \($0)") } ?? "")
                                    + (r.status == .interview ? r.interviewOn.map { L(", wawancara \($0)", ", interview \($0)") } ?? "" : ""))
                    }
                    try Console.write(text.joined(separator: "\n"), to: output)
                }
            }
        }
    }
}


/// What every referral step takes: the reference, the day (`--on`) and the reason for a skip or an outcome.
struct StepOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(L("Nomor rujukan, misalnya RJ-20261123-0007.", "The reference, e.g. RJ-20261123-0007."))) var reference: String
    @Option(help: ArgumentHelp(L("Hari langkah ini terjadi, TTTT-BB-HH; bawaan hari ini.", "The day this step happened, YYYY-MM-DD; default today."),
                               valueName: "date")) var on: String?
    @Option(help: ArgumentHelp(L("Alasan: melewati langkah, tidak diterima, dibatalkan.", "The reason: for a skipped step, not hired, withdrawn."))) var reason: String?

    func day() throws -> Day? { try on.map { try parseDay($0, option: "--on") } }

    func take(_ global: GlobalOptions, _ details: Office.StepDetails) throws {
        let referral = try global.office().advanceReferral(reference, details, on: try day(), reason: reason)
        Console.out(L("Rujukan \(referral.reference): \(referral.status.label.id) (\(referral.statusOn?.description ?? "-")).",
                      "Referral \(referral.reference): \(referral.status.label.en) (\(referral.statusOn?.description ?? "-"))."))
    }
}

/// A date option, or a usage error naming the option and the form.
func parseDay(_ text: String, option: String) throws -> Day {
    guard let day = Day(parsing: text) else {
        throw CLIError.usage(L("\(option) harus tanggal TTTT-BB-HH (atau HH/BB/TTTT); Anda memberi \(text).",
                               "\(option) must be a date YYYY-MM-DD (or DD/MM/YYYY); you gave \(text)."))
    }
    return day
}
