import ArgumentParser
import Foundation
import SetaraCatalog
import SetaraDomain
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

    var databasePath: String {
        if let db, !db.isEmpty { return db }
        let env = ProcessInfo.processInfo.environment
        if let path = env["SETARA_DB"], !path.isEmpty { return path }
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (base as NSString).appendingPathComponent("setara/setara.sqlite")
    }

    func openStore() throws -> SQLiteStore {
        do {
            return try SQLiteStore(path: databasePath)
        } catch let error as StoreError {
            let detail: String = switch error.reason {
            case .corrupt: L("berkas ini bukan basis data Setara atau rusak", "the file is not a Setara database or is damaged")
            case .busy: L("basis data sedang dipakai program lain; coba lagi sebentar lagi", "the database is in use by another program; try again shortly")
            case .cannotOpen: L("tidak dapat membuka atau membuat berkas; periksa folder dan izinnya", "cannot open or create the file; check the folder and its permissions")
            case .newerSchema, .other: error.detail
            }
            throw CLIError.io(L("Basis data \(error.path): \(detail).", "Database \(error.path): \(detail)."))
        }
    }
}

/// Output format of list, show and export commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// An error that ends the command with a sysexits code and a message in the run's language.
enum CLIError: Error {
    case usage(String)
    case data(String)
    case io(String)

    var code: Int32 {
        switch self {
        case .usage: return 64
        case .data: return 65
        case .io: return 74
        }
    }

    var message: String {
        switch self {
        case .usage(let m), .data(let m), .io(let m): return m
        }
    }
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
    } catch let error as CLIError {
        Console.err(error.message)
        throw ExitCode(error.code)
    }
}
