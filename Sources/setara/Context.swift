import ArgumentParser
import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraApp
import SetaraKit
import SetaraStore

/// The language of this run, fixed before the arguments are parsed so that help texts
/// come out in it too: `--lang`, then `LANG`, English otherwise.
let language = Language.detect(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

/// Picks the text of this run's language.
func L(_ id: String, _ en: String) -> String { language == .id ? id : en }

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L("Berkas basis data SQLite. Bawaan: SETARA_DB, atau folder data pengguna.",
                                              "The SQLite database file. Default: SETARA_DB, or the user's data folder."),
                                            valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(L("Bahasa keluaran: id atau en. Bawaan: dari LANG.", "Output language: id or en. Default: from LANG."),
                                            valueName: "id|en"))
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError(L("--lang harus id atau en; Anda memberi \(lang).", "--lang must be id or en; you gave \(lang)."))
        }
    }

    @Option(name: .long, help: ArgumentHelp(L("Petugas yang bekerja, untuk catatan audit. Bawaan: SETARA_OFFICER, atau nama pengguna sistem.",
                                              "The officer at work, for the audit log. Default: SETARA_OFFICER, or the system user name."),
                                            valueName: "name"))
    var officer: String?

    var databasePath: String {
        if let db, !db.isEmpty { return db }
        let env = ProcessInfo.processInfo.environment
        if let path = env["SETARA_DB"], !path.isEmpty { return path }
        return (Self.dataFolder as NSString).appendingPathComponent("setara/setara.sqlite")
    }

    /// The user's data folder: XDG_DATA_HOME, or ~/.local/share.
    static var dataFolder: String {
        ProcessInfo.processInfo.environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
    }

    /// Opens the database. Only `setara init` and `setara demo` create one: every other command
    /// refuses a path where there is none, so that a mistyped path never becomes an empty
    /// database. While another officer's write holds the database, a line says so every two seconds.
    func openStore(create: Bool = false, readers: Int = 0) throws -> SQLiteStore {
        let waiting: @Sendable (Int) -> Void = { seconds in
            Console.err(L("Menunggu petugas atau program lain selesai memakai basis data (\(seconds) detik) ...",
                          "Waiting for another officer or program to finish with the database (\(seconds) s) ..."))
        }
        let limit = ProcessInfo.processInfo.environment["SETARA_BUSY_SECONDS"].flatMap(Double.init) ?? 60
        do {
            return try SQLiteStore(path: databasePath, options: StoreOptions(create: create, busyLimit: limit, onWait: waiting, readers: readers))
        } catch let error as StoreError {
            throw AppError(error)
        }
    }

    /// Who is at work, as the audit log names them.
    var actor: Actor {
        let env = ProcessInfo.processInfo.environment
        let account = getpwuid(getuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
        let name = [officer, env["SETARA_OFFICER"], env["USER"], env["LOGNAME"], account].compactMap { $0?.trimmed }.first { !$0.isEmpty } ?? "unknown"
        return Actor(.officer, name)
    }

    /// The application layer over this run's database.
    func office(create: Bool = false, readers: Int = 0) throws -> Office {
        Office(store: try openStore(create: create, readers: readers), actor: actor, catalog: { try loadCatalog() })
    }
}

/// Output format of list, show and export commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// Errors the command line itself finds (a missing option, a file it cannot write): the same
/// `AppError` shape as the use cases', with the message already in the run's language.
enum CLIError {
    static func usage(_ message: String) -> AppError { AppError(.usage, problem: LocalizedText(id: message, en: message)) }
    static func data(_ message: String) -> AppError { AppError(.data, problem: LocalizedText(id: message, en: message)) }
    static func io(_ message: String) -> AppError { AppError(.io, problem: LocalizedText(id: message, en: message)) }
}

enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Writes text to a file, or to standard output when no path is given.
    static func write(_ text: String, to path: String?) throws {
        guard let path else { out(text); return }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CLIError.io(L("Tidak dapat menulis \(path); periksa folder dan izinnya.", "Cannot write \(path); check the folder and its permissions."))
        }
    }
}

/// The accommodation catalog of this run.
func loadCatalog() throws -> Catalog {
    let folder = CatalogLoader.defaultFolder()
    do {
        return try CatalogLoader.load(folder: folder)
    } catch let failure as CatalogLoadFailure {
        let lines = failure.errors.map { $0.message(language) }
        throw CLIError.data(L("Katalog akomodasi di \(folder.path) bermasalah:\n", "The accommodation catalog in \(folder.path) has problems:\n")
                            + lines.joined(separator: "\n"))
    }
}

/// Runs a command body, turning errors into messages and exit codes. (Named apart from
/// `run`, which inside a command's `run()` would mean the method itself.)
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as AppError {
        Console.err(error.message(language))
        throw ExitCode(error.exitCode)
    } catch let error as StoreError {
        let app = AppError(error)
        Console.err(app.message(language))
        throw ExitCode(app.exitCode)
    }
}
