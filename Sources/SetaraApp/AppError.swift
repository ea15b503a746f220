import Foundation
import SetaraDomain
import SetaraStore

/// The one error shape of Setara's use cases: where the problem is (a file, a record, a field),
/// what is wrong, and what is expected, each in both languages, rendered by `message(_:)`.
/// Front ends turn `kind` into their own signal: an exit code, an HTTP status, a spoken sentence.
public struct AppError: Error, Sendable {
    public enum Kind: Sendable {
        /// The request itself is wrong (a missing or contradictory option).
        case usage
        /// The data is wrong or names something that does not exist.
        case data
        /// A file or the database cannot be read or written.
        case io
        /// Another user held the database too long; trying again later will work.
        case busy
    }

    public var kind: Kind
    /// The file, record or field, e.g. "seeker S000001" or "examples/seekers.csv, line 4".
    public var subject: LocalizedText?
    public var problem: LocalizedText
    /// The form expected, or what to do next.
    public var hint: LocalizedText?
    /// Every problem of a record, for validation failures.
    public var issues: [ValidationIssue]

    public init(_ kind: Kind, subject: LocalizedText? = nil, problem: LocalizedText, hint: LocalizedText? = nil,
                issues: [ValidationIssue] = []) {
        self.kind = kind
        self.subject = subject
        self.problem = problem
        self.hint = hint
        self.issues = issues
    }

    /// The whole message in one language.
    public func message(_ language: Language) -> String {
        var text = (subject.map { $0.text(language) + ": " } ?? "") + problem.text(language)
        for issue in issues { text += "\n- " + issue.message(language) }
        if let hint { text += "\n" + hint.text(language) }
        return text
    }

    /// The sysexits code for a command line: 64 usage, 65 data, 74 I/O, 75 try again later.
    public var exitCode: Int32 {
        switch kind {
        case .usage: return 64
        case .data: return 65
        case .io: return 74
        case .busy: return 75
        }
    }

    static func notFound(_ kind: RecordKind, _ id: String) -> AppError {
        AppError(.data, problem: LocalizedText(id: "\(kind.title(.id)) \(id) tidak ditemukan.",
                                               en: "No \(kind.rawValue) \(id)."))
    }

    /// A record that did not pass its checks: nothing was saved.
    static func invalid(_ issues: [ValidationIssue]) -> AppError {
        AppError(.data, problem: LocalizedText(id: "Data tidak disimpan karena:", en: "Nothing was saved, because:"), issues: issues)
    }

    /// A storage failure in words a person can act on. The path is named; no record's data is.
    public init(_ error: StoreError) {
        let place = LocalizedText(id: "Basis data \(error.path)", en: "Database \(error.path)")
        switch error.reason {
        case .missing:
            self.init(.io, subject: place, problem: LocalizedText(id: "berkas ini tidak ada.", en: "there is no such file."),
                      hint: LocalizedText(id: "Periksa jalurnya. Untuk membuat basis data baru: setara init --db \(error.path); untuk data contoh: setara demo",
                                          en: "Check the path. To create a new database: setara init --db \(error.path); for demo data: setara demo"))
        case .notSetara:
            self.init(.io, subject: place, problem: LocalizedText(id: "berkas ini basis data program lain, bukan Setara; tidak diubah.",
                                                                  en: "this file is another program's database, not Setara's; it was left unchanged."))
        case .corrupt:
            self.init(.io, subject: place, problem: LocalizedText(id: "berkas ini bukan basis data Setara atau rusak.",
                                                                  en: "the file is not a Setara database or is damaged."))
        case .busy:
            self.init(.busy, subject: place,
                      problem: LocalizedText(id: "sedang dipakai terlalu lama oleh petugas atau program lain; tidak ada yang diubah.",
                                             en: "another officer or program kept it busy too long; nothing was changed."),
                      hint: LocalizedText(id: "Coba lagi sebentar lagi.", en: "Try again in a moment."))
        case .cannotOpen:
            self.init(.io, subject: place, problem: LocalizedText(id: "tidak dapat dibuka atau ditulis; periksa folder dan izinnya.",
                                                                  en: "cannot be opened or written; check the folder and its permissions."))
        case .diskFull:
            self.init(.io, subject: place, problem: LocalizedText(id: "disk penuh; tidak ada yang diubah.", en: "the disk is full; nothing was changed."),
                      hint: LocalizedText(id: "Kosongkan ruang disk lalu ulangi.", en: "Free some disk space and run again."))
        case .newerSchema:
            self.init(.io, subject: place, problem: LocalizedText(id: "dibuat oleh Setara yang lebih baru; perbarui Setara.",
                                                                  en: "was made by a newer Setara; update Setara."))
        case .notDemo:
            self.init(.usage, subject: place,
                      problem: LocalizedText(id: "berisi data yang dimasukkan orang, bukan hanya data contoh; Setara tidak akan menimpanya.",
                                             en: "holds records people entered, not only demo data; Setara will not overwrite it."),
                      hint: LocalizedText(id: "Untuk data contoh, pakai berkas lain: setara demo --db contoh.sqlite",
                                          en: "For demo data, use another file: setara demo --db demo.sqlite"))
        case .other:
            self.init(.io, subject: place, problem: LocalizedText(id: "kesalahan basis data (\(error.detail)).", en: "database error (\(error.detail))."))
        }
    }
}

extension RecordKind {
    /// The kind's name in Indonesian, for messages.
    public var indonesian: String {
        switch self {
        case .seeker: return "pencari kerja"
        case .employer: return "pemberi kerja"
        case .workplace: return "tempat kerja"
        case .vacancy: return "lowongan"
        }
    }
}

extension RecordKind {
    /// The kind's name at the start of a sentence: "Pencari kerja", "Seeker".
    public func title(_ language: Language) -> String {
        let name = language == .id ? indonesian : rawValue
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

/// Runs a store call, turning its errors into `AppError`s.
func stored<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as StoreError { throw AppError(error) }
}
