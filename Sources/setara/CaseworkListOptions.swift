import ArgumentParser
import SetaraApp
import SetaraStore

/// The filters every casework list takes: the office, the case officer, what is due.
struct CaseworkListOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L("Hanya kantor ini.", "Only this office's."), valueName: "code")) var office: String?
    // Not --officer: that names who is acting, on every command.
    @Option(name: .customLong("case-officer"), help: ArgumentHelp(L("Hanya kasus yang ditangani petugas ini.", "Only the cases this officer holds."), valueName: "name"))
    var officer: String?
    @Option(help: ArgumentHelp(L("Hanya yang jatuh tempo (due: hari ini atau sebelumnya) atau terlambat (overdue: sebelum hari ini).",
                                 "Only what is due (due: today or before) or overdue (overdue: before today)."), valueName: "due|overdue"))
    var due: String?
    @Option(name: .customLong("no-answer-days"), help: ArgumentHelp(L("Hari tanpa jawaban setelah surat sampai rujukan jatuh tempo.",
                                                                      "Days without an answer after the letter before a referral is due.")))
    var noAnswerDays = 14

    func filter(_ office: Office, seeker: String?, status: String?, statuses: [String], limit: Int) throws -> CaseworkFilter {
        try office.caseworkFilter(seekerID: seeker, officeID: self.office, officer: officer, status: status, statuses: statuses,
                                  due: due, noAnswerDays: noAnswerDays, limit: limit)
    }
}
